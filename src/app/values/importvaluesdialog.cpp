#include "importvaluesdialog.h"

#include "app/accessibility/accessibletext.h"

#include "ui_importvaluesdialog.h"

#include <QPushButton>

namespace cairn {

namespace {

QString valueText(const std::optional<Actual> &actual)
{
    if (!actual)
        return ImportValuesDialog::tr("none");
    QString value = QLocale().toString(actual->value, 'g', 15);
    if (actual->preliminary)
        value = ImportValuesDialog::tr("%1 (preliminary)").arg(value);
    return actual->n ? ImportValuesDialog::tr("%1 (n = %2)").arg(value).arg(*actual->n) : value;
}

} // namespace

ImportValuesDialog::ImportValuesDialog(const QString &fileName, const ValuesCsv::Reading &reading, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportValuesDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importValuesDialog"));
    const bool refused = !reading.problems.empty();
    const int changes = int(reading.changes.size());
    const QString unchanged = tr("%n rows unchanged", nullptr, reading.unchanged);
    //: %1: the file; %2: "3 values would change"; %3: "30 rows unchanged"; %4: "2 problems must be fixed".
    m_ui->summary->setText(refused ? tr("%1: %2, %3, and %4. Nothing is imported unless you choose to apply the valid rows.")
                                         .arg(fileName, tr("%n values would change", nullptr, changes), unchanged,
                                              tr("%n problems must be fixed", nullptr, int(reading.problems.size())))
                                   //: %1: the file; %2: "3 values will change"; %3: "30 rows unchanged".
                                   : tr("%1: %2 and %3. The import is one step that Undo takes back.")
                                         .arg(fileName, tr("%n values will change", nullptr, changes), unchanged));
    if (!reading.warnings.empty())
        m_ui->summary->setText(m_ui->summary->text() + QLatin1Char(' ')
                               + tr("%n values are far beyond what their measure has had and are imported as they are; "
                                    "the rows marked Check say which.",
                                    nullptr, int(reading.warnings.size())));
    for (const ValuesCsv::Problem &problem : reading.problems) {
        auto *item = new QTreeWidgetItem(m_ui->rows, {problem.line ? QString::number(problem.line) : QString(), tr("Refused"), {}, {},
                                                      problem.message});
        item->setForeground(1, QColor(0xB7, 0x1C, 0x1C));
        item->setToolTip(4, problem.message);
    }
    for (const ValuesCsv::Problem &warning : reading.warnings) {
        auto *item = new QTreeWidgetItem(m_ui->rows, {QString::number(warning.line), tr("Check"), {}, {}, warning.message});
        item->setToolTip(4, warning.message);
    }
    for (const ValuesCsv::Change &change : reading.changes)
        new QTreeWidgetItem(m_ui->rows, {QString::number(change.line), change.code, change.year.label(), valueText(change.before),
                                         valueText(change.after)});
    AccessibleText::nameEmptyCells(m_ui->rows->model(), 1);
    for (int column = 0; column < 4; ++column)
        m_ui->rows->resizeColumnToContents(column);

    if (!refused && changes > 0) {
        m_apply = m_ui->buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
        m_apply->setObjectName(QStringLiteral("applyImport"));
    } else if (refused && changes > 0) {
        m_applyValid = m_ui->buttons->addButton(tr("Apply the &valid rows"), QDialogButtonBox::AcceptRole);
        m_applyValid->setObjectName(QStringLiteral("applyValidRows"));
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 480);
}

ImportValuesDialog::~ImportValuesDialog() = default;

} // namespace cairn
