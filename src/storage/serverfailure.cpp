#include "serverfailure.h"

#include "planlocation.h"

namespace cairn {

namespace {

bool says(const QSqlError &error, const char *words)
{
    return error.databaseText().contains(QLatin1String(words), Qt::CaseInsensitive)
           || error.driverText().contains(QLatin1String(words), Qt::CaseInsensitive);
}

// libpq's first line says it all; the rest repeats it per address tried.
QString firstLine(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

StorageError ServerFailure::connecting(const QSqlError &error, const PlanLocation &location)
{
    const QString server = location.server();
    if (says(error, "password authentication failed"))
        return StorageError(StorageError::Kind::Password,
                            tr("The PostgreSQL server %1 refused the password for the login %2. Check the password in "
                               "PGPASSWORD or in your ~/.pgpass file (docs/server.md); nothing was changed.")
                                .arg(server, location.userShown()));
    if (says(error, "no password supplied"))
        return StorageError(StorageError::Kind::Password,
                            tr("The PostgreSQL server %1 asks for the password of the login %2. Set it in PGPASSWORD or "
                               "add a line for it to your ~/.pgpass file (docs/server.md), then try again; nothing was changed.")
                                .arg(server, location.userShown()));
    if (says(error, "role \"") && says(error, "does not exist"))
        return StorageError(StorageError::Kind::Server,
                            tr("The PostgreSQL server %1 has no login %2. Ask the server's administrator for one, or name "
                               "yours in the URL (postgresql://LOGIN@host/database); nothing was changed.")
                                .arg(server, location.userShown()));
    if (says(error, "database \"") && says(error, "does not exist"))
        return StorageError(StorageError::Kind::Server,
                            tr("The PostgreSQL server %1 has no database \"%2\". Check the name in the URL, or create "
                               "the database first (docs/server.md); nothing was changed.")
                                .arg(location.hostShown(), location.database()));
    if (says(error, "no pg_hba.conf entry"))
        return StorageError(StorageError::Kind::Server,
                            tr("The PostgreSQL server %1 does not accept connections from this computer for the login %2 "
                               "(its pg_hba.conf has no entry for it). Ask the server's administrator; nothing was changed.")
                                .arg(server, location.userShown()));
    return StorageError(StorageError::Kind::Server,
                        tr("The PostgreSQL server %1 could not be reached (%2). Check the host name and port in the URL, "
                           "that the server is running and that the network allows the connection; nothing was changed.")
                            .arg(server, firstLine(error)));
}

StorageError ServerFailure::from(const QSqlError &error, const QString &where, const QString &statement)
{
    const QString state = error.nativeErrorCode();
    // Class 08 (connection exception) and 57P (the server shutting down).
    const bool gone = state.isEmpty() && (says(error, "server closed the connection") || says(error, "no connection to the server"));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) || gone)
        return StorageError(StorageError::Kind::Server,
                            tr("The connection to the PostgreSQL server holding %1 was lost (%2). Nothing was changed; "
                               "try again once the server can be reached.")
                                .arg(where, firstLine(error)));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return StorageError(StorageError::Kind::Conflict,
                            tr("Someone else was changing %1 at the same moment, so nothing was changed. Look at the plan "
                               "as it is now and make the change again.")
                                .arg(where));
    if (state == QLatin1String("42501"))
        return StorageError(StorageError::Kind::NotWritable,
                            tr("Your login may not make this change in %1 (%2); nothing was changed.").arg(where, firstLine(error)));
    if (state == QLatin1String("25006"))
        return StorageError(StorageError::Kind::ReadOnly, tr("%1 is open read-only; nothing was changed.").arg(where));
    if (state == QLatin1String("53100"))
        return StorageError(StorageError::Kind::DiskFull,
                            tr("The PostgreSQL server holding %1 has no disk space left, so the change could not be saved. "
                               "Nothing was changed; ask the server's administrator to make room.")
                                .arg(where));
    return StorageError(StorageError::Kind::Sql, tr("%1 could not be read or updated: %2 (while running: %3)")
                                                     .arg(where, firstLine(error), statement.simplified().left(120)));
}

} // namespace cairn
