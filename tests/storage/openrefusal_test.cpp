#include "planfixtures.h"

#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cairn;
using namespace cairn::test;

namespace {

void runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            REQUIRE(query.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString createPlanFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Repository::create(path, fullPlan());
    return path;
}

// Opens `path` expecting a refusal of `kind` whose message contains `words`,
// and checks that the file's bytes did not change.
void expectRefusal(const QString &path, StorageError::Kind kind, const char *words)
{
    const QByteArray before = QFile::exists(path) ? readAll(path) : QByteArray();
    try {
        Repository::open(path);
        FAIL("the file was opened");
    } catch (const StorageError &error) {
        INFO(error.message().toStdString());
        CHECK(error.kind() == kind);
        CHECK(error.message().contains(QLatin1String(words)));
    }
    if (QFile::exists(path))
        CHECK(readAll(path) == before);
}

} // namespace

TEST_CASE("a missing file is refused by name", "[open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.cairn"));
    expectRefusal(path, StorageError::Kind::NotFound, "There is no file");
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a file that is not SQLite is refused and left as it was", "[open]")
{
    QTemporaryDir dir;
    const auto content = GENERATE(as<QByteArray>(), QByteArray("Goal 1: students\n"), QByteArray(), QByteArray("SQLite format"),
                                  QByteArray(4096, '\0'), QByteArray("{\"format\": \"cairn-plan\"}"));
    const QString path = dir.filePath(QStringLiteral("notes.cairn"));
    writeAll(path, content);
    expectRefusal(path, StorageError::Kind::NotSqlite, "not an SQLite database");
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("notes.cairn")});
}

TEST_CASE("an SQLite file that is not a Cairn plan is refused", "[open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    runSql(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"), QStringLiteral("INSERT INTO contacts VALUES ('Ana')")});
    expectRefusal(path, StorageError::Kind::NotCairn, "not a Cairn plan");
}

TEST_CASE("a plan file from a newer Cairn is refused without a change", "[open]")
{
    QTemporaryDir dir;
    const QString path = createPlanFile(dir, QStringLiteral("future.cairn"));
    runSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA user_version = 99")});
    expectRefusal(path, StorageError::Kind::TooNew, "newer version of Cairn");
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("future.cairn")});
}

TEST_CASE("a damaged plan file is refused without a change", "[open]")
{
    QTemporaryDir dir;
    const QString path = createPlanFile(dir, QStringLiteral("damaged.cairn"));
    runSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() > 8192);
    // Scribble over the second and third pages, where the tables' b-trees live.
    for (int i = 4096; i < 4096 * 3; ++i)
        bytes[i] = char(0xA5 ^ (i & 0xFF));
    writeAll(path, bytes);
    expectRefusal(path, StorageError::Kind::Damaged, "damaged");
}

TEST_CASE("a read-only plan loads but refuses edits without changing the file", "[open]")
{
    QTemporaryDir dir;
    const QString path = createPlanFile(dir, QStringLiteral("readonly.cairn"));
    const QByteArray before = readAll(path);
    {
        const auto repository = Repository::open(path, Repository::Access::ReadOnly);
        CHECK(repository->isReadOnly());
        const Plan plan = repository->load();
        CHECK(plan.title == fullPlan().title);
        Goal renamed = plan.goals[0];
        renamed.title = QStringLiteral("Changed");
        try {
            repository->updateGoal(plan.goals[0], renamed);
            FAIL("a read-only plan was edited");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::ReadOnly);
            CHECK(error.message().contains(QStringLiteral("read-only")));
        }
    }
    CHECK(readAll(path) == before);
}
