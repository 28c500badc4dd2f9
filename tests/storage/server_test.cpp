#include "planfixtures.h"
#include "testserver.h"

#include "storage/planlocation.h"
#include "storage/planserver.h"
#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/serverpasswords.h"
#include "storage/storageerror.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

using namespace cairn;
using namespace cairn::test;

namespace {

// A local port nothing listens on: one the kernel gives, then freed.
int closedPort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    REQUIRE(bind(fd, reinterpret_cast<sockaddr *>(&address), size) == 0);
    REQUIRE(getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0);
    close(fd);
    return ntohs(address.sin_port);
}

// An environment variable as it was, put back however the test ends.
class SavedVariable
{
public:
    explicit SavedVariable(const char *name)
        : m_name(name)
        , m_set(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    {
    }
    ~SavedVariable()
    {
        if (m_set)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }
    SavedVariable(const SavedVariable &) = delete;
    SavedVariable &operator=(const SavedVariable &) = delete;

private:
    const char *m_name;
    bool m_set;
    QByteArray m_value;
};

std::vector<PlanServer::Entry> plansOn(const ServerDatabase &server)
{
    const PlanLocation location = PlanLocation::parse(server.url());
    QSqlDatabase db = PlanServer::connect(location);
    auto plans = PlanServer::plans(db, location);
    PlanFile::disconnect(db);
    return plans;
}

} // namespace

TEST_CASE("a plan location is read from its URL", "[server]")
{
    const PlanLocation location =
        PlanLocation::parse(QStringLiteral("postgresql://ana@db.example.org:6543/district?plan=Socorro%20ISD&sslmode=require"));
    CHECK(location.user() == QStringLiteral("ana"));
    CHECK(location.host() == QStringLiteral("db.example.org"));
    CHECK(location.port() == 6543);
    CHECK(location.database() == QStringLiteral("district"));
    CHECK(location.plan() == QStringLiteral("Socorro ISD"));
    CHECK(location.connectOptions() == QStringLiteral("sslmode=require;connect_timeout=10"));
    CHECK(PlanLocation::parse(location.toString()).plan() == QStringLiteral("Socorro ISD"));
    CHECK(PlanLocation::parse(QStringLiteral("postgres://localhost/cairn")).port() == PlanLocation::DefaultPort);
    CHECK_FALSE(PlanLocation::isServer(QStringLiteral("/home/ana/postgresql/plan.cairn")));
}

TEST_CASE("a URL that names no plan location is refused with what to fix", "[server]")
{
    struct Row {
        const char *url;
        const char *says;
    };
    const Row row = GENERATE(Row{"postgresql://localhost", "names no database"},
                             Row{"postgresql:///cairn", "names no server"},
                             Row{"postgresql://ana:secret@localhost/cairn", "PGPASSWORD"},
                             Row{"postgresql://localhost/cairn?plan=", "names no plan"},
                             Row{"postgresql://localhost/cairn?plan=P&ssl=on", "\"ssl\""},
                             Row{"postgresql://localhost/cairn?sslmode=always", "sslmode=always"},
                             Row{"postgresql://localhost:99999/cairn", "not a plan location"});
    CAPTURE(row.url);
    const StorageError error = refusal([&] { PlanLocation::parse(QString::fromUtf8(row.url)); });
    CHECK(error.kind() == StorageError::Kind::Invalid);
    CHECK(error.message().contains(QString::fromUtf8(row.says)));
    CHECK(error.message().contains(QStringLiteral("postgresql://LOGIN@HOST:PORT/DATABASE?plan=PLAN")));
}

