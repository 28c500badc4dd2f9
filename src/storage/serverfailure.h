#pragma once

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cairn {

class PlanLocation;

// Names the real cause of a failed call to a PostgreSQL server, as
// SqliteFailure does for a file: the server not reachable, a login or
// password refused, no such database, the connection lost, a write the
// login may not make. Query errors are told apart by their SQLSTATE; a
// failed connection has only libpq's words.
class ServerFailure
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ServerFailure)

public:
    // Why opening a connection to `location` failed.
    static StorageError connecting(const QSqlError &error, const PlanLocation &location);
    // Why a statement failed; `where` names the database in the message.
    static StorageError from(const QSqlError &error, const QString &where, const QString &statement);
    // A statement the login may not run (insufficient_privilege), in plain
    // words: whose the item is when the server's own checks said.
    static StorageError refused(const QSqlError &error, const QString &where, const QString &statement);
};

} // namespace cairn
