// The eleven findings of the plan-file probe that belong to the file itself,
// each as it was seen, through the commands a user runs.
#include "faultsupport.h"
#include "planfixtures.h"

#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

using namespace cairn;
using namespace cairn::test;

namespace {

QString integrity(const QString &path)
{
    return rawScalar(path, QStringLiteral("PRAGMA integrity_check"));
}

QString actualsSignature(const QString &path)
{
    return rawScalar(path, QStringLiteral("SELECT group_concat(measure_id || ':' || year || '=' || value, ',') FROM "
                                          "(SELECT * FROM actuals ORDER BY measure_id, year)"));
}

// A writer that died after committing in WAL mode, as Cairn 0.1 ran: the
// copies of the plan and its -wal taken while that writer was still alive.
void crashAfterWalCommit(const QString &plan, const QString &crashedFolder)
{
    rawSql(plan, {QStringLiteral("PRAGMA journal_mode = WAL")});
    const QString name = QStringLiteral("wal-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(plan);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(query.exec(QStringLiteral("UPDATE actuals SET value = value + 1")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO audit (who, field) VALUES ('crashed', 'x')")));
        REQUIRE(QFile::exists(plan + QStringLiteral("-wal")));
        for (const char *suffix : {"", "-wal"})
            REQUIRE(QFile::copy(plan + QLatin1String(suffix),
                                crashedFolder + QLatin1Char('/') + QFileInfo(plan).fileName() + QLatin1String(suffix)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A writer that died in the middle of a large commit in rollback-journal
// mode: pages already written into the file, the originals in a hot journal.
void crashDuringCommit(const QString &plan, const QString &crashedFolder)
{
    const QString name = QStringLiteral("journal-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(plan);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA cache_size = 2")));
        REQUIRE(query.exec(QStringLiteral("BEGIN")));
        REQUIRE(query.exec(QStringLiteral("UPDATE measures SET description = description || printf('%.2000c', 'x')")));
        REQUIRE(QFile::exists(plan + QStringLiteral("-journal")));
        for (const char *suffix : {"", "-journal"})
            REQUIRE(QFile::copy(plan + QLatin1String(suffix),
                                crashedFolder + QLatin1Char('/') + QFileInfo(plan).fileName() + QLatin1String(suffix)));
        REQUIRE(query.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("import --force over a plan whose writer crashed gives an intact new plan (finding 1)", "[fault][file]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(original);
    const QString crashed = dir.filePath(QStringLiteral("crashed"));
    REQUIRE(QDir().mkpath(crashed));
    const QString target = crashed + QStringLiteral("/plan.cairn");

    SECTION("a write-ahead log left by Cairn 0.1")
    {
        crashAfterWalCommit(original, crashed);
    }
    SECTION("a hot rollback journal")
    {
        crashDuringCommit(original, crashed);
    }
    REQUIRE_FALSE(sideFilesOf(target).isEmpty());

    const CliRun run = cliInProcess({QStringLiteral("import"), belenSample(), target, QStringLiteral("--force")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Imported")));
    CHECK_FALSE(run.err.contains(QStringLiteral("Nothing was written")));
    CHECK(integrity(target) == QStringLiteral("ok"));
    CHECK(sideFilesOf(target).isEmpty());
    CHECK(Repository::open(target)->load().title == readPlanJson(belenSample()).title);
    CHECK(rawScalar(target, QStringLiteral("SELECT count(*) FROM audit WHERE who = 'crashed'")) == QStringLiteral("0"));
}

TEST_CASE("a plan whose writer crashed opens with its last commit and nothing beside it (finding 1)", "[fault][file]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(original);
    const QString before = actualsSignature(original);
    const QString crashed = dir.filePath(QStringLiteral("crashed"));
    REQUIRE(QDir().mkpath(crashed));
    const QString target = crashed + QStringLiteral("/plan.cairn");

    bool committed = false;
    SECTION("committed in a write-ahead log")
    {
        crashAfterWalCommit(original, crashed);
        committed = true;
    }
    SECTION("cut off in the middle of a commit")
    {
        crashDuringCommit(original, crashed);
    }
    const CliRun run = cliInProcess({QStringLiteral("check"), target});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(sideFilesOf(target).isEmpty());
    CHECK(integrity(target) == QStringLiteral("ok"));
    CHECK((actualsSignature(target) == before) == !committed);
    CHECK(rawScalar(target, QStringLiteral("SELECT count(*) FROM audit WHERE who = 'crashed'")) == QString::number(committed));
}

TEST_CASE("a damaged format number is refused, never migrated, and leaves no backup (finding 2)", "[fault][file]")
{
    const int version = GENERATE(-5, -1, 0, Schema::CurrentVersion + 1, 1 << 30);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(path);
    rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(version)});
    const QByteArray bytes = readAll(path);
    INFO("format number " << version);

    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            Repository::open(path);
            FAIL("opened");
        } catch (const StorageError &error) {
            CHECK((error.kind() == StorageError::Kind::Damaged || error.kind() == StorageError::Kind::TooNew));
        }
    }
    const CliRun status = cliInProcess({QStringLiteral("status"), path});
    CHECK(status.exitCode == 1);
    CHECK_FALSE(status.err.contains(QStringLiteral("Open it in Cairn")));
    const CliRun values = cliInProcess({QStringLiteral("values"), QStringLiteral("import"), path, socorroSample()});
    CHECK(values.exitCode == 1);
    CHECK(readAll(path) == bytes);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("plan.cairn")});
}