TEST_CASE("a pushed plan is found by its id or title and not pushed twice", "[server]")
{
    ServerDatabase server;
    Plan plan = fullPlan();
    const PlanServer::Entry entry = PlanServer::push(PlanLocation::parse(server.url()), plan, false);
    CHECK(entry.id == plan.uuid);
    CHECK(entry.schema == PlanServer::schemaOf(plan.uuid));

    CHECK(Repository::open(server.url(plan.title))->load().uuid == plan.uuid);
    CHECK(Repository::open(server.url(plan.uuid.toUpper()))->load().title == plan.title);

    // The same plan again is refused and leaves the copy there as it was.
    Plan changed = plan;
    changed.title = QStringLiteral("Another copy");
    const StorageError twice = refusal([&] { PlanServer::push(PlanLocation::parse(server.url()), changed, false); });
    CHECK(twice.kind() == StorageError::Kind::Exists);
    CHECK(twice.message().contains(QStringLiteral("--force")));
    REQUIRE(plansOn(server).size() == 1);
    CHECK(plansOn(server)[0].title == plan.title);

    // Replacing it is asked for by name; the catalog follows the plan's title.
    PlanServer::push(PlanLocation::parse(server.url()), changed, true);
    REQUIRE(plansOn(server).size() == 1);
    CHECK(Repository::open(server.url(plan.uuid))->load().title == QStringLiteral("Another copy"));
    const auto repository = Repository::open(server.url(plan.uuid));
    const Plan before = repository->load();
    Plan after = before;
    after.title = QStringLiteral("Renamed on the server");
    repository->updatePlan(before, after);
    CHECK(plansOn(server)[0].title == QStringLiteral("Renamed on the server"));
}

TEST_CASE("a plan with two items of one code is not pushed at all", "[server]")
{
    ServerDatabase server;
    Plan plan = fullPlan();
    plan.goals[1].code = plan.goals[0].code;
    const StorageError error = refusal([&] { PlanServer::push(PlanLocation::parse(server.url()), plan, false); });
    CHECK(error.kind() == StorageError::Kind::Invalid);
    CHECK(error.message().contains(QStringLiteral("give every item its own code")));
    CHECK(plansOn(server).empty());
}

TEST_CASE("numbers keep their full precision on a server", "[server]")
{
    ServerDatabase server;
    Plan plan = fullPlan();
    Measure &measure = plan.goals[0].objectives[0].measures[0];
    measure.targets[SchoolYear(2024)] = 1.0 / 3.0;
    measure.actuals[SchoolYear(2024)] = Actual::of(0.1 + 0.2);
    const Plan loaded = Repository::create(server.url(), plan)->load();
    const Measure &stored = loaded.goals[0].objectives[0].measures[0];
    CHECK(stored.targets.at(SchoolYear(2024)) == 1.0 / 3.0);
    CHECK(stored.actuals.at(SchoolYear(2024)).value == 0.1 + 0.2);
}

TEST_CASE("an unknown plan, a database never set up and a server down are each said plainly", "[server]")
{
    ServerDatabase server;
    Plan plan = fullPlan();
    PlanServer::push(PlanLocation::parse(server.url()), plan, false);

    const StorageError unknown = refusal([&] { Repository::open(server.url(QStringLiteral("No such plan"))); });
    CHECK(unknown.kind() == StorageError::Kind::NotFound);
    CHECK(unknown.message().contains(QStringLiteral("holds no plan \"No such plan\"")));
    CHECK(unknown.message().contains(plan.title)); // the plans there are listed

    const StorageError unnamed = refusal([&] { Repository::open(server.url()); });
    CHECK(unnamed.message().contains(QStringLiteral("?plan=")));

    const ServerDatabase never(ServerDatabase::Setup::Bare);
    const StorageError bare = refusal([&] { Repository::open(never.url(QStringLiteral("x"))); });
    CHECK(bare.kind() == StorageError::Kind::NotFound);
    CHECK(bare.message().contains(QStringLiteral("cairn-cli server init")));

    QUrl noDatabase(server.url());
    noDatabase.setPath(QStringLiteral("/no_such_database"));
    const StorageError missing = refusal([&] { Repository::open(noDatabase.toString() + QStringLiteral("?plan=x")); });
    CHECK(missing.kind() == StorageError::Kind::Server);
    CHECK(missing.message().contains(QStringLiteral("has no database \"no_such_database\"")));

    QUrl stranger(server.url());
    stranger.setUserName(QStringLiteral("no_such_login"));
    const StorageError login = refusal([&] { Repository::open(stranger.toString() + QStringLiteral("?plan=x")); });
    CHECK(login.kind() == StorageError::Kind::Server);
    CHECK(login.message().contains(QStringLiteral("has no login no_such_login")));

    QUrl down(server.url());
    down.setPort(closedPort());
    const StorageError unreachable = refusal([&] { Repository::open(down.toString() + QStringLiteral("?plan=x")); });
    CHECK(unreachable.kind() == StorageError::Kind::Server);
    CHECK(unreachable.message().contains(QStringLiteral("could not be reached")));
    CHECK(unreachable.message().contains(QStringLiteral("nothing was changed")));

    // None of it touched the plan that is there.
    CHECK(withoutIds(Repository::open(server.url(plan.uuid))->load()) == withoutIds(plan));
}

