#pragma once

#include "core/plan.h"
#include "planlocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <vector>

namespace cairn {

// Plans on a PostgreSQL server, as PlanFile is for files. One database holds
// many plans: each in a schema (namespace) of its own with the same tables
// as a plan file, named "plan_" and its id, listed in the catalog table
// cairn.plans. A connection to a plan sets its search_path to that schema,
// so the repository's SQL is the same for a file and a server.
class PlanServer
{
    Q_DECLARE_TR_FUNCTIONS(cairn::PlanServer)

public:
    // A plan in the catalog.
    struct Entry {
        QString id;     // the plan's UUID
        QString title;
        QString schema; // its PostgreSQL schema
        QDateTime pushedAt;
        QString pushedBy; // the login that pushed it
    };

    // Opens a connection to the server and database `location` names.
    // Throws StorageError (Server) saying why it cannot: not reachable,
    // password or login refused, no such database.
    static QSqlDatabase connect(const PlanLocation &location);

    // Opens again a connection connect() made that was lost, set up as
    // before and on the plan in `schema`. Throws StorageError.
    static void reopen(QSqlDatabase &db, const PlanLocation &location, const QString &schema);

    // Creates the catalog (schema cairn) when it is missing; does nothing
    // to one already there. Throws StorageError.
    static void init(const QSqlDatabase &db);
    // The plans in the catalog, by title. Throws StorageError when the
    // database has no catalog (server init was never run).
    static std::vector<Entry> plans(const QSqlDatabase &db, const PlanLocation &location);
    // The same on a connection of its own, closed after: for a person
    // choosing a plan to open.
    static std::vector<Entry> plansAt(const PlanLocation &location);
    // The plan `location` names, by id or title; throws StorageError listing
    // the plans there are when it names none of them or several.
    static Entry find(const QSqlDatabase &db, const PlanLocation &location);
    // Makes the plan's schema the one every unqualified table name means.
    static void use(const QSqlDatabase &db, const Entry &entry);

    // Connects to the plan `location` names, checked as PlanFile::inspect
    // checks a file, and brought up to this Cairn's format (unless
    // `readOnly`, which refuses an older plan instead). Throws StorageError.
    struct Opened {
        QSqlDatabase db;
        Entry entry;
    };
    static Opened open(const PlanLocation &location, bool readOnly);

    // Copies `plan` onto the server in one transaction: its schema, every
    // table, reviews and audit log, and its catalog entry. Refuses a plan
    // whose id is there already unless `replace`. Returns its entry.
    static Entry push(const PlanLocation &location, const Plan &plan, bool replace);

    // The schema a plan with this id is kept in.
    static QString schemaOf(const QString &id);
};

} // namespace cairn
