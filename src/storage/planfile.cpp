#include "planfile.h"

#include "schema.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace cairn {

namespace {

QString shown(const QString &path)
{
    return QFileInfo(path).fileName();
}

StorageError damaged(const QString &path, const QString &detail)
{
    return StorageError(StorageError::Kind::Damaged,
                        PlanFile::tr("%1 is damaged and cannot be opened (SQLite reports: %2). "
                                       "Cairn has not changed it; restore it from a backup copy.")
                            .arg(shown(path), detail));
}

void checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        throw StorageError(StorageError::Kind::NotFound, PlanFile::tr("There is no file at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Io,
                           PlanFile::tr("%1 cannot be read: %2.").arg(shown(path), file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        throw StorageError(StorageError::Kind::NotSqlite,
                           PlanFile::tr("%1 is not a Cairn plan file (it is not an SQLite database). "
                                          "Open a .cairn file, or create one from a JSON plan with "
                                          "\"cairn-cli import PLAN.json OUT.cairn\".")
                               .arg(shown(path)));
}

} // namespace

int PlanFile::inspect(const QString &path)
{
    checkHeader(path);

    QSqlDatabase db = connect(path, Access::ReadOnly);
    try {
        qint32 applicationId = 0;
        int version = 0;
        try {
            applicationId = Schema::applicationId(db);
            version = Schema::version(db);
        } catch (const StorageError &error) {
            throw damaged(path, error.message());
        }
        if (applicationId != Schema::ApplicationId)
            throw StorageError(StorageError::Kind::NotCairn,
                               PlanFile::tr("%1 is an SQLite database, but not a Cairn plan. "
                                              "Cairn has not changed it.")
                                   .arg(shown(path)));
        if (version > Schema::CurrentVersion)
            throw StorageError(StorageError::Kind::TooNew,
                               PlanFile::tr("%1 was written by a newer version of Cairn (file format %2; "
                                              "this Cairn reads formats up to %3). Open it with a newer Cairn; "
                                              "it has not been changed.")
                                   .arg(shown(path))
                                   .arg(version)
                                   .arg(Schema::CurrentVersion));
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")))
            throw damaged(path, check.lastError().text());
        QStringList problems;
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line.simplified());
        }
        if (!problems.isEmpty())
            throw damaged(path, problems.mid(0, 3).join(QStringLiteral("; ")));
        disconnect(db);
        return version;
    } catch (...) {
        disconnect(db);
        throw;
    }
}

QSqlDatabase PlanFile::connect(const QString &path, Access access)
{
    const QString name = QStringLiteral("cairn-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (access == Access::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        const QString error = db.lastError().text();
        disconnect(db);
        throw StorageError(StorageError::Kind::Io, PlanFile::tr("%1 cannot be opened: %2").arg(shown(path), error));
    }
    if (access == Access::ReadWrite) {
        try {
            SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
            SqlQuery::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        } catch (...) {
            disconnect(db);
            throw;
        }
    }
    return db;
}

void PlanFile::disconnect(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString PlanFile::backup(const QString &path, int version)
{
    QString target = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.v%2.%3.bak").arg(path).arg(version).arg(n);
    if (!QFile::copy(path, target))
        throw StorageError(StorageError::Kind::Io,
                           PlanFile::tr("%1 needs upgrading, but its backup copy %2 could not be written, so "
                                          "nothing was changed. Make room or fix the folder's permissions and try again.")
                               .arg(shown(path), target));
    return target;
}

} // namespace cairn
