#pragma once

#include "planchange.h"

#include "core/plandiff.h"
#include "core/planstatus.h"
#include "core/planwalk.h"
#include "storage/repository.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <variant>

namespace cairn {

class PlanChanges;

using AnyItem = std::variant<Goal, Objective, Action, Measure>;

// The plan being edited: the single source of truth while a file is open.
// It owns the plan, the repository and the undo stack. Every edit is an undo
// command that calls one of the mutators below; each mutator writes through
// to the file in one transaction first, then changes the plan, recomputes
// the statuses and announces precisely what changed.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    // Both throw StorageError with a message for the user.
    static std::unique_ptr<PlanDocument> open(const QString &path, Repository::Access access = Repository::Access::ReadWrite);
    static std::unique_ptr<PlanDocument> create(const QString &path, const Plan &plan, bool overwrite = false);
    ~PlanDocument() override;

    const Plan &plan() const { return m_plan; }
    const PlanStatus &status() const { return m_status; }
    QUndoStack *undoStack() { return &m_undoStack; }
    Repository &repository() { return *m_repository; }
    QString path() const { return m_repository->path(); }
    bool isReadOnly() const { return m_repository->isReadOnly(); }
    // The part the person plays in the plan (a file's user coordinates it).
    const ServerSecurity::Person &person() const { return m_repository->person(); }
    // Whether the values this person enters wait for the coordinator's
    // approval (an owner's on a shared plan).
    bool valuesWaitForApproval() const { return person().role == ServerSecurity::Role::Owner; }

    // On a server: what tells of others' commits and of the connection's
    // loss and return; nullptr for a file. While the connection is lost,
    // every edit is refused, saying so.
    PlanChanges *serverChanges() const { return m_changes.get(); }

    // "Today" for due dates; the real date unless a test sets another.
    void setToday(std::function<QDate()> today);
    // The date every status is judged on: views use it, never the clock.
    QDate today() const { return m_today(); }
    // The school year statuses are shown for (the plan's report year by default).
    SchoolYear statusYear() const { return m_status.year(); }
    void setStatusYear(SchoolYear year);

    // Runs an edit and puts it on the undo stack. When the file was changed
    // elsewhere first, that change is taken; the edit still goes ahead when
    // it touches none of the items that changed. When it does, or the write
    // fails, the edit is dropped, the user is told why (errorOccurred) and
    // false is returned.
    bool push(QUndoCommand *command);

    // Takes the changes another window or cairn-cli made to the file. Never
    // throws: a file that cannot be read is reported through errorOccurred
    // (once). Returns true when there were changes; outsideChange() says
    // how they were taken.
    bool reloadIfChangedElsewhere();

    // How the last change from elsewhere was taken. When only items' own
    // fields changed (values, titles, states), just those items are
    // replaced and announced with `changed`, so views keep their selection
    // and scroll position, and the undo history is kept unless it holds an
    // edit of one of those items (undoing it would overwrite the other
    // writer's work). When items were added, removed or moved, the plan is
    // reloaded whole (aboutToReload, reloaded) and the undo history cleared.
    struct OutsideChange {
        PlanDiff diff;
        bool undoKept = false;
    };
    const OutsideChange &outsideChange() const { return m_outside; }

    // Mutators for undo commands. Each throws StorageError and then leaves
    // the plan as it was.
    void setPlanFields(const Plan &fields);
    void replaceGoal(const Goal &goal);
    void replaceObjective(const Objective &objective);
    void replaceAction(const Action &action);
    void replaceMeasure(const Measure &measure);
    void replaceMeasures(const std::vector<Measure> &measures, const QString &origin = {});
    // Inserts `item` (ids kept if it has them) under `parentId` at `row` and
    // returns it with its ids.
    AnyItem insertItem(const AnyItem &item, ItemKind parentKind, qint64 parentId, int row);
    void removeItem(ItemKind kind, qint64 id);
    void moveItem(ItemKind kind, qint64 id, int toRow);
    // Adds a review at the end (ids kept if it has them) and returns it with its ids.
    Review insertReview(const Review &review);
    void removeReview(qint64 id);
    // A review's notes and recommendations as in `review` (matched by id);
    // its snapshot is never changed.
    void replaceReviewRecords(const Review &review);

    // The item as it is now, with where it sits.
    struct Placed {
        AnyItem item;
        ItemKind parentKind = ItemKind::Goal;
        qint64 parentId = 0;
        int row = 0;
    };
    std::optional<Placed> find(ItemKind kind, qint64 id) const;

    // Any item by kind and row id, or nullptr when the plan has no such item.
    // Views keep (kind, id) and ask here each time rather than holding
    // pointers into the plan: the index is renewed in the same step as any
    // change that moves items in memory (an item added, removed or moved, a
    // reload), before any signal about it, so what a view reads while it
    // handles a signal is always the plan as it is.
    const ItemView *item(ItemKind kind, qint64 id) const;

    // Reports a failed write (from an undo command) and reloads the file.
    void recover(const QString &message);

signals:
    void aboutToChange(const cairn::PlanChange &change);
    void changed(const cairn::PlanChange &change);
    void statusesChanged();
    void reviewsChanged();
    // Around every change taken from elsewhere, in place or by a reload:
    // a view with something being typed remembers it on the first and puts
    // it back on the second.
    void aboutToTakeOutsideChange();
    void tookOutsideChange();
    void aboutToReload();
    void reloaded();
    void errorOccurred(const QString &message);

private:
    explicit PlanDocument(std::unique_ptr<Repository> repository);
    void evaluate();
    void recompute();
    void announce(const PlanChange &change);
    void reindex();
    enum class Freshness { Same, Reloaded, Unreadable };
    // Reloads if another writer changed the file; reports a failure once.
    Freshness checkElsewhere();
    // Takes what the file holds now: in place when the plan's shape is the
    // same, otherwise by replacing the plan (aboutToReload, reloaded, then
    // statusesChanged).
    void reload();
    void takeInPlace(Plan &&plan);
    void replaceWhole(Plan &&plan);
    // Notes an item (or the plan's fields, or its reviews) changed here,
    // for deciding whether the undo history survives an outside change.
    void touch(ItemKind kind, qint64 id);
    bool touchedAny(const PlanDiff &diff) const;

    std::unique_ptr<Repository> m_repository;
    std::unique_ptr<PlanChanges> m_changes;
    Plan m_plan;
    PlanStatus m_status;
    std::optional<SchoolYear> m_statusYear;
    QUndoStack m_undoStack;
    qint64 m_dataVersion = 0;
    std::function<QDate()> m_today;
    std::unordered_map<quint64, ItemView> m_index;
    QString m_lastFailure;
    OutsideChange m_outside;
    std::unordered_set<quint64> m_touched;
};

} // namespace cairn
