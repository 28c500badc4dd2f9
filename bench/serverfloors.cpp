#include "serverfloors.h"

#include "serverload.h"

#include "storage/planlocation.h"
#include "storage/schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>
#include <set>
#include <stdexcept>

namespace cairn::bench {

namespace {

const QString FloorSchema = QStringLiteral("bench_copy_floor");

QString psql()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (found.isEmpty()) {
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        if (!versions.isEmpty())
            found = QStandardPaths::findExecutable(QStringLiteral("psql"),
                                                   { QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last()) });
    }
    if (found.isEmpty())
        throw std::runtime_error("psql, PostgreSQL's client, is not installed (Debian package postgresql-client).");
    return found;
}

// Runs the psql script `file` against `url`, stopping at the first error.
void runPsql(const QString &url, const QString &file)
{
    QProcess process;
    process.start(psql(),
                  { QStringLiteral("--quiet"), QStringLiteral("--no-psqlrc"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--dbname=") + url, QStringLiteral("--file=") + file });
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error("psql failed: " + process.readAllStandardError().toStdString());
}

void writeScript(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0)
        throw std::runtime_error("cannot write " + path.toStdString());
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw std::runtime_error("the floor's query failed: " + sql.toStdString());
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

// The schema's tables, each after the tables its foreign keys name.
QStringList tablesInLoadOrder(const QSqlDatabase &db, const QString &schema)
{
    const QStringList tables
        = column(db,
                 QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = '%1' AND tablename <> 'meta' "
                                "ORDER BY tablename")
                     .arg(schema));
    std::map<QString, std::set<QString>> refersTo;
    QSqlQuery keys(db);
    keys.exec(QStringLiteral("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
                             "JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = '%1'")
                  .arg(schema));
    while (keys.next()) {
        const QString from = keys.value(0).toString().section(QLatin1Char('.'), -1);
        const QString to = keys.value(1).toString().section(QLatin1Char('.'), -1);
        if (from != to)
            refersTo[from].insert(to);
    }
    QStringList ordered;
    std::set<QString> placed;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString &table : tables) {
            if (placed.count(table) != 0)
                continue;
            const std::set<QString> &needs = refersTo[table];
            if (std::all_of(needs.begin(), needs.end(),
                            [&](const QString &need) { return placed.count(need) != 0 || !tables.contains(need); })) {
                ordered.append(table);
                placed.insert(table);
            }
        }
        if (ordered.size() == before)
            throw std::runtime_error("the plan's tables refer to each other in a circle");
    }
    return ordered;
}

} // namespace

CopyFloor copyFloor(const QString &url, const QString &schema)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw std::runtime_error("no temporary folder for the floor's files");
    CopyFloor floor;
    onServer(PlanLocation::parse(url), [&](const QSqlDatabase &db) {
        const QStringList tables = tablesInLoadOrder(db, schema);
        floor.tables = int(tables.size());
        for (const QString &table : tables)
            floor.rows += column(db, QStringLiteral("SELECT count(*) FROM \"%1\".%2").arg(schema, table)).value(0).toLongLong();
        // Empty tables as a plan's: the same statements make them.
        QSqlQuery run(db);
        run.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(FloorSchema));
        run.exec(QStringLiteral("CREATE SCHEMA %1").arg(FloorSchema));
        run.exec(QStringLiteral("SET search_path TO %1").arg(FloorSchema));
        Schema::create(db);

        QStringList out;
        QStringList in { QStringLiteral("BEGIN;") };
        for (const QString &table : tables) {
            const QString file = dir.filePath(table + QStringLiteral(".csv"));
            out.append(QStringLiteral("\\copy \"%1\".%2 TO '%3' WITH (FORMAT csv)").arg(schema, table, file));
            in.append(QStringLiteral("\\copy %1.%2 FROM '%3' WITH (FORMAT csv)").arg(FloorSchema, table, file));
        }
        in.append(QStringLiteral("COMMIT;"));
        writeScript(dir.filePath(QStringLiteral("out.sql")), out);
        writeScript(dir.filePath(QStringLiteral("in.sql")), in);
        const QString server = PlanLocation::parse(url).withPlan({}).toString();
        runPsql(server, dir.filePath(QStringLiteral("out.sql")));
        QElapsedTimer timer;
        timer.start();
        runPsql(server, dir.filePath(QStringLiteral("in.sql")));
        floor.ms = timer.nsecsElapsed() / 1e6;
        run.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(FloorSchema));
    });
    return floor;
}

} // namespace cairn::bench
