#include "coveragetext.h"

#include "statustext.h"

#include <cmath>

namespace cairn {

QString CoverageText::reported(const Coverage &coverage)
{
    if (coverage.measures == 1)
        return tr("%1 of 1 measure reported").arg(coverage.measuresReported);
    if (coverage.measures > 1)
        return tr("%1 of %2 measures reported").arg(coverage.measuresReported).arg(coverage.measures);
    return coverage.actions > 0 ? tr("no measures") : QString();
}

QString CoverageText::status(const ItemStatus &item)
{
    QString text = StatusText::word(item.judgement.status);
    if (item.judgement.manual)
        text = tr("%1 (assessed)").arg(text);
    const QString coverage = reported(item.coverage);
    return coverage.isEmpty() ? text : tr("%1 · %2").arg(text, coverage);
}

bool CoverageText::fromMeasures(const ItemStatus &item)
{
    return item.coverage.measuresWithProgress > 0 && item.progress;
}

std::optional<double> CoverageText::progressShare(const ItemStatus &item)
{
    if (fromMeasures(item))
        return item.progress;
    if (item.coverage.actions > 0)
        return double(item.coverage.actionsComplete) / item.coverage.actions;
    return std::nullopt;
}

QString CoverageText::progress(const ItemStatus &item)
{
    if (fromMeasures(item))
        return tr("%1% of the way from the baselines to the final targets").arg(std::lround(*item.progress * 100));
    if (item.coverage.actions == 1)
        return tr("%1 of 1 action complete").arg(item.coverage.actionsComplete);
    if (item.coverage.actions > 1)
        return tr("%1 of %2 actions complete").arg(item.coverage.actionsComplete).arg(item.coverage.actions);
    return tr("No progress measured yet");
}

QString CoverageText::progressCell(const ItemStatus &item)
{
    if (fromMeasures(item))
        return tr("%1%").arg(std::lround(*item.progress * 100));
    if (item.coverage.actions == 1)
        return tr("%1 of 1 action").arg(item.coverage.actionsComplete);
    if (item.coverage.actions > 1)
        return tr("%1 of %2 actions").arg(item.coverage.actionsComplete).arg(item.coverage.actions);
    return QStringLiteral("—");
}

} // namespace cairn
