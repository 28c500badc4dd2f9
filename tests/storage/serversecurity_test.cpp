#include "planfixtures.h"
#include "testserver.h"

#include "storage/planlocation.h"
#include "storage/planserver.h"
#include "storage/repository.h"
#include "storage/serversecurity.h"
#include "storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace cairn;
using namespace cairn::test;

namespace {

// The full plan's owners: 1.1-M1 is the assessment office's own; 1.1-M2 and
// the children 1.1-M1a/b have none and take their objective's (Director of
// Curriculum); P1-M1 takes its goal's (Chief Academic Officer); action 1.1A
// is the principal's, 1.1B takes the objective's.
struct People {
    QString coordinator, assessment, curriculum, viewer;
};

// A plan pushed to a fresh database, with a coordinator, two owners and a
// viewer given their roles as server user add does.
class SecuredPlan
{
public:
    SecuredPlan()
    {
        m_plan = fullPlan();
        // A value of someone else's for the owners to try to change.
        m_plan.goals[0].measures[0].actuals[SchoolYear(2024)] = Actual::of(50);
        PlanServer::push(PlanLocation::parse(m_server.url()), m_plan, false);
        m_people = {m_server.login(QStringLiteral("coord")), m_server.login(QStringLiteral("assess")),
                    m_server.login(QStringLiteral("curric")), m_server.login(QStringLiteral("view"))};
        QSqlDatabase db = PlanServer::connect(PlanLocation::parse(m_server.url()));
        using Role = ServerSecurity::Role;
        ServerSecurity::addPerson(db, {m_people.coordinator, Role::Coordinator, QStringLiteral("Superintendent")}, {});
        ServerSecurity::addPerson(db, {m_people.assessment, Role::Owner, QStringLiteral("Assessment office")}, {});
        ServerSecurity::addPerson(db, {m_people.curriculum, Role::Owner, QStringLiteral("Director of Curriculum")}, {});
        ServerSecurity::addPerson(db, {m_people.viewer, Role::Viewer, {}}, {});
        PlanFile::disconnect(db);
    }

    const People &people() const { return m_people; }
    const Plan &plan() const { return m_plan; }
    QString url(const QString &login) const { return m_server.url(m_plan.uuid, login); }
    ServerDatabase &server() { return m_server; }

private:
    ServerDatabase m_server;
    Plan m_plan;
    People m_people;
};

// A plain connection as `login`, Cairn left out: QPSQL and SQL alone.
class Direct
{
public:
    Direct(const SecuredPlan &secured, const QString &login)
        : Direct(secured, login, secured.plan().uuid)
    {
    }
    Direct(const SecuredPlan &secured, const QString &login, const QString &planId)
        : m_name(QUuid::createUuid().toString())
    {
        const QUrl url(secured.url(login));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(login);
        db.setDatabaseName(url.path().mid(1));
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("SET search_path TO %1").arg(PlanServer::schemaOf(planId)));
    }
    ~Direct() { QSqlDatabase::removeDatabase(m_name); }
    Direct(const Direct &) = delete;
    Direct &operator=(const Direct &) = delete;

    // Runs `sql` in a transaction rolled back afterwards, so that cases do
    // not depend on each other; the SQLSTATE it failed with, or "" if none.
    QString attempt(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name);
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        QSqlQuery query(db);
        const bool ok = query.exec(sql);
        const QString state = ok ? QString() : query.lastError().nativeErrorCode();
        if (!ok)
            UNSCOPED_INFO(query.lastError().databaseText().toStdString());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return state;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0);
    }

private:
    QString m_name;
};

QString measureId(const char *code)
{
    return QStringLiteral("(SELECT id FROM measures WHERE code = '%1')").arg(QString::fromLatin1(code));
}

QString actionId(const char *code)
{
    return QStringLiteral("(SELECT id FROM actions WHERE code = '%1')").arg(QString::fromLatin1(code));
}

} // namespace

