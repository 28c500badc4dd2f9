#pragma once

#include <QSqlDatabase>
#include <QCoreApplication>
#include <QString>

namespace cairn {

// Opening a plan file safely: every check that can refuse a file runs on a
// read-only connection, so a refused file is left exactly as it was.
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(cairn::PlanFile)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Checks that `path` is a readable Cairn plan this build understands and
    // returns its schema version. Throws StorageError (not found, not SQLite,
    // not a Cairn plan, damaged, too new) with a message for the user.
    static int inspect(const QString &path);

    // Opens a connection under a fresh connection name. Read-write
    // connections get foreign keys and write-ahead logging.
    static QSqlDatabase connect(const QString &path, Access access);
    static void disconnect(QSqlDatabase &db);

    // Copies `path` to a free name beside it ("plan.cairn.v1.bak") and
    // returns that name. Throws StorageError if the copy fails.
    static QString backup(const QString &path, int version);
};

} // namespace cairn