TEST_CASE("a connection lost in the middle of work is said plainly and changes nothing", "[server]")
{
    ServerDatabase server;
    const auto repository = Repository::create(server.url(), fullPlan());
    const Plan before = repository->load();
    server.dropConnections();
    Goal renamed = before.goals[0];
    renamed.title = QStringLiteral("Lost on the way");
    const StorageError lost = refusal([&] { repository->updateGoal(before.goals[0], renamed); });
    CHECK(lost.kind() == StorageError::Kind::Server);
    CHECK(lost.message().contains(QStringLiteral("was lost")));
    CHECK(lost.message().contains(QStringLiteral("Nothing was changed")));
    CHECK(Repository::open(repository->path())->load().goals[0].title == before.goals[0].title);
}

TEST_CASE("the password comes from PGPASSWORD or a password file, and a wrong or missing one is said plainly", "[server]")
{
    // scripts/pg-test-server makes this login, the one that must give a password.
    const QString login = QStringLiteral("cairn_password_test");
    const QByteArray password = "cairn-test-password";
    ServerDatabase server;
    const Plan plan = fullPlan();
    PlanServer::push(PlanLocation::parse(server.url()), plan, false);
    QUrl url(server.url(plan.uuid));
    url.setUserName(login);
    url.setHost(QStringLiteral("127.0.0.1")); // over TCP, where the password is asked for
    const QString location = url.toString();

    // Neither PGPASSWORD nor a password file of the person running the tests.
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("pgpass"));
    writeAll(passwordFile, {});
    QFile::setPermissions(passwordFile, QFile::ReadOwner | QFile::WriteOwner); // else libpq ignores it
    const SavedVariable savedPassword("PGPASSWORD");
    const SavedVariable savedFile("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", passwordFile.toLocal8Bit());

    const StorageError missing = refusal([&] { Repository::open(location); });
    CHECK(missing.kind() == StorageError::Kind::Password);
    CHECK(missing.message().contains(QStringLiteral("asks for the password of the login %1").arg(login)));
    CHECK(missing.message().contains(QStringLiteral("~/.pgpass")));

    qputenv("PGPASSWORD", "not the password");
    const StorageError wrong = refusal([&] { Repository::open(location); });
    CHECK(wrong.kind() == StorageError::Kind::Password);
    CHECK(wrong.message().contains(QStringLiteral("refused the password for the login %1").arg(login)));
    CHECK_FALSE(wrong.message().contains(QStringLiteral("not the password")));

    qputenv("PGPASSWORD", password);
    CHECK(Repository::open(location)->load().title == plan.title);

    qunsetenv("PGPASSWORD");
    writeAll(passwordFile, "127.0.0.1:*:*:" + login.toUtf8() + ':' + password + '\n');
    CHECK(Repository::open(location)->load().title == plan.title);

    // Typed in the app: kept in memory for this login on this database only.
    writeAll(passwordFile, {});
    const PlanLocation where = PlanLocation::parse(location);
    ServerPasswords::remember(where, QString::fromUtf8(password));
    CHECK(Repository::open(location)->load().title == plan.title);
    ServerPasswords::forget(where);
    CHECK(refusal([&] { Repository::open(location); }).kind() == StorageError::Kind::Password);
}