TEST_CASE("the server holds each role to its rules whatever the client", "[server][security]")
{
    if (testServerUrl().isEmpty())
        return;
    SecuredPlan secured;
    const People &people = secured.people();
    enum Who { Coordinator, Assessment, Curriculum, Viewer };
    struct Row {
        Who who;
        QString what;
        QString sql;
        bool allowed;
    };
    const QString insertActual = QStringLiteral("INSERT INTO actuals (measure_id, year, value) VALUES (%1, 2031, 5)");
    const std::vector<Row> rows = {
        {Viewer, QStringLiteral("viewer reads"), QStringLiteral("SELECT count(*) FROM actuals"), true},
        {Viewer, QStringLiteral("viewer updates a value"), QStringLiteral("UPDATE actuals SET value = 1"), false},
        {Viewer, QStringLiteral("viewer inserts a value"), insertActual.arg(measureId("1.1-M1")), false},
        {Viewer, QStringLiteral("viewer deletes a value"), QStringLiteral("DELETE FROM actuals"), false},
        {Viewer, QStringLiteral("viewer changes an action's status"),
         QStringLiteral("UPDATE actions SET status = 'completed'"), false},
        {Assessment, QStringLiteral("owner updates their measure's value"),
         QStringLiteral("UPDATE actuals SET value = 1, note = 'n', source = 's', preliminary = 1 WHERE measure_id = %1")
             .arg(measureId("1.1-M1")),
         true},
        {Assessment, QStringLiteral("owner enters a new value for their measure"), insertActual.arg(measureId("1.1-M1")), true},
        {Assessment, QStringLiteral("owner clears their measure's value"),
         QStringLiteral("DELETE FROM actuals WHERE measure_id = %1").arg(measureId("1.1-M1")), true},
        {Assessment, QStringLiteral("owner enters another's value"), insertActual.arg(measureId("1.1-M2")), false},
        {Assessment, QStringLiteral("owner changes another's values"),
         QStringLiteral("UPDATE actuals SET value = 1 WHERE measure_id = %1").arg(measureId("P1-M1")), false},
        {Assessment, QStringLiteral("owner moves a value onto another's measure"),
         QStringLiteral("UPDATE actuals SET measure_id = %1").arg(measureId("1.1-M2")), false},
        {Assessment, QStringLiteral("owner clears another's value"),
         QStringLiteral("DELETE FROM actuals WHERE measure_id = %1").arg(measureId("P1-M1")), false},
        {Assessment, QStringLiteral("owner changes their measure's target"),
         QStringLiteral("UPDATE targets SET value = 1 WHERE measure_id = %1").arg(measureId("1.1-M1")), false},
        {Assessment, QStringLiteral("owner renames their measure"),
         QStringLiteral("UPDATE measures SET name = 'x' WHERE code = '1.1-M1'"), false},
        {Assessment, QStringLiteral("owner changes their measure's owner"),
         QStringLiteral("UPDATE measures SET owner = 'x' WHERE code = '1.1-M2'"), false},
        {Assessment, QStringLiteral("owner deletes their measure"), QStringLiteral("DELETE FROM measures WHERE code = '1.1-M1'"),
         false},
        {Assessment, QStringLiteral("owner changes the plan's title"), QStringLiteral("UPDATE plan SET title = 'x'"), false},
        {Assessment, QStringLiteral("owner changes another's action"),
         QStringLiteral("UPDATE actions SET status = 'completed' WHERE code = '1.1B'"), false},
        {Assessment, QStringLiteral("owner deletes another action's notes"),
         QStringLiteral("DELETE FROM action_notes WHERE action_id = %1").arg(actionId("1.1A")), false},
        {Curriculum, QStringLiteral("owner updates an inherited measure's value"), insertActual.arg(measureId("1.1-M2")), true},
        {Curriculum, QStringLiteral("owner updates an inherited child measure's value"), insertActual.arg(measureId("1.1-M1a")),
         true},
        {Curriculum, QStringLiteral("owner enters the goal owner's value"), insertActual.arg(measureId("P1-M1")), false},
        {Curriculum, QStringLiteral("owner sets their action's status and percent"),
         QStringLiteral("UPDATE actions SET status = 'completed', percent_complete = 100 WHERE code = '1.1B'"), true},
        {Curriculum, QStringLiteral("owner adds a progress note to their action"),
         QStringLiteral("INSERT INTO action_notes (action_id, position, body) VALUES (%1, 99, 'on track')").arg(actionId("1.1B")),
         true},
        {Curriculum, QStringLiteral("owner rewrites their action's description"),
         QStringLiteral("UPDATE actions SET description = 'x' WHERE code = '1.1B'"), false},
        {Curriculum, QStringLiteral("owner changes the principal's action"),
         QStringLiteral("UPDATE actions SET status = 'completed' WHERE code = '1.1A'"), false},
        {Curriculum, QStringLiteral("owner deletes their action"), QStringLiteral("DELETE FROM actions WHERE code = '1.1B'"),
         false},
        {Curriculum, QStringLiteral("owner bumps the plan's revision"), QStringLiteral("UPDATE plan SET revision = revision + 1"),
         true},
        {Coordinator, QStringLiteral("coordinator changes a target"), QStringLiteral("UPDATE targets SET value = 1"), true},
        {Coordinator, QStringLiteral("coordinator enters anyone's value"), insertActual.arg(measureId("P1-M1")),
         true},
        {Coordinator, QStringLiteral("coordinator deletes a measure"), QStringLiteral("DELETE FROM measures WHERE code = '1.1-M2'"),
         true},
        {Coordinator, QStringLiteral("coordinator renames the plan"), QStringLiteral("UPDATE plan SET title = 'x'"), true},
    };
    const QString logins[] = {people.coordinator, people.assessment, people.curriculum, people.viewer};
    for (const Row &row : rows) {
        INFO(row.what.toStdString());
        Direct direct(secured, logins[row.who]);
        const QString state = direct.attempt(row.sql);
        if (row.allowed)
            CHECK(state.isEmpty());
        else
            CHECK(state == QStringLiteral("42501"));
    }
}

