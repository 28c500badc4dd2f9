#pragma once

#include <QSqlDatabase>
#include <QCoreApplication>
#include <QString>

namespace cairn {

// Opening a plan file safely: every check that can refuse a file runs on a
// read-only connection, so a refused file is left exactly as it was. The
// one write before the checks is SQLite's own recovery of a journal or log
// left beside the file by a writer that crashed.
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
    // connections get foreign keys and a rollback journal with full syncs:
    // the .cairn file alone holds every committed edit (docs/architecture.md).
    static QSqlDatabase connect(const QString &path, Access access);
    static void disconnect(QSqlDatabase &db);

    // Copies `path` to a free name beside it ("plan.cairn.v1.bak") and
    // returns that name. Throws StorageError if the copy fails.
    // An identical earlier backup is reused rather than copied again.
    static QString backup(const QString &path, int version);

    // Brings what a crashed writer left beside `path` (a hot journal, a
    // write-ahead log) into the file and leaves it in rollback-journal mode
    // with no side file. Throws StorageError.
    static void recover(const QString &path);

    // Moves a complete `temporary` plan over `path`, first settling or
    // removing whatever log the old file had. Throws StorageError.
    static void replace(const QString &temporary, const QString &path);
};

} // namespace cairn
