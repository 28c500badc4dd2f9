#include "clirun.h"
#include "planfixtures.h"
#include "testserver.h"

#include "storage/repository.h"

#include <QFileInfo>

using namespace cairn;
using namespace cairn::test;

namespace {

QString exported(const QString &plan)
{
    const Run run = cli({QStringLiteral("export"), plan, QStringLiteral("-")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

} // namespace

TEST_CASE("a plan pushed to a server and pulled back is the same plan", "[cli][server]")
{
    const QString json = GENERATE(dataPath(QStringLiteral("full-plan.json")), socorroSample());
    CAPTURE(json);
    QTemporaryDir dir;
    ServerDatabase server;
    const QString original = dir.filePath(QStringLiteral("original.cairn"));
    REQUIRE(cli({QStringLiteral("import"), json, original}).exitCode == 0);

    const Run pushed = cli({QStringLiteral("server"), QStringLiteral("push"), original, server.url()});
    INFO(pushed.err.toStdString());
    REQUIRE(pushed.exitCode == 0);
    const Plan plan = readPlanJson(json);
    CHECK(pushed.out.contains(QStringLiteral("Pushed \"%1\"").arg(plan.title)));
    const QString url = server.url(plan.uuid);
    CHECK(pushed.out.contains(url));

    const QString copy = dir.filePath(QStringLiteral("copy.cairn"));
    const Run pulled = cli({QStringLiteral("server"), QStringLiteral("pull"), url, copy});
    INFO(pulled.err.toStdString());
    REQUIRE(pulled.exitCode == 0);
    // Reviews, audit log and every field: the JSON of all three is one text.
    const QString expected = exported(original);
    CHECK(exported(copy) == expected);
    CHECK(exported(url) == expected);
}

TEST_CASE("the read commands and values import take a plan on a server", "[cli][server]")
{
    QTemporaryDir dir;
    ServerDatabase server;
    const Plan plan = readPlanJson(socorroSample());
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("push"), socorroSample(), server.url()}).exitCode == 0);
    const QString url = server.url(plan.title);

    const Run status = cli({QStringLiteral("status"), url, QStringLiteral("--year"), QStringLiteral("2024-25")});
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(plan.title));
    const Run check = cli({QStringLiteral("check"), url});
    CHECK(check.exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run report = cli({QStringLiteral("report"), url, QStringLiteral("-o"), pdf, QStringLiteral("--no-charts")});
    INFO(report.err.toStdString());
    CHECK(report.exitCode == 0);
    CHECK(QFileInfo(pdf).size() > 0);

    const Run imported = cli({QStringLiteral("values"), QStringLiteral("import"), url, dataPath(QStringLiteral("values/edited.csv")),
                              QStringLiteral("--user"), QStringLiteral("Ana Ortiz")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("2 values saved")));
    const Plan after = Repository::open(url)->load();
    CHECK(measureOf(after, QStringLiteral("1.2-L1")).actuals.at(SchoolYear(2024)).value == 75);
    CHECK(after.audit.back().who == QStringLiteral("Ana Ortiz, from edited.csv"));
}

TEST_CASE("server init can run again and a plan is pushed once unless --force", "[cli][server]")
{
    ServerDatabase server;
    const Run again = cli({QStringLiteral("server"), QStringLiteral("init"), server.url()});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("is ready for Cairn plans")));
    const Plan plan = readPlanJson(socorroSample());
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("push"), socorroSample(), server.url()}).exitCode == 0);
    const Run twice = cli({QStringLiteral("server"), QStringLiteral("push"), socorroSample(), server.url()});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("already holds the plan \"%1\"").arg(plan.title)));
    CHECK(cli({QStringLiteral("server"), QStringLiteral("push"), socorroSample(), server.url(), QStringLiteral("--force")}).exitCode == 0);
    const Run listed = cli({QStringLiteral("server"), QStringLiteral("list"), server.url()});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.count(plan.uuid) == 1);
}

