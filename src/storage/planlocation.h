#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cairn {

// Where a plan on a PostgreSQL server is:
//   postgresql://[user@]host[:port]/database?plan=ID-or-title[&sslmode=require]
// The one parser of such URLs; everything that accepts a plan file asks
// isServer() first. A password never appears here: libpq reads it from
// PGPASSWORD or ~/.pgpass, and Cairn stores none.
class PlanLocation
{
    Q_DECLARE_TR_FUNCTIONS(cairn::PlanLocation)

public:
    static constexpr int DefaultPort = 5432;

    // Whether `text` names a server rather than a file (by its scheme).
    static bool isServer(const QString &text);
    // Throws StorageError (Invalid) saying what is wrong with the URL.
    static PlanLocation parse(const QString &text);

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    // The plan asked for: its id or its title; empty when the URL names
    // none (server init, server push).
    QString plan() const { return m_plan; }
    // libpq settings from the URL (sslmode, …) as QPSQL connect options.
    QString connectOptions() const;

    // For messages: "db.example.org:5432", "db.example.org:5432/cairn",
    // the login (or the one libpq will use when the URL names none) and
    // the plan with its server.
    QString hostShown() const;
    QString server() const;
    QString userShown() const;
    QString shown() const;

    PlanLocation withPlan(const QString &plan) const;
    QString toString() const;

private:
    QString m_host;
    int m_port = DefaultPort;
    QString m_user;
    QString m_database;
    QString m_plan;
    QStringList m_options; // "sslmode=require", in the URL's order
};

} // namespace cairn
