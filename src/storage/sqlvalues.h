#pragma once

#include "core/enums.h"
#include "core/schoolyear.h"
#include "core/timepoint.h"
#include "core/translation.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>

// Conversions between domain values and what a plan file stores. Absent
// values are SQL NULL; dates are ISO 8601 text; enums are their tokens.
namespace cairn::sqlvalue {

QVariant fromOptional(const std::optional<double> &value);
std::optional<double> toOptionalDouble(const QVariant &value);
QVariant fromOptional(const std::optional<int> &value);
std::optional<int> toOptionalInt(const QVariant &value);

QVariant fromYear(const std::optional<SchoolYear> &year);
std::optional<SchoolYear> toOptionalYear(const QVariant &value);

QVariant fromDate(const QDate &date);
QDate toDate(const QVariant &value);

QVariant fromDateTime(const QDateTime &when);
QDateTime toDateTime(const QVariant &value);

// String lists are kept as a JSON array of strings in one column.
QVariant fromList(const QStringList &list);
QStringList toList(const QVariant &value);

// A second language's texts are kept as a JSON object, field to text.
QVariant fromTranslation(const Translation &texts);
Translation toTranslation(const QVariant &value);

QVariant fromTimepoint(const Timepoint &point);
Timepoint toTimepoint(const QVariant &value);

template<typename Enum>
QVariant fromEnum(Enum value)
{
    return toToken(value);
}

template<typename Enum>
Enum toEnum(const QVariant &value, Enum fallback)
{
    return parseToken<Enum>(value.toString()).value_or(fallback);
}

} // namespace cairn::sqlvalue