TEST_CASE("the server writes the audit entry's author, not the client", "[server][security]")
{
    if (testServerUrl().isEmpty())
        return;
    SecuredPlan secured;
    Direct direct(secured, secured.people().assessment);
    CHECK(direct.attempt(QStringLiteral("INSERT INTO audit (who, field) VALUES ('Superintendent', 'forged')")).isEmpty());
    CHECK(direct.scalar(QStringLiteral("WITH entry AS (INSERT INTO audit (who, field) VALUES ('Superintendent', 'forged') "
                                       "RETURNING who) SELECT who FROM entry"))
              .toString()
          == QStringLiteral("Assessment office (%1)").arg(secured.people().assessment));
    // A pushed plan's history keeps its authors.
    Direct coordinator(secured, secured.people().coordinator);
    REQUIRE_FALSE(secured.plan().audit.empty());
    CHECK(coordinator.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE who = '%1'").arg(secured.plan().audit.front().who))
              .toInt()
          >= 1);
}

TEST_CASE("Cairn tells a refused write in plain words and opens a viewer's plan read-only", "[server][security]")
{
    if (testServerUrl().isEmpty())
        return;
    SecuredPlan secured;
    const auto owner = Repository::open(secured.url(secured.people().curriculum));
    CHECK_FALSE(owner->isReadOnly());
    const Plan plan = owner->load();

    // Their own (inherited) measure's value is saved, with the server's author.
    Measure before = measureOf(plan, QStringLiteral("1.1-M2"));
    Measure after = before;
    after.actuals[SchoolYear(2030)] = Actual::of(42);
    owner->updateMeasure(before, after);
    const Plan saved = owner->load();
    CHECK(measureOf(saved, QStringLiteral("1.1-M2")).actuals.at(SchoolYear(2030)).value == 42);
    CHECK(saved.audit.back().who == QStringLiteral("Director of Curriculum (%1)").arg(secured.people().curriculum));

    // Another's measure: refused, naming its owner; nothing changed.
    before = measureOf(saved, QStringLiteral("P1-M1"));
    after = before;
    after.actuals[SchoolYear(2030)] = Actual::of(7);
    const StorageError others = refusal([&] { owner->updateMeasure(before, after); });
    CHECK(others.kind() == StorageError::Kind::NotWritable);
    CHECK(others.message()
          == QStringLiteral("You can enter values for the measures you own; P1-M1 belongs to Chief Academic Officer. "
                            "Nothing was changed."));
    CHECK(measureOf(owner->load(), QStringLiteral("P1-M1")).actuals.count(SchoolYear(2030)) == 0);

    // Their own measure's target: refused without SQL in the words.
    before = measureOf(owner->load(), QStringLiteral("1.1-M2"));
    after = before;
    after.targets[SchoolYear(2030)] = 99;
    const StorageError target = refusal([&] { owner->updateMeasure(before, after); });
    CHECK(target.kind() == StorageError::Kind::NotWritable);
    CHECK(target.message().contains(QStringLiteral("an owner enters the values")));
    CHECK_FALSE(target.message().contains(QStringLiteral("permission denied")));

    const auto viewer = Repository::open(secured.url(secured.people().viewer));
    CHECK(viewer->isReadOnly());
    const Plan seen = viewer->load();
    before = measureOf(seen, QStringLiteral("1.1-M2"));
    after = before;
    after.actuals[SchoolYear(2030)] = Actual::of(1);
    const StorageError read = refusal([&] { viewer->updateMeasure(before, after); });
    CHECK(read.kind() == StorageError::Kind::ReadOnly);
    CHECK(read.message().contains(QStringLiteral("may read")));
}

