#include "plandocument.h"

#include "documentcommand.h"

#include "core/planlocate.h"
#include "storage/planchanges.h"
#include "storage/storageerror.h"

namespace cairn {

namespace {

// The list a measure lives in under its parent.
std::vector<Measure> *measureList(Plan &plan, ItemKind parentKind, qint64 parentId)
{
    switch (parentKind) {
    case ItemKind::Goal:
        if (auto goal = locateGoal(plan, parentId))
            return &goal.item().measures;
        break;
    case ItemKind::Objective:
        if (auto objective = locateObjective(plan, parentId))
            return &objective.item().measures;
        break;
    case ItemKind::Measure:
        if (auto measure = locateMeasure(plan, parentId))
            return &measure.item().children;
        break;
    case ItemKind::Action:
        break;
    }
    return nullptr;
}

[[noreturn]] void missing()
{
    throw StorageError(StorageError::Kind::Invalid, PlanDocument::tr("The item is no longer in the plan."));
}

template<typename T>
std::vector<qint64> idsOf(const std::vector<T> &items)
{
    std::vector<qint64> ids;
    for (const T &item : items)
        ids.push_back(item.id);
    return ids;
}

// Replaces an item's own fields with those of `after`, keeping its
// children where they are in memory (views and the index point at them).
void adopt(Goal &stored, Goal after)
{
    after.objectives = std::move(stored.objectives);
    after.measures = std::move(stored.measures);
    stored = std::move(after);
}

void adopt(Objective &stored, Objective after)
{
    after.measures = std::move(stored.measures);
    after.actions = std::move(stored.actions);
    stored = std::move(after);
}

void adopt(Action &stored, Action after)
{
    stored = std::move(after);
}

void adopt(Measure &stored, Measure after)
{
    after.children = std::move(stored.children);
    stored = std::move(after);
}

void adopt(Plan &stored, Plan after)
{
    after.goals = std::move(stored.goals);
    after.reviews = std::move(stored.reviews);
    after.audit = std::move(stored.audit);
    stored = std::move(after);
}

// Keys of what changed that is not an item, in the same space as items'.
constexpr quint64 planFieldsKey = 1;
constexpr quint64 reviewsKey = 2;

template<typename T>
void moveWithin(std::vector<T> &items, std::size_t from, std::size_t to)
{
    T item = std::move(items[from]);
    items.erase(items.begin() + qsizetype(from));
    items.insert(items.begin() + qsizetype(to), std::move(item));
}

} // namespace

PlanDocument::PlanDocument(std::unique_ptr<Repository> repository)
    : m_repository(std::move(repository))
    , m_changes(m_repository->watchChanges())
    , m_plan(m_repository->load())
    , m_dataVersion(m_repository->dataVersion())
    , m_today([] { return QDate::currentDate(); })
{
    reindex();
    recompute();
}

namespace {

quint64 indexKey(ItemKind kind, qint64 id)
{
    return (quint64(kind) + 1) << 60 | quint64(id);
}

} // namespace

void PlanDocument::reindex()
{
    m_index.clear();
    forEachItem(m_plan, [this](const ItemView &view) { m_index.emplace(indexKey(view.kind, view.id()), view); });
}

const ItemView *PlanDocument::item(ItemKind kind, qint64 id) const
{
    const auto it = m_index.find(indexKey(kind, id));
    return it == m_index.end() ? nullptr : &it->second;
}

PlanDocument::~PlanDocument() = default;

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, Repository::Access access)
{
    return std::unique_ptr<PlanDocument>(new PlanDocument(Repository::open(path, access)));
}

std::unique_ptr<PlanDocument> PlanDocument::create(const QString &path, const Plan &plan, bool overwrite)
{
    return std::unique_ptr<PlanDocument>(new PlanDocument(Repository::create(path, plan, overwrite)));
}

void PlanDocument::setToday(std::function<QDate()> today)
{
    m_today = std::move(today);
    recompute();
}