TEST_CASE("a bad URL, an unknown plan and a server that is down are refused plainly", "[cli][server]")
{
    QTemporaryDir dir;
    ServerDatabase server;
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("push"), socorroSample(), server.url()}).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out.cairn"));
    struct Row {
        QString url;
        QString says;
    };
    QUrl down(server.url());
    down.setHost(QStringLiteral("127.0.0.1"));
    down.setPort(1); // nothing listens on port 1
    const std::vector<Row> rows{{QStringLiteral("postgresql://localhost?plan=x"), QStringLiteral("names no database")},
                                {server.url(QStringLiteral("Nobody's plan")), QStringLiteral("holds no plan \"Nobody's plan\"")},
                                {down.toString() + QStringLiteral("?plan=x"), QStringLiteral("could not be reached")}};
    const Row row = rows.at(GENERATE(0, 1, 2));
    CAPTURE(row.url);
    for (const QStringList &command : {QStringList{QStringLiteral("server"), QStringLiteral("pull"), row.url, out},
                                       QStringList{QStringLiteral("status"), row.url},
                                       QStringList{QStringLiteral("values"), QStringLiteral("import"), row.url,
                                                   dataPath(QStringLiteral("values/edited.csv"))}}) {
        CAPTURE(command.join(QLatin1Char(' ')));
        const Run run = cli(command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(row.says));
        CHECK_FALSE(run.err.contains(QStringLiteral("QPSQL")));
    }
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("server user gives logins their roles, and only a coordinator may", "[cli][server][security]")
{
    ServerDatabase server;
    const QString owner = server.login(QStringLiteral("cao"));
    const QString coordinator = server.login(QStringLiteral("coord"));
    const QString viewer = server.login(QStringLiteral("board"));
    auto user = [&](const QString &as, QStringList arguments) {
        QUrl url(server.url());
        if (!as.isEmpty())
            url.setUserName(as);
        arguments.insert(1, url.toString());
        return cli(QStringList{QStringLiteral("server"), QStringLiteral("user")} + arguments);
    };

    const Run added = user({}, {QStringLiteral("add"), owner, QStringLiteral("--role"), QStringLiteral("owner"),
                                QStringLiteral("--as"), QStringLiteral("Chief Academic Officer")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("going by \"Chief Academic Officer\"")));
    REQUIRE(user({}, {QStringLiteral("add"), coordinator, QStringLiteral("--role"), QStringLiteral("coordinator")}).exitCode == 0);

    // A coordinator adds people though their login may not create roles.
    const Run byCoordinator = user(coordinator, {QStringLiteral("add"), viewer, QStringLiteral("--role"), QStringLiteral("viewer")});
    INFO(byCoordinator.err.toStdString());
    CHECK(byCoordinator.exitCode == 0);

    // An owner may not.
    const Run byOwner = user(owner, {QStringLiteral("add"), server.login(QStringLiteral("x")), QStringLiteral("--role"),
                                     QStringLiteral("viewer")});
    CHECK(byOwner.exitCode == 1);
    CHECK(byOwner.err.contains(QStringLiteral("Only the plan's coordinator or the database's owner")));
    CHECK_FALSE(byOwner.err.contains(QStringLiteral("ERROR")));

    const Run listed = user({}, {QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("%1  owner, as \"Chief Academic Officer\"").arg(owner)));
    CHECK(listed.out.contains(QStringLiteral("%1  viewer, as \"%1\"").arg(viewer)));
    CHECK_FALSE(listed.out.contains(server.login(QStringLiteral("x"))));

    const Run wrongRole = user({}, {QStringLiteral("add"), viewer, QStringLiteral("--role"), QStringLiteral("boss")});
    CHECK(wrongRole.exitCode == 2);
    CHECK(wrongRole.err.contains(QStringLiteral("--role coordinator")));

    CHECK(user(coordinator, {QStringLiteral("remove"), viewer}).exitCode == 0);
    const Run again = user(coordinator, {QStringLiteral("remove"), viewer});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("has no role")));
    CHECK_FALSE(user({}, {QStringLiteral("list")}).out.contains(viewer));
}

TEST_CASE("server user add --password-prompt reads the password, never from the command line", "[cli][server][security]")
{
    ServerDatabase server;
    const QString login = server.login(QStringLiteral("withpw"));
    QProcess process;
    process.start(QStringLiteral(CAIRN_CLI), {QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), server.url(),
                                              login, QStringLiteral("--role"), QStringLiteral("owner"),
                                              QStringLiteral("--password-prompt")});
    REQUIRE(process.waitForStarted());
    process.write("s3cret-Pass\n");
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(err.contains(QStringLiteral("Password for %1").arg(login)));
    CHECK_FALSE(out.contains(QStringLiteral("s3cret")));
    CHECK_FALSE(err.contains(QStringLiteral("s3cret")));

    // The server keeps a (hashed) password for the new login.
    QSqlDatabase db = PlanServer::connect(PlanLocation::parse(server.url()));
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '%1'").arg(login)));
    REQUIRE(query.next());
    CHECK(query.value(0).toBool());
    query = QSqlQuery();
    PlanFile::disconnect(db);
}

TEST_CASE("a coordinator pushes a plan, the others read it, and server init again keeps it", "[cli][server][security]")
{
    ServerDatabase server;
    const QString coordinator = server.login(QStringLiteral("coord"));
    const QString viewer = server.login(QStringLiteral("board"));
    for (const auto &[login, role] : {std::pair{coordinator, QStringLiteral("coordinator")}, std::pair{viewer, QStringLiteral("viewer")}})
        REQUIRE(cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), server.url(), login,
                     QStringLiteral("--role"), role})
                    .exitCode
                == 0);
    auto as = [&](const QString &login, const QString &plan = {}) {
        QUrl url(plan.isEmpty() ? server.url() : server.url(plan));
        url.setUserName(login);
        return url.toString();
    };
    const Plan plan = readPlanJson(socorroSample());
    const Run pushed = cli({QStringLiteral("server"), QStringLiteral("push"), socorroSample(), as(coordinator)});
    INFO(pushed.err.toStdString());
    REQUIRE(pushed.exitCode == 0);
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("init"), server.url()}).exitCode == 0);

    const Run status = cli({QStringLiteral("status"), as(viewer, plan.title), QStringLiteral("--year"), QStringLiteral("2024-25")});
    INFO(status.err.toStdString());
    CHECK(status.exitCode == 0);
    const Run viewerPush = cli({QStringLiteral("server"), QStringLiteral("push"), socorroSample(), as(viewer),
                                QStringLiteral("--force")});
    CHECK(viewerPush.exitCode == 1);
    CHECK(viewerPush.err.contains(QStringLiteral("Your login may not make this change")));
}
