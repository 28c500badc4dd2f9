#include "serverfailure.h"

#include "planlocation.h"

#include <QRegularExpression>

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

StorageError ServerFailure::refused(const QSqlError &error, const QString &where, const QString &statement)
{
    // The server's own checks (ServerSecurity) name the item and its owner:
    // "cairn-refused", kind, code, owner, separated by tabs.
    static const QRegularExpression mark(QStringLiteral("cairn-refused\t([a-z]+)\t([^\t]*)\t([^\n]*)"));
    const QRegularExpressionMatch match = mark.match(error.databaseText());
    if (match.hasMatch()) {
        const bool measure = match.captured(1) == QLatin1String("measure");
        const QString code = match.captured(2);
        const QString owner = match.captured(3).trimmed();
        if (owner.isEmpty())
            return StorageError(StorageError::Kind::NotWritable,
                                measure ? tr("You can enter values for the measures you own; %1 has no owner, so only the "
                                             "coordinator can change it. Nothing was changed.")
                                              .arg(code)
                                        : tr("You can update the progress of the actions you own; %1 has no owner, so only "
                                             "the coordinator can change it. Nothing was changed.")
                                              .arg(code));
        return StorageError(StorageError::Kind::NotWritable,
                            measure ? tr("You can enter values for the measures you own; %1 belongs to %2. Nothing was changed.")
                                          .arg(code, owner)
                                    : tr("You can update the progress of the actions you own; %1 belongs to %2. Nothing was "
                                         "changed.")
                                          .arg(code, owner));
    }
    // server user add and remove (ServerSecurity): "cairn-refused-" and why.
    static const QRegularExpression login(QStringLiteral("cairn-refused-(powerful|password)\t([^\n]*)"));
    const QRegularExpressionMatch person = login.match(error.databaseText());
    if (person.hasMatch() && person.captured(1) == QLatin1String("powerful"))
        return StorageError(StorageError::Kind::NotWritable,
                            tr("%1 is a login with rights beyond Cairn's (a superuser, one that creates roles or the "
                               "database's owner), so it is left to the server's administrator; nothing was changed.")
                                .arg(person.captured(2).trimmed()));
    if (person.hasMatch())
        return StorageError(StorageError::Kind::NotWritable,
                            tr("%1 is a login Cairn did not create, so its password is left to the server's administrator; "
                               "nothing was changed.")
                                .arg(person.captured(2).trimmed()));
    if (says(error, "cairn-refused-people"))
        return StorageError(StorageError::Kind::NotWritable,
                            tr("Only the plan's coordinator or the database's owner may add or remove people; nothing was "
                               "changed."));
    if (says(error, "permission denied to create role") || says(error, "must have admin option"))
        return StorageError(StorageError::Kind::NotWritable,
                            tr("The login that ran \"cairn-cli server init\" on %1 may not create logins or give them roles "
                               "(PostgreSQL's CREATEROLE right). Run it again with a login that may, such as the database's "
                               "owner created with --createrole (docs/server.md); nothing was changed.")
                                .arg(where));
    // Every role reads everything: a refused read means the login has none.
    if (statement.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
        return StorageError(StorageError::Kind::NotWritable,
                            tr("Your login has no role in the plans of %1, so it may not read them. Ask the plans' "
                               "coordinator to give it one (cairn-cli server user add); nothing was changed.")
                                .arg(where));
    return StorageError(StorageError::Kind::NotWritable,
                        tr("Your login may not make this change in %1: an owner enters the values, notes and sources of "
                           "the measures they own and the progress of the actions they own, a viewer reads, and the "
                           "coordinator changes everything else. Nothing was changed.")
                            .arg(where));
}

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
        return refused(error, where, statement);
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