void PlanDocument::setStatusYear(SchoolYear year)
{
    m_statusYear = year;
    recompute();
}

void PlanDocument::evaluate()
{
    SchoolYear year = m_statusYear.value_or(m_plan.reportYear);
    if (year < m_plan.firstYear || year > m_plan.lastYear)
        year = m_plan.reportYear;
    m_status = PlanStatus::evaluate(m_plan, year, m_today());
}

void PlanDocument::recompute()
{
    evaluate();
    emit statusesChanged();
}

void PlanDocument::touch(ItemKind kind, qint64 id)
{
    m_touched.insert(indexKey(kind, id));
}

bool PlanDocument::touchedAny(const PlanDiff &diff) const
{
    if ((diff.planFields && m_touched.count(planFieldsKey)) || (diff.reviews && m_touched.count(reviewsKey)))
        return true;
    return std::any_of(diff.items.begin(), diff.items.end(), [this](const PlanDiff::Item &item) { return m_touched.count(indexKey(item.kind, item.id)) > 0; });
}

void PlanDocument::announce(const PlanChange &change)
{
    if (change.type == PlanChange::Type::PlanFields)
        m_touched.insert(planFieldsKey);
    else
        touch(change.kind, change.id);
    if (change.type != PlanChange::Type::Fields && change.type != PlanChange::Type::PlanFields)
        reindex();
    emit changed(change);
    recompute();
}

bool PlanDocument::push(QUndoCommand *command)
{
    std::unique_ptr<QUndoCommand> owned(command);
    auto *edit = dynamic_cast<DocumentCommand *>(command);
    Q_ASSERT(edit);
    if (isReadOnly()) {
        emit errorOccurred(tr("This plan is open read-only; nothing was changed."));
        return false;
    }
    if (m_changes && !m_changes->isConnected()) {
        emit errorOccurred(tr("%1 This edit was not made.").arg(m_changes->lostMessage()));
        return false;
    }
    switch (checkElsewhere()) {
    case Freshness::Same:
        break;
    case Freshness::Reloaded:
        // Made on the plan as it was: it still holds when the other writer
        // changed only other items.
        if (m_outside.diff.sameShape && !edit->overlaps(m_outside.diff))
            break;
        emit errorOccurred(tr("The plan was changed in another window or by cairn-cli, in what you were changing; "
                              "it now shows their change. Yours was not made: make it again if it still applies."));
        return false;
    case Freshness::Unreadable:
        return false;
    }
    try {
        edit->applyFirst();
    } catch (const StorageError &error) {
        emit errorOccurred(error.message());
        // Another writer committed between the check above and this write:
        // show the plan as it now is.
        if (error.kind() == StorageError::Kind::Conflict)
            checkElsewhere();
        // Perhaps the server is gone: say so in the window at once.
        if (m_changes)
            m_changes->check();
        return false;
    }
    m_undoStack.push(owned.release());
    return true;
}

bool PlanDocument::reloadIfChangedElsewhere()
{
    return checkElsewhere() == Freshness::Reloaded;
}

PlanDocument::Freshness PlanDocument::checkElsewhere()
{
    // Runs from a timer and before every edit: a vanished share or a busy
    // file must become a message, never an exception in the event loop.
    // A lost server is read again when it is back (PlanChanges::restored).
    if (m_changes && !m_changes->isConnected())
        return Freshness::Same;
    try {
        if (m_repository->dataVersion() == m_dataVersion)
            return Freshness::Same;
        reload();
        m_lastFailure.clear();
        return Freshness::Reloaded;
    } catch (const StorageError &error) {
        if (m_changes && !m_changes->check())
            return Freshness::Unreadable; // the window's banner says why
        if (error.message() != m_lastFailure)
            emit errorOccurred(error.message());
        m_lastFailure = error.message();
        return Freshness::Unreadable;
    }
}

