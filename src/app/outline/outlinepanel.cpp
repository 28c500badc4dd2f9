#include "outlinepanel.h"

#include "outlinefilter.h"
#include "outlinemodel.h"
#include "statusicons.h"

#include "app/accessibility/filterkeys.h"
#include "app/document/commands.h"
#include "core/planlocate.h"
#include "core/planwalk.h"
#include "core/statustext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace cairn {

OutlinePanel::OutlinePanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new OutlineModel(document, this))
    , m_filter(new OutlineFilter(this))
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("outlinePanel"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Find by code or title"));
    m_text->setAccessibleName(tr("Find by code or title"));
    m_text->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->setAccessibleName(tr("Show only status"));
    m_status->addItem(tr("Any status"), QString());
    for (const Token<Status> &entry : tokensFor<Status>())
        m_status->addItem(StatusIcons::icon(entry.value), StatusText::word(entry.value), toToken(entry.value));
    m_owner->setObjectName(QStringLiteral("filterOwner"));
    m_owner->setPlaceholderText(tr("Owner or role"));
    m_owner->setAccessibleName(tr("Show only owner or role"));
    m_owner->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("outline"));
    m_tree->setAccessibleName(tr("Plan outline"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->header()->setSectionResizeMode(OutlineModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(OutlineModel::CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OutlineModel::StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandToDepth(0);

    // Down from a filter field to what it found; Up from the top back.
    auto *keys = new FilterKeys(m_tree, [this](const QModelIndex &current) {
        return current.isValid() && m_filter->matches(current.siblingAtColumn(0)) ? current : m_filter->firstMatch();
    }, this);
    keys->addField(m_text);
    keys->addField(m_owner);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_owner, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_tree);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_status->currentData().toString());
        m_tree->expandAll();
    });
    connect(m_owner, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setOwnerOrRole(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutlinePanel::emitCurrent);
    connect(document, &PlanDocument::aboutToReload, this, [this] {
        m_remembered.reset();
        if (const auto item = selected())
            m_remembered = std::make_pair(item->first, cairn::codeOf(m_document->plan(), item->first, item->second));
    });
    connect(document, &PlanDocument::reloaded, this, [this] {
        m_tree->expandToDepth(0);
        if (!m_remembered)
            return emitCurrent();
        forEachItem(m_document->plan(), [this](const ItemView &item) {
            if (item.kind == m_remembered->first && item.code == m_remembered->second) {
                select(item.kind, item.id());
            }
        });
    });
}

void OutlinePanel::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

std::optional<std::pair<ItemKind, qint64>> OutlinePanel::selected() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return std::make_pair(ItemKind(current.data(OutlineModel::KindRole).toInt()), current.data(OutlineModel::IdRole).toLongLong());
}