TEST_CASE("only a coordinator or the database's owner adds people", "[server][security]")
{
    if (testServerUrl().isEmpty())
        return;
    SecuredPlan secured;
    QSqlDatabase db = PlanServer::connect(PlanLocation::parse(secured.url(secured.people().assessment)));
    const StorageError error = refusal([&] {
        ServerSecurity::addPerson(db, {secured.server().login(QStringLiteral("new")), ServerSecurity::Role::Owner, {}}, {});
    });
    PlanFile::disconnect(db);
    CAPTURE(error.message());
    CHECK(error.kind() == StorageError::Kind::NotWritable);
    CHECK(error.message().contains(QStringLiteral("Only the plan's coordinator")));

    QSqlDatabase admin = PlanServer::connect(PlanLocation::parse(secured.server().url()));
    const auto people = ServerSecurity::people(admin);
    CHECK(people.size() == 4);
    CHECK(ServerSecurity::removePerson(admin, secured.people().viewer));
    CHECK_FALSE(ServerSecurity::removePerson(admin, secured.people().viewer));
    CHECK(ServerSecurity::people(admin).size() == 3);
    PlanFile::disconnect(admin);
    // Without its role the login reads nothing, and is told why.
    Direct direct(secured, secured.people().viewer);
    CHECK_FALSE(direct.attempt(QStringLiteral("SELECT count(*) FROM actuals")).isEmpty());
    const StorageError unread = refusal([&] { Repository::open(secured.url(secured.people().viewer)); });
    CHECK(unread.message().contains(QStringLiteral("has no role in the plans")));
    CHECK(unread.message().contains(QStringLiteral("cairn-cli server user add")));
}

TEST_CASE("the rules hold on a plan pushed after the people were added, and server init again keeps them", "[server][security]")
{
    if (testServerUrl().isEmpty())
        return;
    SecuredPlan secured;
    Plan second = fullPlan();
    second.uuid = QStringLiteral("5d1f0a3e-2b7c-4e8a-9f61-0c2d3e4f5a6b");
    second.title = QStringLiteral("Second plan");
    PlanServer::push(PlanLocation::parse(secured.server().url()), second, false);
    QSqlDatabase admin = PlanServer::connect(PlanLocation::parse(secured.server().url()));
    PlanServer::init(admin);
    PlanFile::disconnect(admin);

    for (const QString &plan : {secured.plan().uuid, second.uuid}) {
        CAPTURE(plan);
        Direct owner(secured, secured.people().assessment, plan);
        CHECK(owner.attempt(QStringLiteral("INSERT INTO actuals (measure_id, year, value) VALUES (%1, 2031, 5)")
                                .arg(measureId("1.1-M1")))
                  .isEmpty());
        CHECK(owner.attempt(QStringLiteral("UPDATE targets SET value = 1")) == QStringLiteral("42501"));
        Direct viewer(secured, secured.people().viewer, plan);
        CHECK(viewer.attempt(QStringLiteral("SELECT count(*) FROM measures")).isEmpty());
        CHECK(viewer.attempt(QStringLiteral("UPDATE plan SET revision = 0")) == QStringLiteral("42501"));
    }
}

