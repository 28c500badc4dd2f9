#include "planplace.h"

#include "storage/planlocation.h"
#include "storage/storageerror.h"

#include <QFileInfo>

namespace cairn {

bool PlanPlace::isServer(const QString &place)
{
    return PlanLocation::isServer(place);
}

QString PlanPlace::name(const QString &place)
{
    if (!isServer(place))
        return QFileInfo(place).fileName();
    try {
        return PlanLocation::parse(place).server();
    } catch (const StorageError &) {
        return place; // shown as given: opening it says what is wrong
    }
}

QString PlanPlace::remembered(const QString &place)
{
    return isServer(place) ? place : QFileInfo(place).absoluteFilePath();
}

bool PlanPlace::same(const QString &first, const QString &second)
{
    if (isServer(first) || isServer(second))
        return first == second;
    return QFileInfo(first).canonicalFilePath() == QFileInfo(second).canonicalFilePath();
}

} // namespace cairn