TEST_CASE("an index that disagrees with its table is found on opening (finding 3)", "[fault][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(path);
    // The index keeps its entries but now claims other columns: what a
    // damaged index page looks like to SQLite.
    rawSql(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                  QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX objectives_by_goal ON objectives (position, goal_id)' "
                                 "WHERE name = 'objectives_by_goal'")});
    REQUIRE(rawScalar(path, QStringLiteral("PRAGMA quick_check")) == QStringLiteral("ok"));
    REQUIRE(integrity(path) != QStringLiteral("ok"));
    const QByteArray bytes = readAll(path);

    CHECK_THROWS_AS(Repository::open(path, Repository::Access::ReadOnly), StorageError);
    const CliRun status = cliInProcess({QStringLiteral("status"), path});
    CHECK(status.exitCode == 1);
    CHECK(status.err.contains(QStringLiteral("damaged")));
    QTemporaryDir sheets;
    const QString sheet = sheets.filePath(QStringLiteral("values.csv"));
    writeAll(sheet, "code,school year,actual\n1.2-L1,2024-25,61\n");
    const CliRun values = cliInProcess({QStringLiteral("values"), QStringLiteral("import"), path, sheet});
    CHECK(values.exitCode == 1);
    CHECK(values.err.contains(QStringLiteral("damaged")));
    CHECK(readAll(path) == bytes);
}