TEST_CASE("through Cairn an owner updates their actions' progress and no one else's", "[server][security]")
{
    if (testServerUrl().isEmpty())
        return;
    SecuredPlan secured;
    const auto owner = Repository::open(secured.url(secured.people().curriculum));
    const Plan plan = owner->load();
    const Objective objective = objectiveOf(plan, QStringLiteral("1.1"));
    auto action = [&](const Plan &from, const char *code) {
        for (const Action &each : objectiveOf(from, QStringLiteral("1.1")).actions)
            if (each.code == QLatin1String(code))
                return each;
        FAIL("no action " << code);
        return Action{};
    };
    REQUIRE_FALSE(objective.actions.empty());

    // 1.1B has no owner of its own: the objective's, the Director of Curriculum.
    Action before = action(plan, "1.1B");
    Action after = before;
    after.status = ActionStatus::InProgress;
    after.percentComplete = 40;
    after.notes.push_back(ProgressNote{QDate(2025, 3, 1), QStringLiteral("Training scheduled"), QStringLiteral("DC")});
    owner->updateAction(before, after);
    const Action saved = action(owner->load(), "1.1B");
    CHECK(saved.percentComplete == 40);
    CHECK(saved.notes.back().text == QStringLiteral("Training scheduled"));

    // The principal's action is refused, naming its owner.
    before = action(owner->load(), "1.1A");
    after = before;
    after.percentComplete = 90;
    const StorageError others = refusal([&] { owner->updateAction(before, after); });
    CHECK(others.message()
          == QStringLiteral("You can update the progress of the actions you own; 1.1A belongs to Principal. Nothing was changed."));
    CHECK(action(owner->load(), "1.1A").percentComplete == before.percentComplete);

    // Its own action's description is not the owner's to change.
    before = action(owner->load(), "1.1B");
    after = before;
    after.description = QStringLiteral("Rewritten");
    const StorageError description = refusal([&] { owner->updateAction(before, after); });
    CHECK(description.kind() == StorageError::Kind::NotWritable);
    CHECK(action(owner->load(), "1.1B").description == before.description);
}

TEST_CASE("an owner's value waits for the coordinator's approval whatever the client sends", "[server][security][approval]")
{
    if (testServerUrl().isEmpty())
        return;
    SecuredPlan secured;
    const People &people = secured.people();
    Direct owner(secured, people.assessment);
    // Entered as final, as returned and as someone else: stored preliminary, theirs.
    const QString entered = QStringLiteral(
        "WITH entry AS (INSERT INTO actuals (measure_id, year, value, preliminary, returned, who) "
        "VALUES (%1, 2031, 5, 0, 'forged', 'Superintendent') RETURNING preliminary, returned, who) "
        "SELECT preliminary || '|' || returned || '|' || who FROM entry")
                                .arg(measureId("1.1-M1"));
    CHECK(owner.scalar(entered).toString() == QStringLiteral("1||Assessment office (%1)").arg(people.assessment));
    // Nor can an owner make their own value final afterwards.
    CHECK(owner.scalar(QStringLiteral("WITH changed AS (UPDATE actuals SET preliminary = 0 WHERE measure_id = %1 "
                                      "RETURNING preliminary) SELECT min(preliminary) FROM changed")
                           .arg(measureId("1.1-M1")))
              .toInt()
          == 1);
    CHECK(owner.attempt(QStringLiteral("UPDATE actuals SET returned = '' WHERE measure_id = %1").arg(measureId("1.1-M1")))
          == QStringLiteral("42501"));

    // The coordinator approves (final) and returns (a note), and who entered it stays.
    Direct coordinator(secured, people.coordinator);
    CHECK(coordinator.scalar(QStringLiteral("WITH changed AS (UPDATE actuals SET preliminary = 0 WHERE measure_id = %1 "
                                            "RETURNING preliminary, who) SELECT min(preliminary || '|' || who) "
                                            "FROM changed")
                                 .arg(measureId("1.1-M1")))
              .toString()
          == QStringLiteral("0|Assessment office (%1)").arg(people.assessment));
}

TEST_CASE("Cairn knows the part each login plays in a shared plan", "[server][security][approval]")
{
    if (testServerUrl().isEmpty())
        return;
    SecuredPlan secured;
    const People &people = secured.people();
    using Role = ServerSecurity::Role;
    struct Row {
        QString login;
        Role role;
        QString ownerName;
    };
    const std::vector<Row> rows = {
        {people.coordinator, Role::Coordinator, QStringLiteral("Superintendent")},
        {people.assessment, Role::Owner, QStringLiteral("Assessment office")},
        {people.curriculum, Role::Owner, QStringLiteral("Director of Curriculum")},
        {people.viewer, Role::Viewer, QString()},
    };
    for (const Row &row : rows) {
        INFO(row.login.toStdString());
        const auto repository = Repository::open(secured.url(row.login));
        CHECK(repository->person().login == row.login);
        CHECK(repository->person().role == row.role);
        CHECK(repository->person().ownerName == row.ownerName);
    }
    // The database's owner (who pushed the plan) is not listed, and coordinates.
    CHECK(Repository::open(secured.server().url(secured.plan().uuid))->person().role == Role::Coordinator);
}
