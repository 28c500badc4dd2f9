#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace cairn {

// Who may do what on a PostgreSQL server, enforced by the server itself
// (grants, row-level security and triggers), so that a client skipping
// Cairn's own checks is held by the same rules. A database has three group
// roles, named after it so that two databases on one server do not collide:
// DATABASE_coordinator writes everything, DATABASE_owner writes the values
// and provenance of the measures it owns and the progress of the actions it
// owns, DATABASE_viewer reads. cairn.people maps each login to its role and
// the owner name it goes by in plans.
class ServerSecurity
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ServerSecurity)

public:
    enum class Role { Coordinator, Owner, Viewer };

    struct Person {
        QString login;
        Role role;
        QString ownerName; // as items' owner fields name them; empty: the login
    };

    static QString token(Role role);
    static std::optional<Role> roleFrom(const QString &token);
    // The role's name in words, for messages.
    static QString roleShown(Role role);

    // The roles, cairn.people and the server-side checks; then protects
    // every plan schema already in the catalog that this login owns. Part of
    // server init (the database owner's); running it again changes nothing.
    // Throws StorageError.
    static void install(const QSqlDatabase &db);
    // Grants, policies and triggers on one plan's schema (after its rows
    // were written: the audit trigger must not restamp a pushed history).
    static void protect(const QSqlDatabase &db, const QString &schema);

    // Whether this connection's login may change the plan its search_path
    // names at all (a viewer may not).
    static bool mayWritePlan(const QSqlDatabase &db);
    // The part this connection's login plays: its role and owner name as
    // listed, a coordinator for the database's owner or a superuser (not
    // listed), a viewer for any other login.
    static Person self(const QSqlDatabase &db);

    // Maps `person.login` to a role and owner name, creating the login
    // (without a password unless one is given) when it is missing. Only a
    // coordinator, the database's owner or a superuser may (the server
    // checks). Throws StorageError, saying plainly when this login may not.
    static void addPerson(const QSqlDatabase &db, const Person &person, const std::optional<QString> &password);
    static std::vector<Person> people(const QSqlDatabase &db);
    // Takes the login's role away; the login itself is left to the server's
    // administrator (it may have rights elsewhere). False if it had none.
    static bool removePerson(const QSqlDatabase &db, const QString &login);
};

} // namespace cairn
