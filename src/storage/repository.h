#pragma once

#include "core/plan.h"
#include "serversecurity.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <set>
#include <memory>

namespace cairn {

class FileUsers;
class PlanChanges;

// The plan file. Loads a whole plan and writes each change in its own
// transaction, with its audit entries in the same transaction: when a call
// returns, the change is on disk; when it throws StorageError, nothing of
// it is.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(cairn::Repository)

public:
    enum class Access { ReadWrite, ReadOnly };
    using Clock = std::function<QDateTime()>;

    // Opens an existing plan file, or a plan on a PostgreSQL server when
    // `path` is a postgresql:// URL (PlanLocation). An older file is first copied beside
    // itself (see migrationBackup()) and then upgraded. Throws StorageError.
    static std::unique_ptr<Repository> open(const QString &path, Access access = Access::ReadWrite);

    // Writes `plan` as a new plan file at `path`, reviews and audit log
    // included. The file appears only once complete. Refuses to replace an
    // existing file unless `overwrite`, and a file open in any Cairn. With a
    // postgresql:// URL, pushes the plan to that server (PlanServer::push).
    // Throws StorageError; when it does, `path` is as it was.
    static std::unique_ptr<Repository> create(const QString &path, const Plan &plan, bool overwrite = false);

    ~Repository();
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    QString path() const { return m_path; }
    // The plan's file name, or its title and server, for messages.
    QString shownName() const { return m_name; }
    bool isReadOnly() const { return m_readOnly; }
    // The part the person plays in the plan: on a server, their login's role
    // and owner name (ServerSecurity::self); a file's user is its coordinator.
    const ServerSecurity::Person &person() const { return m_person; }
    // The backup written before an upgrade on open; empty when none was needed.
    QString migrationBackup() const { return m_backup; }

    // Who edits are recorded as: in the audit log, and by the app on the
    // values, notes and assessments it writes. By default the login name
    // (see loginName()). A source is asked at each edit, so the app can ask
    // the person at their first one. An edit with no one to record is
    // refused: every change in a plan says who made it.
    void setActor(const QString &who);
    void setActorSource(std::function<QString()> source) { m_actor = std::move(source); }
    QString actor() const { return m_actor(); }
    // When edits are recorded as; times are kept to the second.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The name the system gives the person running Cairn ($USER, or
    // $USERNAME on Windows); empty when it gives none.
    static QString loginName();

    // The whole plan, read in one transaction (one state of the file). Its
    // revision becomes the one every later edit expects to find.
    Plan load() const;

    // Changes whenever another connection (another window, cairn-cli)
    // commits to the file; unchanged by this repository's own writes.
    qint64 dataVersion() const;
    // The plan's revision as last read or written here: one more with each
    // change committed by anyone (on a server, what dataVersion() follows).
    qint64 revision() const { return m_revisions.last; }

    // What this repository has read of the plan and written since, for the
    // check every edit makes: only another writer's change to what an edit
    // changes refuses it.
    struct Revisions {
        qint64 read = 0;      // the plan's revision when last loaded
        qint64 last = 0;      // the revision of its last load or write
        std::set<qint64> own; // the revisions it wrote since loading
        qint64 writes = 0;    // how many writes it made in all

        void loaded(qint64 revision)
        {
            read = last = revision;
            own.clear();
        }
    };

    // On a server, what tells of others' commits and of the connection's
    // loss and return (PlanChanges); nullptr for a file, which is looked at
    // with dataVersion() instead. Throws StorageError.
    std::unique_ptr<PlanChanges> watchChanges() const;

    // Edits. `before` is the item as currently stored, `after` as it should
    // be; only what differs is written, and each difference is audited.
    // Each throws StorageError::Kind::Conflict, writing nothing, when another
    // writer, since this repository last loaded the plan, changed an item
    // this edit changes (the plan's own fields and its reviews count as one
    // item) or the plan's shape (an item added, removed, moved or given a
    // new code), or when this edit changes the shape and anyone wrote since.
    // Two people entering values of different measures never refuse each other.
    // Nested items (a goal's objectives, a measure's children) have their own
    // calls.
    void updatePlan(const Plan &before, const Plan &after);
    void updateGoal(const Goal &before, const Goal &after);
    void updateObjective(const Objective &before, const Objective &after);
    void updateAction(const Action &before, const Action &after);
    void updateMeasure(const Measure &before, const Measure &after);
    // Several measures in one transaction: all are written or none.
    // `origin` (a file name) is recorded with the audit entries.
    void updateMeasures(const std::vector<std::pair<Measure, Measure>> &changes, const QString &origin = {});

    // Inserts an item with everything nested in it at `position` among its
    // siblings and stores the new row ids into it. Items that already have a
    // row id (a deleted item being restored) keep it.
    void insertGoal(Goal &goal, int position);
    void insertObjective(qint64 goalId, Objective &objective, int position);
    void insertAction(qint64 objectiveId, Action &action, int position);
    // A measure belongs to exactly one of a goal, an objective or a parent measure.
    struct MeasureParent {
        ItemKind kind;
        qint64 id;
    };
    void insertMeasure(MeasureParent parent, Measure &measure, int position);

    // Removes an item and everything under it.
    void removeItem(ItemKind kind, qint64 id);
    // Sets the order of siblings: `ids` in their new order.
    void reorder(ItemKind kind, const std::vector<qint64> &ids);

    void insertReview(Review &review);
    void removeReview(qint64 id);
    // Replaces a review's notes and recommendations (its snapshot stays as
    // frozen), with an audit entry for each recommendation step and note
    // added. Gives the recommendations their row ids.
    void updateReviewRecords(const Review &before, Review &after);

    // The audit log of one item (by the code it had when changed), newest
    // first: who changed which field when, from what to what.
    std::vector<AuditEntry> history(const QString &code) const;

private:
    Repository(const QString &path, const QString &name, QSqlDatabase db, bool readOnly);
    static std::unique_ptr<Repository> openOnServer(const QString &url, Access access);
    void requireWritable() const;
    // The actor, or StorageError when there is none.
    QString author() const;
    QDateTime now() const;

    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    // Why the plan is read-only when the server, not the person, chose it.
    QString m_readOnlyWhy;
    QString m_backup;
    std::function<QString()> m_actor;
    Clock m_clock;
    std::unique_ptr<FileUsers> m_users; // a file's only
    ServerSecurity::Person m_person;
    // What was read and written through this repository (a server's data
    // version leaves its own writes out).
    mutable Revisions m_revisions;
};

} // namespace cairn
