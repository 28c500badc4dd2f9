#pragma once

#include <QString>

namespace cairn {

class PlanLocation;

// Passwords a person typed for a PostgreSQL login, kept in this process's
// memory only until it ends: never written anywhere by Cairn. A password
// that libpq finds itself (PGPASSWORD, ~/.pgpass) is never asked for.
class ServerPasswords
{
public:
    // For the login, server and database of `location` (not its plan).
    static void remember(const PlanLocation &location, const QString &password);
    static void forget(const PlanLocation &location);
    // Empty when none was given.
    static QString of(const PlanLocation &location);
};

} // namespace cairn
