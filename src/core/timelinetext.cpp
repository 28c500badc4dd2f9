#include "timelinetext.h"

#include <QRegularExpression>

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

std::optional<TimelineText::Start> TimelineText::parseStart(const QString &text)
{
    static const QRegularExpression tail(QStringLiteral(R"(^(.*?)\s*(?:\(\s*and\s+(recurring|ongoing)\s*\)|and\s+(ongoing)|,?\s*then\s+(every\s+year))\s*$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    Start start;
    QString first = text.simplified();
    if (const auto match = tail.match(first); match.hasMatch()) {
        first = match.captured(1);
        const QString word = (match.captured(2) + match.captured(3)).toLower();
        start.recurring = word == QLatin1String("recurring") || !match.captured(4).isEmpty();
        start.ongoing = word == QLatin1String("ongoing");
        if (first.isEmpty())
            return std::nullopt; // "(and recurring)" needs the year it starts
    }
    const auto point = Timepoint::parse(first);
    if (!point)
        return std::nullopt;
    start.start = *point;
    return start;
}

} // namespace cairn