void PlanDocument::reload()
{
    // Read the version first: a commit from elsewhere during the load is
    // then seen by the next check rather than missed.
    const qint64 version = m_repository->dataVersion();
    Plan plan = m_repository->load();
    m_dataVersion = version;
    m_outside.diff = PlanDiff::between(m_plan, plan);
    emit aboutToTakeOutsideChange();
    if (m_outside.diff.sameShape)
        takeInPlace(std::move(plan));
    else
        replaceWhole(std::move(plan));
    emit tookOutsideChange();
}

void PlanDocument::takeInPlace(Plan &&plan)
{
    const PlanDiff &diff = m_outside.diff;
    m_outside.undoKept = !touchedAny(diff);
    if (!m_outside.undoKept) {
        m_undoStack.clear();
        m_touched.clear();
    }
    // The shapes match, so each changed item is where it was.
    std::vector<PlanChange> changes;
    forEachItem(plan, [&](const ItemView &theirs) {
        if (!diff.contains(theirs.kind, theirs.id()))
            return;
        switch (theirs.kind) {
        case ItemKind::Goal:
            adopt(locateGoal(m_plan, theirs.id()).item(), *theirs.goal);
            break;
        case ItemKind::Objective:
            adopt(locateObjective(m_plan, theirs.id()).item(), *theirs.objective);
            break;
        case ItemKind::Action:
            adopt(locateAction(m_plan, theirs.id()).item(), *theirs.action);
            break;
        case ItemKind::Measure:
            adopt(locateMeasure(m_plan, theirs.id()).item(), *theirs.measure);
            break;
        }
        changes.push_back(PlanChange{PlanChange::Type::Fields, theirs.kind, theirs.id()});
    });
    m_plan.audit = std::move(plan.audit);
    if (diff.reviews)
        m_plan.reviews = std::move(plan.reviews);
    if (diff.planFields)
        adopt(m_plan, std::move(plan));
    // Items stay where they were in memory; the index still holds, but an
    // item's code or title is read through it, so renew it anyway.
    reindex();
    evaluate();
    if (diff.planFields)
        emit changed(PlanChange{PlanChange::Type::PlanFields});
    for (const PlanChange &change : changes)
        emit changed(change);
    if (diff.reviews)
        m_touched.insert(reviewsKey);
    emit reviewsChanged();
    emit statusesChanged();
}

void PlanDocument::replaceWhole(Plan &&plan)
{
    m_outside.undoKept = false;
    emit aboutToReload();
    m_plan = std::move(plan);
    reindex();
    m_undoStack.clear();
    m_touched.clear();
    // Statuses are judged before views rebuild, and announced only after.
    evaluate();
    emit reloaded();
    emit statusesChanged();
}

void PlanDocument::recover(const QString &message)
{
    emit errorOccurred(message);
    // Called from inside the undo stack: reload once it has returned.
    QMetaObject::invokeMethod(
        this,
        [this] {
            try {
                reload();
            } catch (const StorageError &error) {
                emit errorOccurred(error.message());
            }
        },
        Qt::QueuedConnection);
}

void PlanDocument::setPlanFields(const Plan &fields)
{
    Plan after = ownFields(fields);
    m_repository->updatePlan(m_plan, after);
    adopt(m_plan, std::move(after));
    announce(PlanChange{PlanChange::Type::PlanFields});
}

void PlanDocument::replaceGoal(const Goal &goal)
{
    auto found = locateGoal(m_plan, goal.id);
    if (!found)
        missing();
    m_repository->updateGoal(found.item(), goal);
    adopt(found.item(), goal);
    announce(PlanChange{PlanChange::Type::Fields, ItemKind::Goal, goal.id});
}

void PlanDocument::replaceObjective(const Objective &objective)
{
    auto found = locateObjective(m_plan, objective.id);
    if (!found)
        missing();
    m_repository->updateObjective(found.item(), objective);
    adopt(found.item(), objective);
    announce(PlanChange{PlanChange::Type::Fields, ItemKind::Objective, objective.id});
}