TEST_CASE("the .cairn file alone holds every saved edit, and no command leaves a side file (finding 5)", "[fault][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(path);
    const QString elsewhere = dir.filePath(QStringLiteral("copy.cairn"));

    SECTION("values import")
    {
        const QString sheet = dir.filePath(QStringLiteral("sheet.csv"));
        writeAll(sheet, sheetOfValues(path, QStringLiteral("2025-26"), QStringLiteral("61")));
        const CliRun run = cliInProcess({QStringLiteral("values"), QStringLiteral("import"), path, sheet});
        INFO(run.err.toStdString());
        REQUIRE(run.out.contains(QStringLiteral(" saved, ")));
        CHECK(sideFilesOf(path).isEmpty());
        REQUIRE(QFile::copy(path, elsewhere));
        CHECK(actualsSignature(elsewhere) == actualsSignature(path));
        CHECK(rawScalar(elsewhere, QStringLiteral("SELECT count(*) > 0 FROM actuals WHERE value = 61")) == QStringLiteral("1"));
    }
    SECTION("an edit while the plan stays open, as in the app")
    {
        const auto repository = Repository::open(path);
        const Plan plan = repository->load();
        Goal after = plan.goals.front();
        after.title = QStringLiteral("Edited while open");
        repository->updateGoal(plan.goals.front(), after);
        REQUIRE(QFile::copy(path, elsewhere));
        CHECK(sideFilesOf(path).isEmpty());
        CHECK(rawScalar(elsewhere, QStringLiteral("SELECT title FROM goals ORDER BY position LIMIT 1")) == after.title);
    }
    SECTION("read-only commands")
    {
        const QString out = dir.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        const QList<QStringList> commands = {
            {QStringLiteral("status"), path},
            {QStringLiteral("check"), path},
            {QStringLiteral("export"), path, out + QStringLiteral("/plan.json")},
            {QStringLiteral("values"), QStringLiteral("export"), path, out + QStringLiteral("/values.csv")},
            {QStringLiteral("values"), QStringLiteral("import"), path, socorroSample(), QStringLiteral("--dry-run")},
            {QStringLiteral("review"), QStringLiteral("list"), path},
            {QStringLiteral("report"), path, QStringLiteral("-o"), out + QStringLiteral("/report.pdf"), QStringLiteral("--no-charts")},
        };
        const QByteArray bytes = readAll(path);
        for (const QStringList &command : commands) {
            INFO(command.join(QLatin1Char(' ')).toStdString());
            cliInProcess(command);
            CHECK(sideFilesOf(path).isEmpty());
        }
        CHECK(readAll(path) == bytes);
    }
    SECTION("a plan left in WAL mode by Cairn 0.1 is turned into a file that stands alone")
    {
        rawSql(path, {QStringLiteral("PRAGMA journal_mode = WAL")});
        REQUIRE(cliInProcess({QStringLiteral("status"), path}).exitCode == 0);
        CHECK(sideFilesOf(path).isEmpty());
        CHECK(rawScalar(path, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("delete"));
    }
}

TEST_CASE("temporary files of an import that was killed are removed by the next one (finding 6)", "[fault][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cairn"));
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    REQUIRE(ended.waitForFinished());
    const qint64 gone = ended.processId() > 0 ? ended.processId() : 999999999;
    const QString abandoned = dir.filePath(QStringLiteral(".plan.cairn.%1-0123456789ab.tmp").arg(gone));
    const QString live = dir.filePath(QStringLiteral(".plan.cairn.%1-0123456789ab.tmp").arg(QCoreApplication::applicationPid()));
    writeAll(abandoned, "half");
    writeAll(abandoned + QStringLiteral("-journal"), "half");
    writeAll(live, "in progress");

    importSocorro(path);
    CHECK_FALSE(QFile::exists(abandoned));
    CHECK_FALSE(QFile::exists(abandoned + QStringLiteral("-journal")));
    CHECK(QFile::exists(live));
}

TEST_CASE("a plan another program is writing to is reported by name, and no change is printed as made (finding 11)", "[fault][file]")
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite.isEmpty()); // scripts/setup installs it
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(path);
    const QString sheet = dir.filePath(QStringLiteral("sheet.csv"));
    writeAll(sheet, "code,school year,actual\n1.2-L1,2024-25,61\n");

    QProcess holder;
    holder.start(sqlite, {path});
    REQUIRE(holder.waitForStarted());
    holder.write("BEGIN IMMEDIATE; UPDATE goals SET title = title; SELECT 'holding';\n");
    REQUIRE(holder.waitForReadyRead(10000));
    const qint64 holderPid = holder.processId();

    const QString count = QStringLiteral("SELECT count(*) FROM actuals WHERE value = 61");
    const QString before = rawScalar(path, count);
    QElapsedTimer timer;
    timer.start();
    const CliRun run = cliInProcess({QStringLiteral("values"), QStringLiteral("import"), path, sheet});
    const qint64 waited = timer.elapsed();
    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    holder.waitForFinished();

    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("busy")));
    CHECK(run.err.contains(QStringLiteral("sqlite3 (process %1)").arg(holderPid)));
    CHECK_FALSE(run.err.contains(QStringLiteral("while running")));
    CHECK_FALSE(run.out.contains(QStringLiteral("line 2")));
    CHECK(waited < 6000);
    CHECK(rawScalar(path, count) == before);
}
