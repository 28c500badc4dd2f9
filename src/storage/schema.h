#pragma once

#include <QSqlDatabase>

namespace cairn {

// The plan file's schema and the steps that bring an older file up to date.
class Schema
{
public:
    // PRAGMA application_id of every Cairn plan: "CAIR".
    static constexpr qint32 ApplicationId = 0x43414952;
    // PRAGMA user_version of files this build writes.
    static constexpr int CurrentVersion = 9;

    static int version(const QSqlDatabase &db);
    static qint32 applicationId(const QSqlDatabase &db);

    // Runs every step after the file's version up to `target`, each in one
    // transaction together with its version bump (a new file's, all in one).
    // A failed step rolls back and throws StorageError; the file keeps the
    // last version that worked.
    static void migrate(const QSqlDatabase &db, int target = CurrentVersion);
    // Every step at once, for an empty plan, inside the caller's
    // transaction (a plan pushed to a server appears whole or not at all).
    static void create(const QSqlDatabase &db);
};

} // namespace cairn
