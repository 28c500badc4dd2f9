#include "schoolplans.h"

#include "storage/planreader.h"

#include <QSettings>

namespace cairn {

namespace {

QString keyFor(const QString &districtId)
{
    return QStringLiteral("alignment/%1/schoolPlans").arg(districtId);
}

} // namespace

QStringList SchoolPlans::remembered(const QString &districtId)
{
    return districtId.isEmpty() ? QStringList() : QSettings().value(keyFor(districtId)).toStringList();
}

void SchoolPlans::remember(const QString &districtId, const QStringList &paths)
{
    if (districtId.isEmpty())
        return;
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(keyFor(districtId));
    else
        settings.setValue(keyFor(districtId), paths);
}

std::vector<SchoolPlans::Loaded> SchoolPlans::load(const QStringList &paths)
{
    std::vector<Loaded> loaded;
    for (const QString &path : paths) {
        PlanReader::Result result = PlanReader::read(path);
        loaded.push_back(Loaded{path, std::move(result.plan), result.problems.value(0)});
    }
    return loaded;
}

} // namespace cairn
