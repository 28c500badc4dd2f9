#include "serverload.h"

#include "plangenerator.h"
#include "writetally.h"

#include "storage/planfile.h"
#include "storage/planlocation.h"
#include "storage/planserver.h"
#include "storage/repository.h"
#include "storage/serversecurity.h"
#include "storage/storageerror.h"

#include "storage/planchanges.h"

#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace cairn::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int MeasuresPerOwner = 5;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

QString ownerName(int owner)
{
    return QStringLiteral("Owner %1").arg(owner, 2, 10, QLatin1Char('0'));
}

// Logins are the server's, not the database's: named after the database,
// so that two benchmarks (or tests) on one server do not share them.
QString loginOf(const QString &database, int owner)
{
    return QStringLiteral("%1_owner_%2").arg(database).arg(owner, 2, 10, QLatin1Char('0'));
}

// The plan's URL as `login` connects to it.
QString urlAs(const QString &planUrl, const QString &login)
{
    QUrl url(planUrl);
    url.setUserName(login);
    return url.toString();
}

Measure *measureCoded(Plan &plan, const QString &code)
{
    for (Goal &goal : plan.goals)
        for (Objective &objective : goal.objectives)
            for (Measure &measure : objective.measures)
                if (measure.code == code)
                    return &measure;
    return nullptr;
}

// owners × 5 measures, each measure owned by one owner in turn.
Plan loadPlan(int owners)
{
    PlanSize size;
    size.goals = std::max(1, owners / 5);
    size.objectivesPerGoal = 5;
    size.measuresPerObjective = MeasuresPerOwner;
    size.actionsPerObjective = 2;
    Plan plan = generatePlan(size);
    plan.title = QStringLiteral("cairn-bench server: %1 owners").arg(owners);
    int next = 0;
    for (Goal &goal : plan.goals)
        for (Objective &objective : goal.objectives)
            for (Measure &measure : objective.measures)
                measure.owner = ownerName(next++ % owners + 1);
    return plan;
}

// One owner's run, on its own connections, in its own thread.
struct Owner {
    int number = 0;
    QString login;
    QString url;
    LoadResult result;
    WriteTally tally;
    std::vector<std::pair<qint64, Clock::time_point>> commits; // revision, when its write returned
};

void editUntil(Owner &owner, const LoadOptions &options, std::atomic<int> &ready, const std::atomic<bool> &go,
               const std::atomic<Clock::time_point> &until)
{
    const QString author = QStringLiteral("%1 (%2)").arg(ownerName(owner.number), owner.login);
    std::unique_ptr<Repository> repository;
    std::unique_ptr<Repository> stale;
    Plan plan;
    Plan stalePlan;
    QStringList mine;
    try {
        repository = Repository::open(owner.url);
        stale = Repository::open(owner.url);
        plan = repository->load();
        stalePlan = stale->load(); // read once and never again
        // The server stamps the audit author from the login; the client
        // still needs a name to send.
        repository->setActor(owner.login);
        stale->setActor(owner.login);
        for (const Goal &goal : plan.goals)
            for (const Objective &objective : goal.objectives)
                for (const Measure &measure : objective.measures)
                    if (measure.owner == ownerName(owner.number))
                        mine.append(measure.code);
    } catch (const StorageError &error) {
        ++owner.result.errors;
        owner.result.firstError = error.message();
    }
    ++ready;
    while (!go)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (mine.isEmpty())
        return;
    const SchoolYear year = plan.reportYear;
    for (int edit = 1; Clock::now() < until.load(); ++edit) {
        const QString code = mine[edit % mine.size()];
        const double value = owner.number * 1000000.0 + edit;
        const Clock::time_point entered = Clock::now();
        bool done = false;
        while (!done && Clock::now() < until.load()) {
            Measure before = *measureCoded(plan, code);
            Measure after = before;
            after.actuals[year] = Actual::of(value);
            const Clock::time_point start = Clock::now();
            try {
                repository->updateMeasure(before, after);
                owner.result.writeMs.push_back(msSince(start));
                owner.result.enteredMs.push_back(msSince(entered));
                owner.commits.emplace_back(repository->revision(), Clock::now());
                owner.tally.accepted({ code, year, value, author, repository->revision() });
                *measureCoded(plan, code) = after;
                ++owner.result.accepted;
                done = true;
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::Conflict) {
                    // Not the load's doing (a refused login, a lost server): this owner stops.
                    if (owner.result.errors++ == 0)
                        owner.result.firstError = error.message();
                    return;
                }
                ++owner.result.conflicts;
                plan = repository->load(); // as the app does: read the plan as it is now, then try again
            }
        }
        if (options.staleEvery > 0 && edit % options.staleEvery == 0 && Clock::now() < until.load()) {
            // Known stale: the plan moved past the revision that copy read.
            if (stale->dataVersion() > stale->revision()) {
                Measure before = *measureCoded(stalePlan, code);
                Measure after = before;
                const double staleValue = -value;
                after.actuals[year] = Actual::of(staleValue);
                ++owner.result.staleTried;
                try {
                    stale->updateMeasure(before, after);
                    ++owner.result.staleAccepted;
                    owner.tally.accepted({ code, year, staleValue, author, stale->revision() });
                } catch (const StorageError &error) {
                    if (error.kind() == StorageError::Kind::Conflict)
                        ++owner.result.staleRefused;
                    else if (owner.result.errors++ == 0)
                        owner.result.firstError = error.message();
                }
            }
        }
        if (options.thinkMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(options.thinkMs));
    }
}

