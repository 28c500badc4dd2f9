#include "serverpasswords.h"

#include "planlocation.h"

#include <QHash>

namespace cairn {

namespace {

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byLogin;
    return byLogin;
}

// A login on one database of one server.
QString keyOf(const PlanLocation &location)
{
    return location.userShown() + QLatin1Char('@') + location.server();
}

} // namespace

void ServerPasswords::remember(const PlanLocation &location, const QString &password)
{
    passwords().insert(keyOf(location), password);
}

void ServerPasswords::forget(const PlanLocation &location)
{
    passwords().remove(keyOf(location));
}

QString ServerPasswords::of(const PlanLocation &location)
{
    return passwords().value(keyOf(location));
}

} // namespace cairn
