#include "duedate.h"

#include <QRegularExpression>

#include <array>

namespace cairn {

namespace {

struct Season {
    const char *name;
    int lastMonth;
};

constexpr std::array seasons{Season{"winter", 2}, Season{"spring", 5}, Season{"summer", 8}, Season{"fall", 12},
                             Season{"autumn", 12}};

// 1..12 for an English month name or its abbreviation ("Jan", "Sept"), else 0.
int monthNumber(const QString &word)
{
    static const std::array names{"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
    const QString lower = word.toLower();
    if (lower.size() < 3)
        return 0;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (QString::fromLatin1(names[i]).startsWith(lower))
            return int(i) + 1;
    return lower == QLatin1String("sept") ? 9 : 0;
}

QDate lastDayOf(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

} // namespace

QString DueDate::display() const
{
    return text.isEmpty() ? date.toString(Qt::ISODate) : text;
}

std::optional<DueDate> DueDate::parse(const QString &written)
{
    const QString text = written.simplified();
    if (const QDate iso = QDate::fromString(text, Qt::ISODate); iso.isValid())
        return DueDate{iso, {}};

    // "By", "By the end of", "End of", "no later than" before the rest.
    static const QRegularExpression lead(QStringLiteral(R"(^(?:by|no later than|before)?\s*(?:the\s+)?(?:end\s+of\s+)?(.*)$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString rest = lead.match(text).captured(1);
    if (const QDate iso = QDate::fromString(rest, Qt::ISODate); iso.isValid())
        return DueDate{iso, text};

    // "January 31, 2022", "Jan. 31 2022"
    static const QRegularExpression day(QStringLiteral(R"(^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$)"));
    if (const auto match = day.match(rest); match.hasMatch()) {
        const QDate date(match.captured(3).toInt(), monthNumber(match.captured(1)), match.captured(2).toInt());
        if (monthNumber(match.captured(1)) && date.isValid())
            return DueDate{date, text};
        return std::nullopt;
    }
    // "January 2022", "Jan. 2022", "Spring 2022"
    static const QRegularExpression month(QStringLiteral(R"(^([A-Za-z]+)\.?,?\s+(\d{4})$)"));
    const auto match = month.match(rest);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(2).toInt();
    if (year < 1900 || year > 2200)
        return std::nullopt;
    if (const int number = monthNumber(match.captured(1)))
        return DueDate{lastDayOf(year, number), text};
    for (const Season &season : seasons)
        if (match.captured(1).compare(QLatin1String(season.name), Qt::CaseInsensitive) == 0)
            return DueDate{lastDayOf(year, season.lastMonth), text};
    return std::nullopt;
}

} // namespace cairn
