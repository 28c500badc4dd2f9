#include "rubricchoice.h"

#include "storage/qualityjson.h"

#include <QFileInfo>
#include <QSettings>

namespace cairn {

namespace {

QString rubricKey(const QString &planId)
{
    return QStringLiteral("quality/%1/rubric").arg(planId);
}

} // namespace

QString RubricChoice::remembered(const QString &planId)
{
    return planId.isEmpty() ? QString() : QSettings().value(rubricKey(planId)).toString();
}

void RubricChoice::remember(const QString &planId, const QString &path)
{
    if (planId.isEmpty())
        return;
    QSettings settings;
    path.isEmpty() ? settings.remove(rubricKey(planId)) : settings.setValue(rubricKey(planId), path);
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
