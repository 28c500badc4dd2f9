// A plan on a server announces every commit to it (LISTEN/NOTIFY), and a
// lost connection is noticed, tried again and restored by itself.
#include "planfixtures.h"
#include "testserver.h"

#include "storage/planchanges.h"
#include "storage/planserver.h"
#include "storage/repository.h"

#include <QSqlDriver>
#include <QSqlQuery>

using namespace cairn;
using namespace cairn::test;

namespace {

// A value entered by another writer (another window, cairn-cli).
void enterValue(const QString &url, double value)
{
    const auto other = Repository::open(url);
    const Plan plan = other->load();
    const Measure &before = plan.goals[0].objectives[0].measures[0];
    Measure after = before;
    after.actuals[plan.reportYear] = Actual::of(value, {}, QStringLiteral("Ana"));
    other->updateMeasure(before, after);
}

} // namespace

TEST_CASE("every commit to a plan on a server is announced on cairn_changes with the plan's schema, whoever makes it",
          "[server][live]")
{
    if (testServerUrl().isEmpty())
        return; // said by testServerUrl(); a failure under scripts/test
    ServerDatabase server;
    const Plan plan = fullPlan();
    const auto repository = Repository::create(server.url(), plan);
    const std::unique_ptr<PlanChanges> changes = repository->watchChanges();
    REQUIRE(changes);
    CHECK(changes->announces());
    int told = 0;
    QObject::connect(changes.get(), &PlanChanges::changed, [&] { ++told; });

    // The contract as any client sees it: the channel, and the schema as payload.
    QSqlDatabase listener = PlanServer::connect(PlanLocation::parse(server.url()));
    QStringList payloads;
    QObject::connect(listener.driver(), &QSqlDriver::notification,
                     [&](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                         if (name == QLatin1String("cairn_changes"))
                             payloads.append(payload.toString());
                     });
    REQUIRE(listener.driver()->subscribeToNotification(QStringLiteral("cairn_changes")));

    // Another writer: told well within the two seconds promised.
    enterValue(repository->path(), 42);
    const qint64 took = waitFor([&] { return told == 1; });
    CHECK(told == 1);
    CHECK(took < 1000);
    waitFor([&] { return !payloads.isEmpty(); });
    CHECK(payloads == QStringList{PlanServer::schemaOf(plan.uuid)});

    // Plain SQL that bumps the revision is announced too.
    {
        QSqlDatabase direct = PlanServer::connect(PlanLocation::parse(server.url()));
        QSqlQuery(direct).exec(QStringLiteral("UPDATE \"%1\".plan SET revision = revision + 1").arg(PlanServer::schemaOf(plan.uuid)));
        PlanFile::disconnect(direct);
    }
    CHECK(waitFor([&] { return told == 2; }) < 1000);

    // This connection's own write is not news to it (but is to others).
    const Plan mine = repository->load();
    Goal renamed = mine.goals[0];
    renamed.title = QStringLiteral("Renamed here");
    repository->updateGoal(mine.goals[0], renamed);
    waitFor([&] { return payloads.size() == 3; });
    CHECK(payloads.size() == 3);
    waitFor([] { return false; }, 300);
    CHECK(told == 2);
    listener.driver()->unsubscribeFromNotification(QStringLiteral("cairn_changes"));
    PlanFile::disconnect(listener);
}

TEST_CASE("a plan pushed before plans announced their changes is made to announce them when its owner opens it", "[server][live]")
{
    if (testServerUrl().isEmpty())
        return;
    ServerDatabase server;
    const Plan plan = fullPlan();
    PlanServer::push(PlanLocation::parse(server.url()), plan, false);
    {
        QSqlDatabase direct = PlanServer::connect(PlanLocation::parse(server.url()));
        REQUIRE(QSqlQuery(direct).exec(
            QStringLiteral("DROP TRIGGER announce_change ON \"%1\".plan").arg(PlanServer::schemaOf(plan.uuid))));
        PlanFile::disconnect(direct);
    }
    // Read-only it is left as it is (and looked at every second instead).
    CHECK_FALSE(Repository::open(server.url(plan.uuid), Repository::Access::ReadOnly)->watchChanges()->announces());
    CHECK(Repository::open(server.url(plan.uuid))->watchChanges()->announces());
}

TEST_CASE("a lost connection is noticed, tried again by itself and listened on again when the server is back", "[server][live]")
{
    if (testServerUrl().isEmpty())
        return;
    ServerDatabase server;
    const auto repository = Repository::create(server.url(), fullPlan());
    const std::unique_ptr<PlanChanges> changes = repository->watchChanges();
    changes->setIntervals(200, 200);
    int lost = 0;
    int restored = 0;
    int told = 0;
    QObject::connect(changes.get(), &PlanChanges::lost, [&] { ++lost; });
    QObject::connect(changes.get(), &PlanChanges::restored, [&] { ++restored; });
    QObject::connect(changes.get(), &PlanChanges::changed, [&] { ++told; });
    CHECK(changes->isConnected());

    const QDateTime dropped = QDateTime::currentDateTimeUtc().addSecs(-1);
    server.dropConnections();
    waitFor([&] { return lost == 1; });
    REQUIRE(lost == 1);
    CHECK(changes->lostSince() >= dropped);
    // The server is there again (it never went): the next try reconnects.
    waitFor([&] { return restored == 1; });
    REQUIRE(restored == 1);
    CHECK(changes->isConnected());
    CHECK_FALSE(changes->lostSince().isValid());

    // Listening again, and the repository works on the reopened connection.
    enterValue(repository->path(), 7);
    CHECK(waitFor([&] { return told == 1; }) < 1000);
    const Plan now = repository->load();
    CHECK(now.goals[0].objectives[0].measures[0].actuals.at(now.reportYear).value == 7);
    CHECK(lost == 1);
}
