#include "faultsupport.h"

#include "cli.h"

#include "core/planwalk.h"
#include "storage/repository.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cairn::test {

CliRun cliInProcess(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = cli::Commands::run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

CliRun cliProcess(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CAIRN_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QStringList sideFilesOf(const QString &path)
{
    const QFileInfo plan(path);
    QStringList found;
    for (const QString &name : filesIn(plan.absolutePath()))
        if (name != plan.fileName() && (name.startsWith(plan.fileName()) || name.startsWith(QLatin1Char('.') + plan.fileName())))
            found.append(name);
    return found;
}

namespace {

template<typename Work>
void withRaw(const QString &path, Work work)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

void rawSql(const QString &path, const QStringList &statements)
{
    withRaw(path, [&](QSqlDatabase &db) {
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            INFO(sql.toStdString());
            INFO(query.lastError().text().toStdString());
            REQUIRE(query.exec(sql));
        }
    });
}

QString rawScalar(const QString &path, const QString &sql)
{
    QString value;
    withRaw(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        QStringList rows;
        while (query.next())
            rows.append(query.value(0).toString());
        value = rows.join(QLatin1Char('\n'));
    });
    return value;
}

void importSocorro(const QString &path)
{
    const CliRun run = cliInProcess({QStringLiteral("import"), socorroSample(), path, QStringLiteral("--force")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QByteArray sheetOfValues(const QString &plan, const QString &year, const QString &value, const QString &note)
{
    QStringList lines = {QStringLiteral("code,school year,actual,note")};
    forEachItem(Repository::open(plan, Repository::Access::ReadOnly)->load(), [&](const ItemView &item) {
        if (item.measure && item.measure->type == MeasureType::Numeric)
            lines.append(QStringList{item.measure->code, year, value, note}.join(QLatin1Char(',')));
    });
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace cairn::test