// The same, its failures counted rather than thrown out of its thread.
void runOwner(Owner &owner, const LoadOptions &options, std::atomic<int> &ready, const std::atomic<bool> &go,
              const std::atomic<Clock::time_point> &until)
{
    try {
        editUntil(owner, options, ready, go, until);
    } catch (const StorageError &error) {
        if (owner.result.errors++ == 0)
            owner.result.firstError = error.message();
    }
}

} // namespace

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t at = std::min(values.size() - 1, std::size_t(fraction * double(values.size())));
    return values[at];
}

// Waits, as a window on the plan does, for the server to announce a commit
// (LISTEN/NOTIFY, PlanChanges), then reads the version it is at.
qint64 nextVersion(const Repository &watched, PlanChanges &changes, qint64 seen, Clock::time_point until)
{
    const qint64 version = watched.dataVersion();
    if (version != seen)
        return version; // announced while the last one was being read
    QEventLoop wait;
    QObject::connect(&changes, &PlanChanges::changed, &wait, &QEventLoop::quit);
    QTimer::singleShot(std::max<qint64>(0, std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count()),
                       &wait, &QEventLoop::quit);
    wait.exec();
    return watched.dataVersion();
}

void onServer(const PlanLocation &server, const std::function<void(const QSqlDatabase &)> &work)
{
    QSqlDatabase db = PlanServer::connect(server);
    try {
        work(db);
    } catch (...) {
        PlanFile::disconnect(db);
        throw;
    }
    PlanFile::disconnect(db);
}

LoadResult runLoad(const LoadOptions &options)
{
    const PlanLocation server = PlanLocation::parse(options.url);
    onServer(server, [&](const QSqlDatabase &db) {
        PlanServer::init(db);
        for (int owner = 1; owner <= options.owners; ++owner)
            ServerSecurity::addPerson(db, { loginOf(server.database(), owner), ServerSecurity::Role::Owner, ownerName(owner) },
                                      std::nullopt);
    });
    const Plan plan = loadPlan(options.owners);
    const QString planUrl = server.withPlan(PlanServer::push(server, plan, true).id).toString();

    std::vector<Owner> owners(std::size_t(options.owners));
    for (int i = 0; i < options.owners; ++i) {
        Owner &owner = owners[std::size_t(i)];
        owner.number = i + 1;
        owner.login = loginOf(server.database(), i + 1);
        owner.url = urlAs(planUrl, owner.login);
    }
    std::atomic<int> ready { 0 };
    std::atomic<bool> go { false };
    // Set when all are ready; brought forward when the watcher fails.
    std::atomic<Clock::time_point> until { Clock::time_point::max() };
    std::vector<std::thread> threads;
    for (Owner &owner : owners)
        threads.emplace_back([&, one = &owner] { runOwner(*one, options, ready, go, until); });

    // The watcher: another client, told of each change by nextVersion().
    std::unique_ptr<Repository> watched;
    std::unique_ptr<PlanChanges> changes;
    std::vector<std::pair<qint64, Clock::time_point>> seen;
    try {
        watched = Repository::open(planUrl, Repository::Access::ReadOnly);
        changes = watched->watchChanges();
        while (ready < options.owners)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        qint64 version = watched->dataVersion();
        until = Clock::now() + std::chrono::seconds(options.seconds);
        go = true;
        // A little past the end: the last writes must be seen too.
        const Clock::time_point watchUntil = until.load() + std::chrono::seconds(2);
        while (Clock::now() < watchUntil) {
            const qint64 next = nextVersion(*watched, *changes, version, watchUntil);
            if (next != version)
                seen.emplace_back(next, Clock::now());
            version = next;
        }
    } catch (...) {
        // The owners end at once, and are waited for before this throws.
        while (ready < options.owners)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        until = Clock::now();
        go = true;
        for (std::thread &thread : threads)
            thread.join();
        throw;
    }
    for (std::thread &thread : threads)
        thread.join();

    LoadResult result;
    result.owners = options.owners;
    result.measures = options.owners * MeasuresPerOwner;
    result.seconds = options.seconds;
    WriteTally tally;
    for (Owner &owner : owners) {
        const LoadResult &part = owner.result;
        result.accepted += part.accepted;
        result.conflicts += part.conflicts;
        if (result.errors == 0 && part.errors != 0)
            result.firstError = part.firstError;
        result.errors += part.errors;
        result.staleTried += part.staleTried;
        result.staleRefused += part.staleRefused;
        result.staleAccepted += part.staleAccepted;
        result.writeMs.insert(result.writeMs.end(), part.writeMs.begin(), part.writeMs.end());
        result.enteredMs.insert(result.enteredMs.end(), part.enteredMs.begin(), part.enteredMs.end());
        tally.add(owner.tally);
        for (const auto &[revision, when] : owner.commits) {
            const auto first = std::find_if(seen.begin(), seen.end(), [&](const auto &view) { return view.first >= revision; });
            if (first != seen.end())
                result.visibleMs.push_back(
                    std::max(0.0, std::chrono::duration<double, std::milli>(first->second - when).count()));
        }
    }
    const Plan stored = watched->load();
    result.lost = tally.lostUpdates(stored, [&](const QString &code) { return watched->history(code); });
    watched.reset();
    return result;
}

} // namespace cairn::bench
