#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace cairn {

// A school year, identified by the calendar year in which it starts:
// SchoolYear(2023) is shown as "2023-24".
class SchoolYear
{
public:
    static constexpr int MinStart = 1900;
    static constexpr int MaxStart = 2200;

    constexpr SchoolYear() = default;
    constexpr explicit SchoolYear(int startYear)
        : m_start(startYear)
    {
    }

    constexpr int start() const { return m_start; }
    constexpr bool isValid() const { return m_start >= MinStart && m_start <= MaxStart; }

    // "2023-24"
    QString label() const;
    SchoolYear next() const { return SchoolYear(m_start + 1); }
    // A school year runs from 1 July to 30 June, as a district's fiscal year does.
    QDate firstDay() const { return QDate(m_start, 7, 1); }
    QDate lastDay() const { return QDate(m_start + 1, 6, 30); }

    // Accepts the forms plans are written in: "2023-24", "2023-2024",
    // "2023–24" (en dash), "2023/24" and a bare start year "2023".
    // The second year must follow the first. Years outside 1900-2200 are refused.
    static std::optional<SchoolYear> parse(const QString &text);

    constexpr auto operator<=>(const SchoolYear &) const = default;

private:
    int m_start = 0;
};

} // namespace cairn
