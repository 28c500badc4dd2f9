#include "historydialog.h"

#include "app/accessibility/accessibletext.h"
#include "app/document/plandocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cairn {

HistoryDialog::HistoryDialog(PlanDocument &document, const QString &code, bool isMeasure, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_code(code)
    , m_valuesOnly(new QCheckBox(tr("&Values only (targets and actuals)"), this))
    , m_entries(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(code));
    m_valuesOnly->setObjectName(QStringLiteral("valuesOnly"));
    m_valuesOnly->setVisible(isMeasure);
    m_entries->setObjectName(QStringLiteral("historyEntries"));
    m_entries->setAccessibleName(tr("Changes to %1, newest first").arg(code));
    m_entries->setRootIsDecorated(false);
    m_entries->setAlternatingRowColors(true);
    m_entries->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_valuesOnly);
    layout->addWidget(m_entries);
    layout->addWidget(buttons);
    resize(900, 480);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_valuesOnly, &QCheckBox::toggled, this, &HistoryDialog::fill);
    fill();
}

void HistoryDialog::fill()
{
    m_entries->clear();
    for (const AuditEntry &entry : m_document.repository().history(m_code)) {
        const bool value = entry.field.startsWith(QLatin1String("actual ")) || entry.field.startsWith(QLatin1String("target "));
        if (m_valuesOnly->isChecked() && !value)
            continue;
        auto *item = new QTreeWidgetItem(m_entries, {QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat), entry.who, entry.field,
                                                     entry.oldValue, entry.newValue});
        for (int column = 3; column <= 4; ++column)
            item->setToolTip(column, item->text(column));
    }
    if (m_entries->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_entries, {tr("No changes recorded yet."), {}, {}, {}, {}});
    AccessibleText::nameEmptyCells(m_entries->model());
    for (int column = 0; column < 3; ++column)
        m_entries->resizeColumnToContents(column);
}

} // namespace cairn
