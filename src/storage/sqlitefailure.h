#pragma once

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cairn {

// Names the real cause of a failed SQLite call: a full disk, a folder or
// file that does not allow writing, another program holding the plan, a
// damaged file, or (last) an error SQLite alone can explain. Each message
// says that nothing was changed and what to do.
class SqliteFailure
{
    Q_DECLARE_TR_FUNCTIONS(cairn::SqliteFailure)

public:
    // `path` is the plan file's path; `statement` is kept only in the
    // message of an error no other kind explains.
    static StorageError from(const QSqlError &error, const QString &path, const QString &statement);

    static StorageError damaged(const QString &path, const QString &detail);
    static StorageError diskFull(const QString &path);
    static StorageError notWritable(const QString &path);
    static StorageError locked(const QString &path);
};

} // namespace cairn