void PlanDocument::replaceAction(const Action &action)
{
    auto found = locateAction(m_plan, action.id);
    if (!found)
        missing();
    m_repository->updateAction(found.item(), action);
    adopt(found.item(), action);
    announce(PlanChange{PlanChange::Type::Fields, ItemKind::Action, action.id});
}

void PlanDocument::replaceMeasure(const Measure &measure)
{
    replaceMeasures({measure});
}

void PlanDocument::replaceMeasures(const std::vector<Measure> &measures, const QString &origin)
{
    std::vector<std::pair<Measure, Measure>> changes;
    for (const Measure &measure : measures) {
        auto found = locateMeasure(m_plan, measure.id);
        if (!found)
            missing();
        Measure after = measure;
        changes.emplace_back(found.item(), std::move(after));
    }
    m_repository->updateMeasures(changes, origin);
    bool sameCodes = true;
    std::vector<const Measure *> refreshed;
    for (auto &[before, after] : changes) {
        Measure &stored = locateMeasure(m_plan, after.id).item();
        sameCodes = sameCodes && before.code == after.code;
        adopt(stored, std::move(after));
        refreshed.push_back(&stored);
    }
    for (const Measure &measure : measures)
        touch(ItemKind::Measure, measure.id);
    for (const Measure &measure : measures)
        emit changed(PlanChange{PlanChange::Type::Fields, ItemKind::Measure, measure.id});
    // A value or field of a measure: only it and the rollups above it are
    // judged again, which keeps one edit cheap on a large plan.
    if (sameCodes && m_status.asOf() == m_today() && m_status.refreshMeasures(refreshed))
        emit statusesChanged();
    else
        recompute();
}

AnyItem PlanDocument::insertItem(const AnyItem &item, ItemKind parentKind, qint64 parentId, int row)
{
    AnyItem stored = item;
    PlanChange change{PlanChange::Type::Added};
    change.parentKind = parentKind;
    change.parentId = parentId;
    change.row = row;

    // Write first; then announce and change the plan.
    std::function<void()> place;
    if (auto *goal = std::get_if<Goal>(&stored)) {
        m_repository->insertGoal(*goal, row);
        change.kind = ItemKind::Goal;
        change.id = goal->id;
        change.parentId = 0;
        place = [&, goal] { m_plan.goals.insert(m_plan.goals.begin() + row, *goal); };
    } else if (auto *objective = std::get_if<Objective>(&stored)) {
        auto parent = locateGoal(m_plan, parentId);
        if (!parent)
            missing();
        m_repository->insertObjective(parentId, *objective, row);
        change.kind = ItemKind::Objective;
        change.id = objective->id;
        auto &list = parent.item().objectives;
        place = [&list, objective, row] { list.insert(list.begin() + row, *objective); };
    } else if (auto *action = std::get_if<Action>(&stored)) {
        auto parent = locateObjective(m_plan, parentId);
        if (!parent)
            missing();
        m_repository->insertAction(parentId, *action, row);
        change.kind = ItemKind::Action;
        change.id = action->id;
        auto &list = parent.item().actions;
        place = [&list, action, row] { list.insert(list.begin() + row, *action); };
    } else if (auto *measure = std::get_if<Measure>(&stored)) {
        std::vector<Measure> *list = measureList(m_plan, parentKind, parentId);
        if (!list)
            missing();
        m_repository->insertMeasure({parentKind, parentId}, *measure, row);
        change.kind = ItemKind::Measure;
        change.id = measure->id;
        place = [list, measure, row] { list->insert(list->begin() + row, *measure); };
    }
    emit aboutToChange(change);
    place();
    announce(change);
    return stored;
}

