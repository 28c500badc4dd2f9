#include "planlocation.h"

#include "storageerror.h"

#include <QUrl>
#include <QUrlQuery>

namespace cairn {

namespace {

// The libpq settings a URL may carry besides the plan; anything else is
// refused so that a typing mistake is not silently ignored.
const QLatin1String settings[] = {QLatin1String("sslmode"), QLatin1String("sslrootcert"), QLatin1String("sslcert"),
                                  QLatin1String("sslkey"), QLatin1String("connect_timeout")};
const QLatin1String sslModes[] = {QLatin1String("disable"), QLatin1String("allow"), QLatin1String("prefer"),
                                  QLatin1String("require"), QLatin1String("verify-ca"), QLatin1String("verify-full")};

[[noreturn]] void refuse(const QString &text, const QString &why)
{
    throw StorageError(StorageError::Kind::Invalid,
                       PlanLocation::tr("\"%1\" is not a plan location Cairn understands: %2. Write it as "
                                        "postgresql://LOGIN@HOST:PORT/DATABASE?plan=PLAN (docs/server.md).")
                           .arg(text, why));
}

} // namespace

bool PlanLocation::isServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

PlanLocation PlanLocation::parse(const QString &text)
{
    if (!isServer(text))
        refuse(text, tr("it does not start with postgresql://"));
    // Tolerant: a title typed with its spaces (plan=Socorro ISD) is meant as written.
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid())
        refuse(text, url.errorString());
    if (!url.password().isEmpty())
        refuse(text, tr("it holds a password, which Cairn never keeps; put the password in PGPASSWORD or in your "
                        "~/.pgpass file instead"));
    if (!url.fragment().isEmpty())
        refuse(text, tr("it has a part after #"));
    PlanLocation location;
    location.m_host = url.host();
    location.m_user = url.userName();
    location.m_port = url.port(DefaultPort);
    location.m_database = url.path().mid(1);
    if (location.m_host.isEmpty())
        refuse(text, tr("it names no server"));
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        refuse(text, tr("it names no database (the part after the server and a /)"));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("plan")) {
            if (value.trimmed().isEmpty())
                refuse(text, tr("plan= names no plan"));
            location.m_plan = value.trimmed();
            continue;
        }
        if (std::find(std::begin(settings), std::end(settings), key) == std::end(settings))
            refuse(text, tr("it has a setting \"%1\" Cairn does not know (it knows plan, sslmode, sslrootcert, sslcert, "
                            "sslkey and connect_timeout)")
                             .arg(key));
        if (key == QLatin1String("sslmode") && std::find(std::begin(sslModes), std::end(sslModes), value) == std::end(sslModes))
            refuse(text, tr("sslmode=%1 is not one of disable, allow, prefer, require, verify-ca and verify-full").arg(value));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            refuse(text, tr("the value of %1 has a space or a semicolon").arg(key));
        location.m_options.append(key + QLatin1Char('=') + value);
    }
    return location;
}

QString PlanLocation::connectOptions() const
{
    QStringList options = m_options;
    // An unreachable server is said within seconds rather than after the
    // operating system's own long wait.
    if (!std::any_of(options.begin(), options.end(), [](const QString &option) { return option.startsWith(QLatin1String("connect_timeout=")); }))
        options.append(QStringLiteral("connect_timeout=10"));
    return options.join(QLatin1Char(';'));
}

QString PlanLocation::hostShown() const
{
    return m_host + QLatin1Char(':') + QString::number(m_port);
}

QString PlanLocation::server() const
{
    return hostShown() + QLatin1Char('/') + m_database;
}

QString PlanLocation::userShown() const
{
    if (!m_user.isEmpty())
        return m_user;
    return qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
}

QString PlanLocation::shown() const
{
    return m_plan.isEmpty() ? server() : tr("\"%1\" on %2").arg(m_plan, server());
}

PlanLocation PlanLocation::withPlan(const QString &plan) const
{
    PlanLocation copy = *this;
    copy.m_plan = plan;
    return copy;
}

QString PlanLocation::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setUserName(m_user);
    if (m_port != DefaultPort)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (!m_plan.isEmpty())
        query.addQueryItem(QStringLiteral("plan"), m_plan);
    for (const QString &option : m_options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace cairn
