#include "responsibilitiesview.h"

#include "app/accessibility/accessibletext.h"
#include "app/accessibility/filterkeys.h"
#include "app/document/plandocument.h"
#include "app/outline/statusicons.h"
#include "core/roleduties.h"
#include "core/statustext.h"
#include "core/textparts.h"
#include "core/timelinetext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cairn {
namespace {

constexpr int ActionIdRole = Qt::UserRole + 1;

} // namespace

ResponsibilitiesView::ResponsibilitiesView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("responsibilities"));
    m_summary->setObjectName(QStringLiteral("responsibilitiesSummary"));
    m_summary->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("roleFilter"));
    m_filter->setPlaceholderText(tr("Role"));
    m_filter->setAccessibleName(tr("Show only role"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("responsibilitiesTree"));
    m_tree->setAccessibleName(tr("Responsibilities by role"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Role and action"), tr("Duty"), tr("Status"), tr("When")});
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DutyColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);

    auto *keys = new FilterKeys(m_tree, [this](const QModelIndex &current) {
        if (current.isValid() && !m_tree->itemFromIndex(current)->isHidden())
            return current;
        for (int row = 0; row < m_tree->topLevelItemCount(); ++row)
            if (!m_tree->topLevelItem(row)->isHidden())
                return m_tree->indexFromItem(m_tree->topLevelItem(row));
        return QModelIndex();
    }, this);
    keys->addField(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ResponsibilitiesView::applyFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ResponsibilitiesView::choose);
    connect(document, &PlanDocument::statusesChanged, this, &ResponsibilitiesView::refresh);
    connect(document, &PlanDocument::reloaded, this, &ResponsibilitiesView::refresh);
    rebuild();
}

void ResponsibilitiesView::refresh()
{
    if (isVisible())
        rebuild();
    else
        m_stale = true;
}

void ResponsibilitiesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void ResponsibilitiesView::rebuild()
{
    m_stale = false;
    // What the user had open and chosen, to find again.
    QSet<QString> open;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row)
        if (m_tree->topLevelItem(row)->isExpanded())
            open.insert(m_tree->topLevelItem(row)->text(WhatColumn));
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QString currentRole = current ? (current->parent() ? current->parent() : current)->text(WhatColumn) : QString();
    const qint64 currentAction = current && current->parent() ? current->data(WhatColumn, ActionIdRole).toLongLong() : 0;
    const bool first = m_tree->topLevelItemCount() == 0;

    m_tree->clear();
    const std::vector<RoleDuties> roles = dutiesByRole(m_document->plan());
    std::size_t duties = 0;
    QTreeWidgetItem *again = nullptr;
    for (const RoleDuties &role : roles) {
        auto *top = new QTreeWidgetItem(m_tree, {role.role, role.duties.size() == 1 ? tr("1 duty") : tr("%1 duties").arg(role.duties.size())});
        QFont bold = top->font(WhatColumn);
        bold.setBold(true);
        top->setFont(WhatColumn, bold);
        if (role.role == currentRole && !currentAction)
            again = top;
        for (const RoleDuty &duty : role.duties) {
            const ItemStatus *status = m_document->status().find(duty.action->code);
            const Status token = status ? status->judgement.status : Status::NoData;
            auto *row = new QTreeWidgetItem(top, {duty.action->code + QStringLiteral("  ") + oneLineTextParts(duty.action->description),
                                                  plainTextParts(duty.duty), StatusText::word(token), TimelineText::of(*duty.action)});
            row->setIcon(StatusColumn, StatusIcons::icon(token));
            row->setData(WhatColumn, ActionIdRole, duty.action->id);
            row->setToolTip(WhatColumn, plainTextParts(duty.action->description));
            if (role.role == currentRole && duty.action->id == currentAction)
                again = row;
        }
        top->setExpanded(first || open.contains(role.role));
        duties += role.duties.size();
    }
    AccessibleText::nameEmptyCells(m_tree->model());
    m_summary->setText(roles.empty() ? tr("No action of this plan names a role. Add responsibilities (role and duty) in an action's pane.")
                                     : tr("%1 roles named in the plan's actions, with %2 duties. Choose an action to open it.")
                                           .arg(roles.size())
                                           .arg(duties));
    if (again)
        m_tree->setCurrentItem(again);
    applyFilter();
}

void ResponsibilitiesView::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *role = m_tree->topLevelItem(row);
        role->setHidden(!text.isEmpty() && !role->text(WhatColumn).contains(text, Qt::CaseInsensitive));
    }
}

void ResponsibilitiesView::choose(QTreeWidgetItem *item)
{
    if (item && item->parent())
        emit itemChosen(ItemKind::Action, item->data(WhatColumn, ActionIdRole).toLongLong());
}

} // namespace cairn
