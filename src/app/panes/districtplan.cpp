#include "districtplan.h"

#include "app/plansetting.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QDateTime>
#include <QFileInfo>

namespace cairn {

namespace {

const PlanSetting districtPlanFile(QStringLiteral("alignment/districtPlans/%1"));

struct Cached {
    QString path;
    QDateTime modified;
    std::shared_ptr<const Plan> plan;
};

} // namespace

void DistrictPlan::remember(const QString &id, const QString &path)
{
    districtPlanFile.setValue(id, QFileInfo(path).absoluteFilePath());
}

QString DistrictPlan::rememberedPath(const QString &id)
{
    return districtPlanFile.value(id).toString();
}

std::shared_ptr<const Plan> DistrictPlan::of(const Plan &plan)
{
    static Cached cached;
    const QString path = rememberedPath(plan.alignsTo.id);
    if (path.isEmpty())
        return nullptr;
    const QDateTime modified = QFileInfo(path).lastModified();
    if (cached.path != path || cached.modified != modified) {
        cached = {path, modified, nullptr};
        try {
            cached.plan = std::make_shared<const Plan>(Repository::open(path, Repository::Access::ReadOnly)->load());
        } catch (const StorageError &) {
            return nullptr; // moved, damaged or unreadable: offered again once opened or chosen
        }
    }
    return cached.plan && cached.plan->uuid == plan.alignsTo.id ? cached.plan : nullptr;
}

} // namespace cairn
