#include "planchanges.h"

#include "planserver.h"
#include "serverfailure.h"
#include "sqlquery.h"

#include <QLocale>
#include <QSqlQuery>

namespace cairn {

namespace {

// A check costs the server one tiny query; a person is told of a drop at
// the latest this long after it (at once when an edit or a read fails).
// QPSQL's own socket watch is out of reach (it has no parent to find).
constexpr int CheckInterval = 3000;
// A lost server is tried again this often: soon back, never hammered.
constexpr int RetryInterval = 3000;

} // namespace

const QString PlanChanges::Channel = QStringLiteral("cairn_changes");

PlanChanges::PlanChanges(QSqlDatabase db, const PlanLocation &location, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_location(location)
    , m_schema(SqlQuery::scalar(m_db, QStringLiteral("SELECT current_schema()")).toString())
    , m_announces(announced(m_db))
{
    connect(m_db.driver(), &QSqlDriver::notification, this, &PlanChanges::takeNotification);
    listen();
    m_check.setInterval(CheckInterval);
    m_retry.setInterval(RetryInterval);
    connect(&m_check, &QTimer::timeout, this, &PlanChanges::check);
    connect(&m_retry, &QTimer::timeout, this, &PlanChanges::reconnect);
    m_check.start();
}

PlanChanges::~PlanChanges()
{
    if (m_db.isOpen() && m_db.driver())
        m_db.driver()->unsubscribeFromNotification(Channel);
}

bool PlanChanges::announced(const QSqlDatabase &db)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'announce_change' "
                                               "AND tgrelid = to_regclass('plan'))"))
        .toBool();
}

QString PlanChanges::lostMessage() const
{
    return tr("The connection to the server %1 was lost at %2; your edits are paused until it is back. Cairn "
              "reconnects by itself every few seconds.")
        .arg(server(), QLocale().toString(m_lostSince.toLocalTime().time(), QLocale::ShortFormat));
}

void PlanChanges::setIntervals(int checkMs, int retryMs)
{
    m_check.setInterval(checkMs);
    m_retry.setInterval(retryMs);
}

void PlanChanges::listen()
{
    if (!m_db.driver()->subscribeToNotification(Channel))
        throw ServerFailure::connecting(m_db.driver()->lastError(), m_location);
}

void PlanChanges::takeNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // Its own commits this window has already shown.
    if (name == Channel && source != QSqlDriver::SelfSource && payload.toString() == m_schema)
        emit changed();
}

bool PlanChanges::check()
{
    if (!isConnected())
        return false;
    QSqlQuery probe(m_db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return true;
    markLost();
    return false;
}

void PlanChanges::markLost()
{
    m_lostSince = QDateTime::currentDateTimeUtc();
    m_check.stop();
    // Closing stops QPSQL watching a dead socket; opening again is the way back.
    m_db.close();
    m_retry.start();
    emit lost();
}

void PlanChanges::reconnect()
{
    try {
        PlanServer::reopen(m_db, m_location, m_schema);
        listen();
    } catch (const StorageError &) {
        m_db.close();
        return; // not yet: tried again at the next tick
    }
    m_lostSince = {};
    m_retry.stop();
    m_check.start();
    emit restored();
}

} // namespace cairn
