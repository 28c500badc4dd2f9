#include "sqlitefailure.h"

#include "core/safefile.h"
#include "fileusers.h"

#include <QFileInfo>

namespace cairn {

namespace {

// SQLite's primary result codes (sqlite3.h); QtSql reports them as text.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

int primaryCode(const QSqlError &error)
{
    bool number = false;
    const int code = error.nativeErrorCode().toInt(&number);
    if (number)
        return code & 0xff;
    // QtSql drops the code of a failed COMMIT; SQLite's words remain.
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("database is locked")))
        return Busy;
    if (text.contains(QLatin1String("disk is full")))
        return Full;
    if (text.contains(QLatin1String("readonly database")))
        return ReadOnly;
    if (text.contains(QLatin1String("disk I/O error")))
        return IoError;
    if (text.contains(QLatin1String("malformed")))
        return Corrupt;
    if (text.contains(QLatin1String("not a database")))
        return NotADatabase;
    return 0;
}

QString shown(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

StorageError SqliteFailure::damaged(const QString &path, const QString &detail)
{
    return StorageError(StorageError::Kind::Damaged,
                        tr("%1 is damaged and cannot be opened (SQLite reports: %2). "
                           "Cairn has not changed it; restore it from a backup copy.")
                            .arg(shown(path), detail));
}

StorageError SqliteFailure::diskFull(const QString &path)
{
    return StorageError(StorageError::Kind::DiskFull,
                        tr("%1, so the change could not be saved. Nothing was changed and the plan is intact; free some "
                           "space and try again.")
                            .arg(SafeFile::diskFullText(path)));
}

StorageError SqliteFailure::notWritable(const QString &path)
{
    const QFileInfo file(path);
    if (!QFileInfo(file.absolutePath()).isWritable())
        return StorageError(StorageError::Kind::NotWritable,
                            tr("The folder %1 does not allow writing, and Cairn writes a journal beside %2 while it saves, "
                               "so the change could not be saved. Nothing was changed; allow writing to the folder, or copy "
                               "the plan into a folder of yours.")
                                .arg(file.absolutePath(), shown(path)));
    return StorageError(StorageError::Kind::NotWritable,
                        tr("%1 is read-only, so the change could not be saved. Nothing was changed; allow writing to the "
                           "file, or save a copy elsewhere.")
                            .arg(shown(path)));
}

StorageError SqliteFailure::locked(const QString &path)
{
    return StorageError(StorageError::Kind::Locked,
                        tr("%1 is busy: %2 is saving to it. Nothing was changed; try again in a moment, or close the "
                           "plan there.")
                            .arg(shown(path), FileUsers::describeOthers(path, 1)));
}

StorageError SqliteFailure::from(const QSqlError &error, const QString &path, const QString &statement)
{
    const int code = primaryCode(error);
    if (code == Busy || code == Locked)
        return locked(path);
    if (code == Full)
        return diskFull(path);
    if (code == IoError || code == CantOpen || code == ReadOnly) {
        if (SafeFile::diskNearlyFull(path))
            return diskFull(path);
        if (SafeFile::refusesWrites(path))
            return notWritable(path);
    }
    if (code == Corrupt || code == NotADatabase)
        return damaged(path, error.databaseText());
    if (code == IoError || code == CantOpen)
        return StorageError(StorageError::Kind::Io,
                            tr("%1 could not be read or written: %2. Nothing was changed; check that the disk or "
                               "network share holding it is still there.")
                                .arg(shown(path), error.databaseText()));
    return StorageError(StorageError::Kind::Sql, tr("%1 could not be read or updated: %2 (while running: %3)")
                                                     .arg(shown(path), error.text(), statement.simplified().left(120)));
}

} // namespace cairn
