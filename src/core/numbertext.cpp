#include "numbertext.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace cairn {

std::optional<double> parseNumber(const QString &text, DecimalMark mark)
{
    QString value = text.trimmed();
    if (value.endsWith(QLatin1Char('%')))
        value = value.chopped(1).trimmed();
    value.remove(QChar(0x00A0)); // no-break space, as a thousands separator
    value.remove(QLatin1Char(' '));
    if (value.isEmpty())
        return std::nullopt;

    // "1,234.5" or "1234.5": point decimal, optional comma groups. Either
    // may end in an exponent ("1E+15"), as spreadsheets save large numbers.
    static const QRegularExpression pointDecimal(QStringLiteral("^[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?([eE][-+]?\\d+)?$"));
    // "1.234,5" or "56,5": comma decimal, optional point groups.
    static const QRegularExpression commaDecimal(QStringLiteral("^[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?([eE][-+]?\\d+)?$"));
    // "56,50" is read as 56.5 and "1,234" as 1234: a single comma followed by
    // exactly three digits is a thousands separator, as spreadsheets in
    // English write it.
    QString normal;
    if (mark != DecimalMark::Comma && pointDecimal.match(value).hasMatch())
        normal = QString(value).remove(QLatin1Char(','));
    else if (mark != DecimalMark::Point && commaDecimal.match(value).hasMatch())
        normal = QString(value).remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
    else
        return std::nullopt;

    bool ok = false;
    const double number = normal.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

DecimalMark decimalMarkOf(const QString &text)
{
    static const QRegularExpression comma(QStringLiteral("^[-+]?[\\d.]*\\d,(\\d{1,2}|\\d{4,})%?$"));
    static const QRegularExpression point(QStringLiteral("^[-+]?[\\d,]*\\d\\.(\\d{1,2}|\\d{4,})%?$"));
    QString value = text.trimmed();
    value.remove(QLatin1Char(' '));
    value.removeIf([](QChar c) { return c.category() == QChar::Symbol_Currency; });
    if (comma.match(value).hasMatch())
        return DecimalMark::Comma;
    if (point.match(value).hasMatch())
        return DecimalMark::Point;
    return DecimalMark::Either;
}

std::optional<DecimalMark> commonDecimalMark(const QStringList &texts, DecimalMark fallback)
{
    bool comma = false;
    bool point = false;
    for (const QString &text : texts) {
        const DecimalMark mark = decimalMarkOf(text);
        comma = comma || mark == DecimalMark::Comma;
        point = point || mark == DecimalMark::Point;
    }
    if (comma && point)
        return std::nullopt;
    return comma ? DecimalMark::Comma : point ? DecimalMark::Point : fallback;
}

QString storedNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString shownNumber(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace cairn
