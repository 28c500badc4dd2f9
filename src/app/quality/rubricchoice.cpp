#include "rubricchoice.h"

#include "app/plansetting.h"
#include "storage/qualityjson.h"

#include <QFileInfo>

namespace cairn {

namespace {

const PlanSetting rubric(QStringLiteral("quality/%1/rubric"));

} // namespace

QString RubricChoice::remembered(const QString &planId)
{
    return rubric.value(planId).toString();
}

void RubricChoice::remember(const QString &planId, const QString &path)
{
    rubric.setValue(planId, path);
}

RubricChoice::Loaded RubricChoice::load(const QString &path)
{
    if (path.isEmpty())
        return {Rubric::builtIn(), {}};
    const QualityJson::Read read = QualityJson::readCriteriaFile(path);
    if (read.criteria)
        return {*read.criteria, {}};
    const QString why = !read.unreadable.isEmpty() ? read.unreadable : read.problems.front().toString();
    return {Rubric::builtIn(), tr("The rubric %1 cannot be used (%2), so Cairn's rubric is shown.").arg(QFileInfo(path).fileName(), why)};
}

} // namespace cairn
