#include "valuesview.h"

#include "valuesmodel.h"

#include "app/document/plandocument.h"
#include "app/sheet/sheetview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace cairn {

ValuesView::ValuesView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ValuesModel(document, this))
    , m_year(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_goal(new QComboBox(this))
    , m_missing(new QCheckBox(tr("&Missing values only"), this))
    , m_message(new QLabel(this))
    , m_table(new SheetView(document, this))
{
    setObjectName(QStringLiteral("valuesView"));
    m_year->setObjectName(QStringLiteral("valuesYear"));
    m_year->setAccessibleName(tr("School year"));
    m_owner->setObjectName(QStringLiteral("valuesOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_goal->setObjectName(QStringLiteral("valuesGoal"));
    m_goal->setAccessibleName(tr("Goal"));
    m_missing->setObjectName(QStringLiteral("valuesMissing"));
    m_table->setObjectName(QStringLiteral("valuesTable"));
    m_table->setAccessibleName(tr("Values of every numeric measure"));
    m_table->setSheet(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ValuesModel::NameColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_message->setObjectName(QStringLiteral("valuesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B71C1C; font-weight: 600;"));
    m_message->hide();

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *filters = new QHBoxLayout;
    filters->addWidget(label(tr("School &year:"), m_year));
    filters->addWidget(m_year);
    filters->addWidget(label(tr("&Owner:"), m_owner));
    filters->addWidget(m_owner, 1);
    filters->addWidget(label(tr("&Goal:"), m_goal));
    filters->addWidget(m_goal, 1);
    filters->addWidget(m_missing);
    auto *hint = new QLabel(tr("Type a value, or copy a column of values in a spreadsheet and paste it here (Ctrl+V). "
                               "\"56%\" and \"1,234.5\" are understood; a blank cell changes nothing."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    fillChoices();
    connect(m_year, &QComboBox::activated, this, [this] { m_model->setYear(SchoolYear(m_year->currentData().toInt())); });
    connect(m_owner, &QComboBox::activated, this, &ValuesView::applyFilter);
    connect(m_goal, &QComboBox::activated, this, &ValuesView::applyFilter);
    connect(m_missing, &QCheckBox::toggled, this, &ValuesView::applyFilter);
    connect(m_model, &ValuesModel::problem, this, &ValuesView::showProblem);
    connect(document, &PlanDocument::reloaded, this, &ValuesView::fillChoices);
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.type != PlanChange::Type::Fields)
            fillChoices();
    });
    m_table->resizeColumnsToContents();
}

void ValuesView::fillChoices()
{
    const Plan &plan = m_document->plan();
    const int year = m_year->count() ? m_year->currentData().toInt() : m_model->year().start();
    m_year->clear();
    for (SchoolYear y = plan.firstYear; y <= plan.lastYear; y = y.next())
        m_year->addItem(y.label(), y.start());
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));

    const QString owner = m_owner->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    for (const QString &name : m_model->owners())
        m_owner->addItem(name, name);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));

    const QString goal = m_goal->currentData().toString();
    m_goal->clear();
    m_goal->addItem(tr("All goals"), QString());
    for (const Goal &g : plan.goals)
        m_goal->addItem(QStringLiteral("%1 %2").arg(g.code, g.shortName.isEmpty() ? g.title : g.shortName), g.code);
    m_goal->setCurrentIndex(std::max(0, m_goal->findData(goal)));
}

ValuesCsv::Selection ValuesView::selection() const
{
    return {m_model->year(), m_owner->currentData().toString(), m_goal->currentData().toString(), m_missing->isChecked()};
}

void ValuesView::applyFilter()
{
    const QString owner = m_owner->currentData().toString();
    m_model->setFilter(owner.isEmpty() ? QStringList() : QStringList{owner}, m_goal->currentData().toString(), m_missing->isChecked());
}

void ValuesView::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ValuesView::pasteClipboard()
{
    m_table->pasteClipboard();
}

} // namespace cairn