void OutlinePanel::select(ItemKind kind, qint64 id)
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOf(kind, id));
    if (!index.isValid()) {
        m_text->clear();
        m_status->setCurrentIndex(0);
        m_owner->clear();
        index = m_filter->mapFromSource(m_model->indexOf(kind, id));
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void OutlinePanel::clearCurrent()
{
    m_tree->selectionModel()->clear();
    emitCurrent();
}

void OutlinePanel::emitCurrent()
{
    if (const auto item = selected())
        emit currentItemChanged(item->first, item->second);
    else
        emit currentItemChanged(std::nullopt, 0);
}

QString OutlinePanel::freeCode(const std::function<QString(int)> &candidate) const
{
    QSet<QString> codes;
    forEachItem(m_document->plan(), [&](const ItemView &item) { codes.insert(item.code); });
    for (int n = 1;; ++n) {
        const QString code = candidate(n);
        if (!codes.contains(code))
            return code;
    }
}

void OutlinePanel::addGoal()
{
    Goal goal;
    const bool lettered = !m_document->plan().goals.empty() && m_document->plan().goals.front().code.startsWith(QLatin1Char('P'));
    goal.code = freeCode([lettered](int n) { return (lettered ? QStringLiteral("P%1") : QStringLiteral("%1")).arg(n); });
    goal.title = tr("New goal");
    auto *command = new AddItem(m_document, goal, ItemKind::Goal, 0, int(m_document->plan().goals.size()));
    if (m_document->push(command)) {
        select(ItemKind::Goal, command->itemId());
        emit itemAdded();
    }
}

void OutlinePanel::addObjective()
{
    const auto item = selected();
    // The goal of the selected row.
    qint64 goalId = 0;
    if (item) {
        const QModelIndex source = m_model->indexOf(item->first, item->second);
        QModelIndex goal = source;
        while (goal.parent().isValid())
            goal = goal.parent();
        goalId = goal.data(OutlineModel::IdRole).toLongLong();
    } else if (!m_document->plan().goals.empty()) {
        goalId = m_document->plan().goals.front().id;
    }
    const auto placed = m_document->find(ItemKind::Goal, goalId);
    if (!placed)
        return;
    const Goal &goal = std::get<Goal>(placed->item);
    QString stem = goal.code;
    stem.remove(QRegularExpression(QStringLiteral("^[A-Za-z]+")));
    Objective objective;
    objective.code = freeCode([&](int n) { return QStringLiteral("%1.%2").arg(stem).arg(int(goal.objectives.size()) + n); });
    objective.title = tr("New objective");
    auto *command = new AddItem(m_document, objective, ItemKind::Goal, goalId, int(goal.objectives.size()));
    if (m_document->push(command)) {
        select(ItemKind::Objective, command->itemId());
        emit itemAdded();
    }
}

void OutlinePanel::addAction()
{
    const auto item = selected();
    if (!item)
        return;
    QModelIndex objective = m_model->indexOf(item->first, item->second);
    while (objective.isValid() && ItemKind(objective.data(OutlineModel::KindRole).toInt()) != ItemKind::Objective)
        objective = objective.parent();
    if (!objective.isValid())
        return;
    const auto placed = m_document->find(ItemKind::Objective, objective.data(OutlineModel::IdRole).toLongLong());
    const Objective &parent = std::get<Objective>(placed->item);
    Action action;
    action.code = freeCode([&](int n) {
        QString code = parent.code;
        code.append(n <= 26 ? QString(QChar(u'A' + n - 1)) : QStringLiteral("-%1").arg(n));
        return code;
    });
    action.description = tr("New action");
    auto *command = new AddItem(m_document, action, ItemKind::Objective, parent.id, int(parent.actions.size()));
    if (m_document->push(command)) {
        select(ItemKind::Action, command->itemId());
        emit itemAdded();
    }
}

void OutlinePanel::addMeasure()
{
    const auto item = selected();
    if (!item)
        return;
    // Under the selected objective, or the objective above the selection;
    // under the goal when a goal is selected.
    QModelIndex owner = m_model->indexOf(item->first, item->second);
    while (owner.isValid()) {
        const auto kind = ItemKind(owner.data(OutlineModel::KindRole).toInt());
        if (kind == ItemKind::Objective || kind == ItemKind::Goal)
            break;
        owner = owner.parent();
    }
    if (!owner.isValid())
        return;
    const auto kind = ItemKind(owner.data(OutlineModel::KindRole).toInt());
    const qint64 ownerId = owner.data(OutlineModel::IdRole).toLongLong();
    const auto placed = m_document->find(kind, ownerId);
    const QString ownerCode = owner.data().toString();
    const int row = kind == ItemKind::Goal ? int(std::get<Goal>(placed->item).measures.size())
                                           : int(std::get<Objective>(placed->item).measures.size());
    Measure measure;
    measure.code = freeCode([&](int n) { return QStringLiteral("%1-M%2").arg(ownerCode).arg(n); });
    measure.name = tr("New measure");
    measure.unit = Unit::Percent;
    auto *command = new AddItem(m_document, measure, kind, ownerId, row);
    if (m_document->push(command)) {
        select(ItemKind::Measure, command->itemId());
        emit itemAdded();
    }
}

void OutlinePanel::addChildMeasure()
{
    const auto item = selected();
    if (!item || item->first != ItemKind::Measure)
        return;
    const auto placed = m_document->find(ItemKind::Measure, item->second);
    const Measure &parent = std::get<Measure>(placed->item);
    Measure child;
    child.code = freeCode([&](int n) {
        QString code = parent.code;
        code.append(QChar(u'a' + (n - 1) % 26));
        if (n > 26)
            code.append(QString::number(n));
        return code;
    });
    child.name = tr("New component or student group");
    child.unit = parent.unit;
    child.direction = parent.direction;
    child.kind = parent.kind;
    auto *command = new AddItem(m_document, child, ItemKind::Measure, parent.id, int(parent.children.size()));
    if (m_document->push(command)) {
        select(ItemKind::Measure, command->itemId());
        emit itemAdded();
    }
}

void OutlinePanel::deleteSelected()
{
    if (const auto item = selected())
        m_document->push(new RemoveItem(m_document, item->first, item->second));
}

void OutlinePanel::moveSelected(int delta)
{
    const auto item = selected();
    if (!item)
        return;
    const QModelIndex index = m_model->indexOf(item->first, item->second);
    const int from = m_model->typedRow(index);
    const int to = from + delta;
    if (to < 0 || to >= m_model->typedSiblingCount(index))
        return;
    if (m_document->push(new MoveItem(m_document, item->first, item->second, from, to)))
        select(item->first, item->second);
}

} // namespace cairn
