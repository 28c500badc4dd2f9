#include "timelinetext.h"

namespace cairn {

QString TimelineText::of(const Action &action)
{
    const QString start = action.start.toText();
    if (action.recurring)
        return start.isEmpty() ? tr("every year") : tr("%1, then every year").arg(start);
    const bool ongoing = action.due.kind() == Timepoint::Kind::Ongoing;
    const QString due = action.due.toText();
    if (start.isEmpty())
        return ongoing ? tr("ongoing") : due.isEmpty() ? QString() : tr("by %1").arg(due);
    if (ongoing)
        return tr("%1 and ongoing").arg(start);
    if (due.isEmpty())
        return tr("from %1").arg(start);
    return start == due ? start : tr("%1 to %2").arg(start, due);
}

} // namespace cairn
