#include "planfile.h"

#include "core/safefile.h"
#include "fileusers.h"
#include "schema.h"
#include "sqlitefailure.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>


namespace cairn {

namespace {

// Byte 18 of an SQLite header is 2 for a file in write-ahead-log mode
// (written so by Cairn 0.1), 1 for a rollback journal.
constexpr int WriteVersionOffset = 18;
constexpr char WalMode = 2;

const char *const sideSuffixes[] = {"-journal", "-wal", "-shm"};

QString shown(const QString &path)
{
    return QFileInfo(path).fileName();
}

QByteArray readHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        throw StorageError(StorageError::Kind::NotFound, PlanFile::tr("There is no file at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Io,
                           PlanFile::tr("%1 cannot be read: %2.").arg(shown(path), file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        throw StorageError(StorageError::Kind::NotSqlite,
                           PlanFile::tr("%1 is not a Cairn plan file (it is not an SQLite database). "
                                        "Open a .cairn file, or create one from a JSON plan with "
                                        "\"cairn-cli import PLAN.json OUT.cairn\".")
                               .arg(shown(path)));
    return header;
}

std::vector<QString> existingSideFiles(const QString &path)
{
    std::vector<QString> found;
    for (const char *suffix : sideSuffixes)
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found.push_back(path + QLatin1String(suffix));
    return found;
}

// Runs `check` on a read-only connection and closes it.
template<typename Check>
void withReadOnly(const QString &path, Check check)
{
    QSqlDatabase db = PlanFile::connect(path, PlanFile::Access::ReadOnly);
    try {
        check(db);
    } catch (...) {
        PlanFile::disconnect(db);
        throw;
    }
    PlanFile::disconnect(db);
}

void checkIntegrity(const QString &path, const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        throw SqliteFailure::from(check.lastError(), path, QStringLiteral("PRAGMA integrity_check"));
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line.simplified());
    }
    if (!problems.isEmpty())
        throw SqliteFailure::damaged(path, problems.mid(0, 3).join(QStringLiteral("; ")));
}

int checkIdentity(const QString &path, const QSqlDatabase &db)
{
    qint32 applicationId = 0;
    int version = 0;
    try {
        applicationId = Schema::applicationId(db);
        version = Schema::version(db);
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::Sql)
            throw SqliteFailure::damaged(path, error.message());
        throw;
    }
    if (applicationId != Schema::ApplicationId)
        throw StorageError(StorageError::Kind::NotCairn,
                           PlanFile::tr("%1 is an SQLite database, but not a Cairn plan. Cairn has not changed it.").arg(shown(path)));
    if (version > Schema::CurrentVersion)
        throw StorageError(StorageError::Kind::TooNew,
                           PlanFile::tr("%1 was written by a newer version of Cairn (file format %2; "
                                        "this Cairn reads formats up to %3). Open it with a newer Cairn; "
                                        "it has not been changed.")
                               .arg(shown(path))
                               .arg(version)
                               .arg(Schema::CurrentVersion));
    // Format 0 is a file whose creation stopped before its first step: it
    // holds no table yet. With tables, a 0 is a damaged header.
    const bool empty = version == 0 && SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() == 0;
    if (version < 0 || (version == 0 && !empty))
        throw SqliteFailure::damaged(path, PlanFile::tr("its format number is %1, which no Cairn has written").arg(version));
    return version;
}

} // namespace

