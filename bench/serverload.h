#pragma once

#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>
#include <vector>

namespace cairn {
class PlanLocation;
class PlanChanges;
class Repository;
} // namespace cairn

namespace cairn::bench {

// `cairn-bench server`'s load: simulated owners, each its own login and
// connection, entering values into one plan on a server at once.
struct LoadOptions {
    QString url; // a superuser's or the database owner's, naming no plan
    int owners = 50;
    int seconds = 60;
    int thinkMs = 0; // pause between one owner's edits
    int staleEvery = 10; // every Nth edit is also tried through a copy of the plan read at the start
};

struct LoadResult {
    int owners = 0;
    int measures = 0;
    double seconds = 0;
    qint64 accepted = 0;
    // Refused because another owner committed between this owner's read
    // and write (the plan's revision moved); read again and retried.
    qint64 conflicts = 0;
    qint64 errors = 0;
    QString firstError;
    std::vector<double> writeMs; // each accepted write's call
    std::vector<double> enteredMs; // from an edit's first try until it was accepted, rereads and retries included
    qint64 staleTried = 0;
    qint64 staleRefused = 0;
    qint64 staleAccepted = 0; // wrongly: the plan had changed since that copy was read
    int lost = 0;
    std::vector<double> visibleMs; // from a write's commit until the watcher saw its revision
};

// The value at `fraction` (0.5: the median) of `values`; 0 when empty.
double percentile(std::vector<double> values, double fraction);

// Waits until the plan's data version moves past `seen` and returns it, or
// returns `seen` at `until`: told by the server's announcement on
// cairn_changes (LISTEN/NOTIFY), as a window on the plan is.
qint64 nextVersion(const Repository &watched, PlanChanges &changes, qint64 seen, std::chrono::steady_clock::time_point until);

// Runs `work` on a connection of its own to `server`, closed after, also
// when `work` throws.
void onServer(const PlanLocation &server, const std::function<void(const QSqlDatabase &)> &work);

// Pushes a plan of `options.owners` × 5 measures, adds an owner login for
// each ("Owner 01" …, logins DATABASE_owner_01 …), runs the owners and a watcher for `options.seconds`
// and checks the plan and its audit log after. Throws StorageError.
LoadResult runLoad(const LoadOptions &options);

} // namespace cairn::bench
