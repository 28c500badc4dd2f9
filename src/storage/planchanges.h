#pragma once

#include "planlocation.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace cairn {

// Tells a window on a plan on a PostgreSQL server when someone else
// committed to it, and when its connection to the server is lost and back.
// Every plan schema announces each change of its revision on the channel
// "cairn_changes" with the schema's name as payload (a trigger made with
// the schema's other checks, ServerSecurity::protect), whoever wrote it:
// the app, cairn-cli, plain SQL. This listens on the repository's own
// connection; QPSQL delivers the announcements in the event loop.
//
// A lost connection is noticed by a check every few seconds, or at once
// when a statement fails (check()); it is then closed and opened again
// every few seconds until the server answers, when the announcements are listened to again and restored()
// says the caller should read what others changed meanwhile.
class PlanChanges : public QObject
{
    Q_OBJECT

public:
    // The channel and its payload are a contract with every other writer.
    static const QString Channel;

    // `db` is a server plan's connection (its search_path naming the plan).
    // Throws StorageError when the server refuses to listen.
    PlanChanges(QSqlDatabase db, const PlanLocation &location, QObject *parent = nullptr);
    ~PlanChanges() override;

    // Whether the plan's schema announces its changes: one pushed by an
    // older Cairn does not until its owner opens it or runs server init
    // again, and must then be looked at every second instead.
    static bool announced(const QSqlDatabase &db);
    bool announces() const { return m_announces; }

    bool isConnected() const { return !m_lostSince.isValid(); }
    // When the connection was found lost; invalid while it is there.
    QDateTime lostSince() const { return m_lostSince; }
    // The server, as messages name it ("db.example.org:5432/cairn").
    QString server() const { return m_location.server(); }
    // What the person is told while the connection is lost.
    QString lostMessage() const;

    // Looks now whether the server still answers (after a statement
    // failed); false, and lost() emitted, when it does not.
    bool check();
    // How often a connection that is there is checked, and a lost one tried
    // again (tests shorten them).
    void setIntervals(int checkMs, int retryMs);

signals:
    // Someone else committed to the plan.
    void changed();
    void lost();
    // Connected and listening again: what others did meanwhile is unseen.
    void restored();

private:
    void listen();
    void takeNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void markLost();
    void reconnect();

    QSqlDatabase m_db;
    PlanLocation m_location;
    QString m_schema;
    bool m_announces = false;
    QDateTime m_lostSince;
    QTimer m_check;
    QTimer m_retry;
};

} // namespace cairn