void PlanFile::recover(const QString &path)
{
    QSqlDatabase db = connect(path, Access::ReadWrite);
    try {
        // Reading rolls back what a crashed writer left in a journal;
        // leaving WAL mode moves a write-ahead log into the file itself.
        SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        SqlQuery::run(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        // A writer killed before its journal held anything leaves one that
        // SQLite ignores rather than removes. With the write lock taken, no
        // one else is writing, so a journal still there is such a leftover.
        QSqlQuery lock(db);
        if (lock.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            QFile::remove(path + QLatin1String("-journal"));
            lock.exec(QStringLiteral("ROLLBACK"));
        }
    } catch (...) {
        disconnect(db);
        throw;
    }
    disconnect(db);
}

int PlanFile::inspect(const QString &path)
{
    const QByteArray header = readHeader(path);
    const bool writable = !SafeFile::refusesWrites(path);
    const bool walMode = header.at(WriteVersionOffset) == WalMode;
    const std::vector<QString> sideFiles = existingSideFiles(path);

    // What a crashed writer left beside the plan belongs in it before any
    // check; SQLite does that on a writable connection only.
    if (!sideFiles.empty() && writable) {
        try {
            recover(path);
        } catch (const StorageError &error) {
            // An older Cairn holding its WAL-mode file open: read beside it.
            if (!(walMode && error.kind() == StorageError::Kind::Locked))
                throw;
        }
    }

    int version = 0;
    try {
        withReadOnly(path, [&](const QSqlDatabase &db) {
            version = checkIdentity(path, db);
            checkIntegrity(path, db);
        });
    } catch (...) {
        // A read-only look at a WAL-mode file creates its -wal and -shm;
        // a refused file is left as it was found.
        if (sideFiles.empty())
            for (const QString &created : existingSideFiles(path))
                QFile::remove(created);
        throw;
    }
    if (walMode && writable)
        recover(path);
    return version;
}

QSqlDatabase PlanFile::connect(const QString &path, Access access)
{
    const QString name = QStringLiteral("cairn-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // A writer holds the file for milliseconds; waiting longer than this
    // means another program is in the middle of something long.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        disconnect(db);
        throw SqliteFailure::from(error, path, QStringLiteral("open"));
    }
    if (access == Access::ReadWrite) {
        try {
            SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
            SqlQuery::run(db, QStringLiteral("PRAGMA synchronous = FULL"));
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
    QFile original(path);
    const QByteArray bytes = original.open(QIODevice::ReadOnly) ? original.readAll() : QByteArray();
    QString target = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    for (int n = 2; QFile::exists(target); ++n) {
        // An upgrade tried again after a failure keeps the one backup.
        QFile earlier(target);
        if (earlier.open(QIODevice::ReadOnly) && earlier.size() == bytes.size() && earlier.readAll() == bytes)
            return target;
        target = QStringLiteral("%1.v%2.%3.bak").arg(path).arg(version).arg(n);
    }
    if (!QFile::copy(path, target)) {
        QFile::remove(target);
        if (SafeFile::diskNearlyFull(path))
            throw SqliteFailure::diskFull(path);
        throw StorageError(StorageError::Kind::NotWritable,
                           PlanFile::tr("%1 needs upgrading, but its backup copy %2 could not be written, so "
                                        "nothing was changed. Make room or fix the folder's permissions and try again.")
                               .arg(shown(path), target));
    }
    return target;
}

void PlanFile::replace(const QString &temporary, const QString &path)
{
    // A log left by a crashed writer of the old file must never be replayed
    // onto the new one: fold it into the old file (or drop it with a file
    // past saving), then move the new file into place.
    if (QFileInfo::exists(path)) {
        if (FileUsers::openElsewhere(path))
            throw StorageError(StorageError::Kind::Locked,
                               tr("%1 is open in %2; close it there first, then try again. Nothing was written.")
                                   .arg(shown(path), FileUsers::describeOthers(path, 0)));
        try {
            readHeader(path);
            recover(path);
        } catch (const StorageError &error) {
            if (error.kind() == StorageError::Kind::Locked || error.kind() == StorageError::Kind::DiskFull)
                throw;
        }
        for (const char *suffix : sideSuffixes)
            QFile::remove(path + QLatin1String(suffix));
    }
    const QString failure = SafeFile::replace(temporary, path);
    if (!failure.isEmpty())
        throw StorageError(SafeFile::diskNearlyFull(path)   ? StorageError::Kind::DiskFull
                           : SafeFile::refusesWrites(path) ? StorageError::Kind::NotWritable
                                                           : StorageError::Kind::Io,
                           failure);
}

} // namespace cairn
