#include "timepoint.h"

namespace cairn {

Timepoint Timepoint::ofYear(SchoolYear year)
{
    Timepoint point;
    point.m_kind = Kind::Year;
    point.m_year = year;
    return point;
}

Timepoint Timepoint::ofDate(QDate date)
{
    Timepoint point;
    point.m_kind = Kind::Date;
    point.m_date = date;
    return point;
}

Timepoint Timepoint::ongoing()
{
    Timepoint point;
    point.m_kind = Kind::Ongoing;
    return point;
}

bool Timepoint::isAfter(SchoolYear year) const
{
    return (m_kind == Kind::Year && m_year > year) || (m_kind == Kind::Date && m_date > year.lastDay());
}

QString Timepoint::toText() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Year:
        return m_year.label();
    case Kind::Date:
        return m_date.toString(Qt::ISODate);
    case Kind::Ongoing:
        return QStringLiteral("ongoing");
    }
    return {};
}

std::optional<Timepoint> Timepoint::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Timepoint();
    if (trimmed.compare(QLatin1String("ongoing"), Qt::CaseInsensitive) == 0)
        return ongoing();
    if (const auto year = SchoolYear::parse(trimmed))
        return ofYear(*year);
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && date.year() >= SchoolYear::MinStart && date.year() <= SchoolYear::MaxStart + 1)
        return ofDate(date);
    return std::nullopt;
}

} // namespace cairn
