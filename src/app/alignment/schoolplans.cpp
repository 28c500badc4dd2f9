#include "schoolplans.h"

#include "app/plansetting.h"
#include "storage/planreader.h"

namespace cairn {

namespace {

const PlanSetting schoolPlans(QStringLiteral("alignment/%1/schoolPlans"));

} // namespace

QStringList SchoolPlans::remembered(const QString &districtId)
{
    return schoolPlans.value(districtId).toStringList();
}

void SchoolPlans::remember(const QString &districtId, const QStringList &paths)
{
    schoolPlans.setValue(districtId, paths);
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
