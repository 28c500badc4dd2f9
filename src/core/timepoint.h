#pragma once

#include "schoolyear.h"

#include <QDate>

namespace cairn {

// When an action starts or is due: a school year, a date, "ongoing", or not set.
class Timepoint
{
public:
    enum class Kind { None, Year, Date, Ongoing };

    Timepoint() = default;
    static Timepoint ofYear(SchoolYear year);
    static Timepoint ofDate(QDate date);
    static Timepoint ongoing();

    Kind kind() const { return m_kind; }
    bool isSet() const { return m_kind != Kind::None; }
    SchoolYear year() const { return m_year; }
    QDate date() const { return m_date; }
    // A later school year, or a date after the last day of `year`; never
    // "ongoing" or "not set".
    bool isAfter(SchoolYear year) const;

    // "2024-25", "2025-06-30", "ongoing" or "".
    QString toText() const;
    // The inverse of toText(); also accepts the school-year forms
    // SchoolYear::parse() knows. Empty text is "not set".
    static std::optional<Timepoint> parse(const QString &text);

    bool operator==(const Timepoint &) const = default;

private:
    Kind m_kind = Kind::None;
    SchoolYear m_year;
    QDate m_date;
};

} // namespace cairn
