#include "myupdatesview.h"

#include "app/document/plandocument.h"
#include "app/outline/statusicons.h"
#include "app/sheet/sheetview.h"
#include "app/values/valuesmodel.h"
#include "core/statustext.h"
#include "core/textparts.h"
#include "core/valueapproval.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cairn {

namespace {

constexpr int ActionIdRole = Qt::UserRole + 1;

} // namespace

MyUpdatesView::MyUpdatesView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(new QLabel(this))
    , m_due(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_model(new ValuesModel(document, this))
    , m_table(new SheetView(document, this))
    , m_actionsLabel(new QLabel(tr("My &actions:"), this))
    , m_actions(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("myUpdatesView"));
    m_heading->setObjectName(QStringLiteral("myUpdatesHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_due->setObjectName(QStringLiteral("myUpdatesDue"));
    m_due->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("myUpdatesSummary"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("myUpdatesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B71C1C; font-weight: 600;"));
    m_message->hide();

    m_table->setObjectName(QStringLiteral("myUpdatesTable"));
    m_table->setAccessibleName(tr("Values of my measures"));
    m_table->setSheet(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ValuesModel::NameColumn, QHeaderView::Stretch);
    m_table->setColumnHidden(ValuesModel::OwnerColumn, true);
    m_table->setWordWrap(false);
    auto *valuesLabel = new QLabel(tr("My &measures' values (type a value; Enter saves it):"), this);
    valuesLabel->setBuddy(m_table);

    m_actions->setObjectName(QStringLiteral("myUpdatesActions"));
    m_actions->setAccessibleName(tr("My actions"));
    m_actions->setHeaderLabels({tr("Action"), tr("Status"), tr("Complete"), tr("Last progress note")});
    m_actions->setRootIsDecorated(false);
    m_actions->setUniformRowHeights(true);
    m_actions->header()->setSectionResizeMode(ActionWhatColumn, QHeaderView::Stretch);
    m_actions->header()->setStretchLastSection(false);
    m_actionsLabel->setBuddy(m_actions);
    auto *actionsHint = new QLabel(tr("Double-click an action, or press Enter on it, to update its status, percent "
                                      "complete and progress notes in the Plan tab."),
                                   this);
    actionsHint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_due);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(valuesLabel);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_actionsLabel);
    layout->addWidget(actionsHint);
    layout->addWidget(m_actions, 2);

    connect(m_model, &ValuesModel::problem, this, &MyUpdatesView::showProblem);
    connect(m_actions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        emit itemChosen(ItemKind::Action, row->data(ActionWhatColumn, ActionIdRole).toLongLong());
    });
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        // The year under review or the due date moved, or items were
        // added, removed or moved: the rows change. A value: the counts.
        if (change.type == PlanChange::Type::Fields && change.kind == ItemKind::Measure)
            refresh();
        else
            setPerson(m_person, m_names);
    });
    connect(document, &PlanDocument::reloaded, this, [this] { setPerson(m_person, m_names); });
    connect(document, &PlanDocument::statusesChanged, this, &MyUpdatesView::fillActions);
}

void MyUpdatesView::setPerson(const QString &person, const QStringList &names)
{
    m_person = person;
    // Someone who gave no name or role answers to their login at least.
    m_names = names.isEmpty() ? QStringList{person} : names;
    m_model->setYear(m_document->plan().reportYear);
    m_model->setFilter(m_names, {}, false);
    m_table->resizeColumnsToContents();
    refresh();
}

void MyUpdatesView::refresh()
{
    const Plan &plan = m_document->plan();
    const OwnerUpdates updates = OwnerUpdates::of(plan, m_names);
    m_heading->setText(tr("My updates for %1").arg(plan.reportYear.label()));
    m_due->setText(ValueApproval::dueText(plan, m_document->today()));
    if (updates.measures.empty() && updates.actions.empty()) {
        m_summary->setText(tr("Nothing in this plan is owned by %1. Each measure and action names its owner (its own, or "
                              "its objective's or goal's); when one names you or your role, it is listed here.")
                               .arg(m_names.join(tr(" or "))));
    } else {
        QStringList parts{tr("%n measures", nullptr, int(updates.measures.size())),
                          tr("%n values still missing", nullptr, updates.missing())};
        if (updates.returned())
            parts.append(tr("%n values returned to you with a note (hover over them to read it)", nullptr, updates.returned()));
        if (updates.waiting())
            parts.append(tr("%n values waiting for the coordinator's approval", nullptr, updates.waiting()));
        parts.append(tr("%n actions", nullptr, int(updates.actions.size())));
        m_summary->setText(tr("For %1: %2.").arg(m_names.join(tr(" or ")), parts.join(tr("; "))));
    }
    fillActions();
}

void MyUpdatesView::fillActions()
{
    const qint64 current = m_actions->currentItem() ? m_actions->currentItem()->data(ActionWhatColumn, ActionIdRole).toLongLong() : 0;
    m_actions->clear();
    for (const Action *action : OwnerUpdates::of(m_document->plan(), m_names).actions) {
        const ItemStatus *status = m_document->status().find(action->code);
        const Status token = status ? status->judgement.status : Status::NoData;
        const ProgressNote *last = action->notes.empty() ? nullptr : &action->notes.back();
        auto *row = new QTreeWidgetItem(m_actions, {action->code + QStringLiteral("  ") + oneLineTextParts(action->description),
                                                    StatusText::word(token), tr("%1%").arg(action->percentComplete),
                                                    last ? QLocale().toString(last->date, QLocale::ShortFormat) : tr("none yet")});
        row->setIcon(ActionStatusColumn, StatusIcons::icon(token));
        row->setData(ActionWhatColumn, ActionIdRole, action->id);
        row->setToolTip(ActionWhatColumn, plainTextParts(action->description));
        row->setTextAlignment(ActionPercentColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (action->id == current)
            m_actions->setCurrentItem(row);
    }
    m_actionsLabel->setVisible(m_actions->topLevelItemCount() > 0);
    m_actions->setVisible(m_actions->topLevelItemCount() > 0);
    for (int column = ActionStatusColumn; column < ActionColumnCount; ++column)
        m_actions->resizeColumnToContents(column);
}

void MyUpdatesView::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace cairn