TEST_CASE("every format step runs on a server, and an older plan there is upgraded when opened for writing", "[server]")
{
    ServerDatabase server;
    const QString id = QStringLiteral("0b6f7c1e-2d3a-4e5f-8a9b-0c1d2e3f4a5b");
    const QString schema = PlanServer::schemaOf(id);
    {
        QSqlDatabase db = PlanServer::connect(PlanLocation::parse(server.url()));
        QSqlQuery sql(db);
        REQUIRE(sql.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
        REQUIRE(sql.exec(QStringLiteral("SET search_path TO %1").arg(schema)));
        // A plan as an older Cairn left it: the steps one by one, as a file
        // is upgraded, up to the format before this one.
        for (int version = 1; version < Schema::CurrentVersion; ++version) {
            Schema::migrate(db, version);
            CHECK(Schema::version(db) == version);
        }
        CHECK(Schema::applicationId(db) == Schema::ApplicationId);
        REQUIRE(sql.exec(QStringLiteral("INSERT INTO plan (id, title, first_year, last_year, report_year, uuid) "
                                        "VALUES (1, 'Older plan', 2023, 2027, 2024, '%1')")
                             .arg(id)));
        REQUIRE(sql.exec(QStringLiteral("INSERT INTO cairn.plans (id, title, schema_name) VALUES ('%1', 'Older plan', '%2')")
                             .arg(id, schema)));
        sql = QSqlQuery();
        PlanFile::disconnect(db);
    }

    const StorageError readOnly = refusal([&] { Repository::open(server.url(id), Repository::Access::ReadOnly); });
    CHECK(readOnly.kind() == StorageError::Kind::ReadOnly);
    CHECK(readOnly.message().contains(QStringLiteral("pg_dump")));

    const auto repository = Repository::open(server.url(QStringLiteral("Older plan")));
    Plan before = repository->load();
    CHECK(before.firstYear == SchoolYear(2023));
    // The upgraded plan takes everything a plan of this format has.
    Plan after = fullPlan();
    after.uuid = id;
    for (std::size_t i = 0; i < after.goals.size(); ++i) {
        Goal &goal = after.goals[i];
        goal.id = 0;
        for (Objective &objective : goal.objectives) {
            objective.id = 0;
            clearIds(objective.measures);
            for (Action &action : objective.actions)
                action.id = 0;
        }
        clearIds(goal.measures);
        repository->insertGoal(goal, int(i));
    }
    CHECK(withoutIds(Repository::open(server.url(id))->load()).goals == withoutIds(fullPlan()).goals);
}

TEST_CASE("a plan of more rows than one statement takes is pushed whole, and items added after get new ids", "[server]")
{
    ServerDatabase server;
    QTemporaryDir dir;
    Plan plan = fullPlan();
    // 150 measures × 12 years: more targets and actuals than one many-row
    // statement writes (SqlDialect::rowsPerInsert), so that a full batch,
    // a shorter last one and measures named by both are all pushed.
    Objective &objective = plan.goals[0].objectives[0];
    for (int m = 1; m <= 150; ++m) {
        Measure measure;
        measure.code = QStringLiteral("BULK-%1").arg(m);
        measure.name = QStringLiteral("Bulk measure %1").arg(m);
        for (int year = 2013; year < 2025; ++year) {
            measure.targets[SchoolYear(year)] = year - 2000 + m / 1000.0;
            // Texts as they go in an array: quotes, commas, braces, a backslash, NULL spelled out.
            Actual actual = Actual::of(m + year / 10000.0, QStringLiteral("note %1: \"so\", {said} \\ NULL ñ").arg(year));
            if (m % 2 == 0)
                actual.n = m;
            measure.actuals[SchoolYear(year)] = actual;
        }
        objective.measures.push_back(measure);
    }
    const QString file = dir.filePath(QStringLiteral("bulk.cairn"));
    Repository::create(file, plan);
    const Plan stored = Repository::open(file, Repository::Access::ReadOnly)->load(); // with its row ids, as server push reads it

    const PlanServer::Entry entry = PlanServer::push(PlanLocation::parse(server.url()), stored, false);
    const std::unique_ptr<Repository> onServer = Repository::open(server.url(entry.id));
    const Plan pushed = onServer->load();
    CHECK(withoutIds(pushed) == withoutIds(stored)); // every row
    CHECK(pushed.goals[0].objectives[0].measures.back().id == stored.goals[0].objectives[0].measures.back().id);
    const Measure &last = pushed.goals[0].objectives[0].measures.back();
    CHECK(last.actuals.at(SchoolYear(2020)).note == QStringLiteral("note 2020: \"so\", {said} \\ NULL ñ"));
    CHECK(last.actuals.at(SchoolYear(2020)).n == 150);
    CHECK_FALSE(pushed.goals[0].objectives[0].measures[pushed.goals[0].objectives[0].measures.size() - 2].actuals.at(SchoolYear(2020)).n);

    // The tables' next ids are past the ids the push kept.
    qint64 largest = 0;
    for (const Goal &goal : pushed.goals)
        for (const Objective &each : goal.objectives)
            for (const Measure &measure : each.measures)
                largest = std::max(largest, measure.id);
    Measure added;
    added.code = QStringLiteral("NEW-1");
    added.name = QStringLiteral("Added after the push");
    onServer->insertMeasure({ItemKind::Objective, pushed.goals[0].objectives[0].id}, added, 0);
    CHECK(added.id > largest);
}
