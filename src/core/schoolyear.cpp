#include "schoolyear.h"

#include <QRegularExpression>

namespace cairn {

QString SchoolYear::label() const
{
    return QStringLiteral("%1-%2").arg(m_start).arg((m_start + 1) % 100, 2, 10, QLatin1Char('0'));
}

std::optional<SchoolYear> SchoolYear::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})(?:\\s*[-\\x{2013}\\x{2014}/]\\s*(\\d{2}|\\d{4}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;

    const SchoolYear year(match.captured(1).toInt());
    if (!year.isValid())
        return std::nullopt;

    const QString second = match.captured(2);
    if (!second.isEmpty()) {
        const int end = second.toInt();
        const int expected = second.size() == 2 ? (year.start() + 1) % 100 : year.start() + 1;
        if (end != expected)
            return std::nullopt;
    }
    return year;
}

} // namespace cairn
