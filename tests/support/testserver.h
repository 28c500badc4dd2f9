#pragma once

#include "testsupport.h"

#include "storage/planfile.h"
#include "storage/planlocation.h"
#include "storage/planserver.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <iostream>
#include <memory>
#include <vector>

namespace cairn::test {

// The message of the StorageError `work` throws; the test fails if none.
template<typename Work>
StorageError refusal(Work work)
{
    try {
        work();
    } catch (const StorageError &error) {
        return error;
    }
    FAIL("nothing was refused");
    return StorageError(StorageError::Kind::Sql, {});
}

// Runs the event loop (where QPSQL delivers a server's announcements)
// until `done` or `ms` have passed; the time it took.
template<typename Done>
qint64 waitFor(Done done, int ms = 2000)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    return waited.elapsed();
}

// Where a test keeps its plan: a file, or a plan on the throw-away
// PostgreSQL server scripts/test starts (scripts/pg-test-server).
enum class Backend { File, Server };

inline std::ostream &operator<<(std::ostream &stream, Backend backend)
{
    return stream << (backend == Backend::File ? "file" : "PostgreSQL server");
}

// The server's URL from CAIRN_TEST_POSTGRES. Without one, under scripts/test
// (CAIRN_TEST_POSTGRES_REQUIRED) the test fails; run by hand, the server's
// part is left out with a word saying how to include it.
inline QString testServerUrl()
{
    const QString url = qEnvironmentVariable("CAIRN_TEST_POSTGRES");
    if (url.isEmpty() && !qEnvironmentVariableIsEmpty("CAIRN_TEST_POSTGRES_REQUIRED"))
        FAIL("CAIRN_TEST_POSTGRES is not set, so the PostgreSQL half of this test cannot run. Run the tests with "
             "scripts/test, or start a server with \"scripts/pg-test-server start DIR\" and export the URL it prints "
             "as CAIRN_TEST_POSTGRES.");
    if (url.isEmpty()) {
        static bool told = false;
        if (!told)
            std::cerr << "note: the PostgreSQL half of the storage and CLI tests was left out; start a server with "
                         "\"scripts/pg-test-server start DIR\" and export the URL it prints as CAIRN_TEST_POSTGRES.\n";
        told = true;
    }
    return url;
}

// Both backends when a test server is there, else the file alone.
inline std::vector<Backend> backends()
{
    if (testServerUrl().isEmpty())
        return {Backend::File};
    return {Backend::File, Backend::Server};
}

// A fresh database of its own on the test server, set up for plans
// (server init), dropped with everything in it when this goes. Tests run
// in parallel processes and never see each other's plans.
class ServerDatabase
{
public:
    // Bare: a database never set up for plans (no server init).
    enum class Setup { ForPlans, Bare };

    explicit ServerDatabase(Setup setup = Setup::ForPlans)
    {
        const QString base = testServerUrl();
        if (base.isEmpty())
            FAIL("This test needs a PostgreSQL server: start one with \"scripts/pg-test-server start DIR\" and export "
                 "the URL it prints as CAIRN_TEST_POSTGRES (scripts/test does both).");
        static int made = 0;
        m_name = QStringLiteral("cairn_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
        admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        QUrl url(base);
        url.setPath(QLatin1Char('/') + m_name);
        m_url = url.toString();
        if (setup == Setup::Bare)
            return;
        QSqlDatabase db = PlanServer::connect(PlanLocation::parse(m_url));
        PlanServer::init(db);
        PlanFile::disconnect(db);
    }
    ~ServerDatabase()
    {
        try {
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
            // Roles are the server's: the database's own and the logins the
            // test made (login()) would outlive it.
            admin(QStringLiteral("DO $$ DECLARE name TEXT; BEGIN FOR name IN SELECT rolname FROM pg_roles WHERE "
                                 "starts_with(rolname, '%1_') LOOP EXECUTE format('DROP ROLE %I', name); END LOOP; END $$")
                      .arg(m_name));
        } catch (...) {
        }
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // Ends every other connection to this database, as a server restart or
    // a dropped network would.
    void dropConnections() const
    {
        admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                             "AND pid <> pg_backend_pid()")
                  .arg(m_name));
    }

    // Refuses (or allows again) every new connection to this database, as
    // a server that is down would; with dropConnections(), an outage.
    void allowConnections(bool allowed) const
    {
        admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2").arg(m_name, allowed ? QStringLiteral("true") : QStringLiteral("false")));
    }

    // A login name of this database's own, removed with it.
    QString login(const QString &suffix) const { return m_name + QLatin1Char('_') + suffix; }
    // The URL of `plan` as `login` connects to it.
    QString url(const QString &plan, const QString &login) const
    {
        QUrl url(this->url(plan));
        url.setUserName(login);
        return url.toString();
    }

    // postgresql://…/cairn_t_…, naming no plan.
    QString url() const { return m_url; }
    QString url(const QString &plan) const { return PlanLocation::parse(m_url).withPlan(plan).toString(); }

private:
    static void admin(const QString &sql)
    {
        QSqlDatabase db = PlanServer::connect(PlanLocation::parse(testServerUrl()));
        QSqlQuery query(db);
        const bool ok = query.exec(sql);
        const QString error = query.lastError().text();
        query = QSqlQuery();
        PlanFile::disconnect(db);
        INFO(error.toStdString());
        REQUIRE(ok);
    }

    QString m_name;
    QString m_url;
};

// Where a test keeps its plan: a temporary folder for a file, or a fresh
// database of the test server. While it lives, every failure names the
// backend ("on a PostgreSQL server"), so that a test run on both
// (GENERATE(from_range(backends()))) says which one failed.
struct PlanHome {
    explicit PlanHome(Backend where)
        : backend(where)
        , label(Catch::MessageBuilder("INFO", CATCH_INTERNAL_LINEINFO, Catch::ResultWas::Info) << "on a " << where)
        , server(where == Backend::Server ? std::make_unique<ServerDatabase>() : nullptr)
    {
    }
    // Where a new plan goes, for Repository::create: the file `name` in the
    // folder, or the server's database (which gives the plan its URL).
    QString place(const QString &name) const { return server ? server->url() : dir.filePath(name); }

    Backend backend;
    Catch::ScopedMessage label;
    QTemporaryDir dir; // for a server's plan too: exports, reports, copies
    std::unique_ptr<ServerDatabase> server;
};

} // namespace cairn::test