std::optional<PlanDocument::Placed> PlanDocument::find(ItemKind kind, qint64 id) const
{
    Plan &plan = const_cast<Plan &>(m_plan); // the lookups only read
    switch (kind) {
    case ItemKind::Goal:
        if (auto found = locateGoal(plan, id))
            return Placed{found.item(), ItemKind::Goal, 0, int(found.index)};
        break;
    case ItemKind::Objective:
        if (auto found = locateObjective(plan, id))
            return Placed{found.item(), found.parentKind, found.parentId, int(found.index)};
        break;
    case ItemKind::Action:
        if (auto found = locateAction(plan, id))
            return Placed{found.item(), found.parentKind, found.parentId, int(found.index)};
        break;
    case ItemKind::Measure:
        if (auto found = locateMeasure(plan, id))
            return Placed{found.item(), found.parentKind, found.parentId, int(found.index)};
        break;
    }
    return std::nullopt;
}

Review PlanDocument::insertReview(const Review &review)
{
    Review stored = review;
    m_repository->insertReview(stored);
    m_plan.reviews.push_back(stored);
    m_touched.insert(reviewsKey);
    emit reviewsChanged();
    return stored;
}

void PlanDocument::removeReview(qint64 id)
{
    const auto found = std::find_if(m_plan.reviews.begin(), m_plan.reviews.end(), [id](const Review &review) { return review.id == id; });
    if (found == m_plan.reviews.end())
        missing();
    m_repository->removeReview(id);
    m_plan.reviews.erase(found);
    m_touched.insert(reviewsKey);
    emit reviewsChanged();
}

void PlanDocument::replaceReviewRecords(const Review &review)
{
    const auto found = std::find_if(m_plan.reviews.begin(), m_plan.reviews.end(), [&](const Review &r) { return r.id == review.id; });
    if (found == m_plan.reviews.end())
        missing();
    Review after = *found;
    after.notes = review.notes;
    after.recommendations = review.recommendations;
    m_repository->updateReviewRecords(*found, after);
    *found = std::move(after);
    m_touched.insert(reviewsKey);
    emit reviewsChanged();
}

void PlanDocument::removeItem(ItemKind kind, qint64 id)
{
    const auto placed = find(kind, id);
    if (!placed)
        missing();
    m_repository->removeItem(kind, id);
    const PlanChange change{PlanChange::Type::Removed, kind, id, placed->parentKind, placed->parentId, placed->row};
    emit aboutToChange(change);
    switch (kind) {
    case ItemKind::Goal:
        m_plan.goals.erase(m_plan.goals.begin() + placed->row);
        break;
    case ItemKind::Objective: {
        auto *list = locateObjective(m_plan, id).siblings;
        list->erase(list->begin() + placed->row);
        break;
    }
    case ItemKind::Action: {
        auto *list = locateAction(m_plan, id).siblings;
        list->erase(list->begin() + placed->row);
        break;
    }
    case ItemKind::Measure: {
        auto list = locateMeasure(m_plan, id).siblings;
        list->erase(list->begin() + placed->row);
        break;
    }
    }
    announce(change);
}

void PlanDocument::moveItem(ItemKind kind, qint64 id, int toRow)
{
    const auto placed = find(kind, id);
    if (!placed)
        missing();
    const int from = placed->row;
    if (from == toRow)
        return;
    auto reorder = [&](auto *siblings) {
        auto ids = idsOf(*siblings);
        moveWithin(ids, std::size_t(from), std::size_t(toRow));
        m_repository->reorder(kind, ids);
        const PlanChange change{PlanChange::Type::Moved, kind, id, placed->parentKind, placed->parentId, from, toRow};
        emit aboutToChange(change);
        moveWithin(*siblings, std::size_t(from), std::size_t(toRow));
        announce(change);
    };
    switch (kind) {
    case ItemKind::Goal:
        reorder(&m_plan.goals);
        break;
    case ItemKind::Objective:
        reorder(locateObjective(m_plan, id).siblings);
        break;
    case ItemKind::Action:
        reorder(locateAction(m_plan, id).siblings);
        break;
    case ItemKind::Measure:
        reorder(locateMeasure(m_plan, id).siblings);
        break;
    }
}

} // namespace cairn
