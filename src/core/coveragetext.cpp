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
    const Coverage &coverage = item.coverage;
    if (coverage.actions + coverage.milestones > 0)
        return double(coverage.actionsComplete + coverage.milestonesMet) / (coverage.actions + coverage.milestones);
    return std::nullopt;
}

QString CoverageText::progress(const ItemStatus &item, Form form)
{
    const Coverage &coverage = item.coverage;
    if (fromMeasures(item)) {
        const long percent = std::lround(*item.progress * 100);
        switch (form) {
        case Form::Sentence:
            return tr("%1% of the way from the baselines to the final targets").arg(percent);
        case Form::Short:
            return tr("%1% of the way to the final targets").arg(percent);
        case Form::Cell:
            return tr("%1%").arg(percent);
        }
    }
    // Without measured progress: what is done, told as counts.
    const bool cell = form == Form::Cell;
    // "%1 of %2 …": the words for a total of one, and for more.
    auto counted = [](int done, int total, const QString &one, const QString &many) {
        return (total == 1 ? one : many).arg(done).arg(total);
    };
    QStringList parts;
    if (coverage.actions > 0)
        parts.append(cell ? counted(coverage.actionsComplete, coverage.actions, tr("%1 of %2 action"), tr("%1 of %2 actions"))
                          : counted(coverage.actionsComplete, coverage.actions, tr("%1 of %2 action complete"),
                                    tr("%1 of %2 actions complete")));
    if (coverage.milestones > 0)
        parts.append(cell ? counted(coverage.milestonesMet, coverage.milestones, tr("%1 of %2 outcome"), tr("%1 of %2 outcomes"))
                          : counted(coverage.milestonesMet, coverage.milestones, tr("%1 of %2 dated outcome met"),
                                    tr("%1 of %2 dated outcomes met")));
    if (!parts.isEmpty())
        return parts.join(tr(" · "));
    return cell ? QStringLiteral("—") : tr("No progress measured yet");
}

} // namespace cairn
