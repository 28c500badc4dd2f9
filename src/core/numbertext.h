#pragma once

#include <QStringList>

#include <optional>

namespace cairn {

// Which mark separates decimals. A file from a spreadsheet set to French or
// Spanish writes "1.234,5"; one set to English writes "1,234.5".
enum class DecimalMark { Either, Point, Comma };

// Reads a number as people type or paste it from a spreadsheet: "56",
// "56%", "-4.5", "1,234.5", "1.234,5", "1E+15", with spaces around. With `Either`,
// a lone comma before exactly three digits ("1,234") is a thousands
// separator. Anything else, and a number too large for a double, gives
// nothing; whether a number is within a plan's range is PlanRules' part.
std::optional<double> parseNumber(const QString &text, DecimalMark mark = DecimalMark::Either);

// A number as stored, in full and without grouping ("38.5", "1234.5"),
// for editing: what parseNumber reads back to the same value.
QString storedNumber(double value);

// A number in full as a reader of the current locale writes it, grouped:
// "2,400", "1,234.5"; for messages, not for editing.
QString shownNumber(double value);

// What a number's text says about the decimal mark, if anything: "12,5"
// says comma, "12.5" says point, "1,234" or "56" say nothing.
DecimalMark decimalMarkOf(const QString &text);

// The decimal mark numbers written together share (a column of a sheet, a
// pasted block): the one any of them shows, else `fallback`; none when
// some show a point and others a comma. So "1,234" next to "12,5" is read
// as 1.234, never silently as 1234.
std::optional<DecimalMark> commonDecimalMark(const QStringList &texts, DecimalMark fallback);

} // namespace cairn
