#include "planfixtures.h"

#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/storageerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cairn;
using namespace cairn::test;

namespace {

QVariant pragma(const QString &path, const QString &name)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pragma"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
        REQUIRE(query.next());
        value = query.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pragma"));
    return value;
}

} // namespace

TEST_CASE("a new plan file carries Cairn's id, the current schema version and a rollback journal", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.cairn"));
    {
        const auto repository = Repository::create(path, fullPlan());
        CHECK_FALSE(repository->isReadOnly());
        CHECK(repository->migrationBackup().isEmpty());
    }
    CHECK(pragma(path, QStringLiteral("application_id")).toInt() == Schema::ApplicationId);
    CHECK(pragma(path, QStringLiteral("user_version")).toInt() == Schema::CurrentVersion);
    // The .cairn file alone holds every commit: no write-ahead log beside it.
    CHECK(pragma(path, QStringLiteral("journal_mode")).toString() == QStringLiteral("delete"));
    CHECK(pragma(path, QStringLiteral("integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("new.cairn")});
}

TEST_CASE("creating a plan file refuses to replace an existing file", "[schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.cairn"));
    writeAll(path, "precious");
    CHECK_THROWS_AS(Repository::create(path, fullPlan()), StorageError);
    CHECK(readAll(path) == "precious");
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("taken.cairn")});

    const auto replaced = Repository::create(path, fullPlan(), true);
    CHECK(replaced->load().title == fullPlan().title);
}

TEST_CASE("a plan that uses one code twice leaves no file behind", "[schema]")
{
    QTemporaryDir dir;
    Plan plan = fullPlan();
    plan.goals[1].code = plan.goals[0].code;
    const QString path = dir.filePath(QStringLiteral("dup.cairn"));
    try {
        Repository::create(path, plan);
        FAIL("a duplicate code was accepted");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message().contains(QStringLiteral("code")));
    }
    CHECK(filesIn(dir.path()).isEmpty());
}
