#include "valueplausibility.h"

#include <cmath>

namespace cairn {

namespace {

// What a measure is, after its code: "1.2-L4 is a count".
QString unitPhrase(const Measure &measure)
{
    switch (measure.unit) {
    case Unit::Percent:
        return ValuePlausibility::tr("%1 is a percentage").arg(measure.code);
    case Unit::Count:
        return ValuePlausibility::tr("%1 is a count").arg(measure.code);
    case Unit::Currency:
        return ValuePlausibility::tr("%1 is an amount of money").arg(measure.code);
    case Unit::Score:
        return ValuePlausibility::tr("%1 is a score").arg(measure.code);
    case Unit::Rating:
        return ValuePlausibility::tr("%1 is a rating").arg(measure.code);
    case Unit::Days:
        return ValuePlausibility::tr("%1 is a number of days").arg(measure.code);
    case Unit::Custom:
        return measure.customUnit.trimmed().isEmpty() ? ValuePlausibility::tr("%1 has a unit of its own").arg(measure.code)
                                                      : ValuePlausibility::tr("%1 is in %2").arg(measure.code, measure.customUnit.trimmed());
    case Unit::Unspecified:
        break;
    }
    return ValuePlausibility::tr("%1 has no unit").arg(measure.code);
}

// Counts are whole unless the measure shows decimals (an average class size).
bool wholeOnly(const Measure &measure)
{
    return measure.unit == Unit::Count && measure.decimals == 0;
}

bool isCurrencySign(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

// The unit mark of a number's text: "24.5%" gives "%" (which parseNumber
// reads past); "$1,200", "-$5" and "1 200 €" give the currency sign, taken
// off the text; none gives an empty mark.
QString takeUnitMark(QString &text)
{
    if (text.endsWith(QLatin1Char('%')))
        return QStringLiteral("%");
    if (!text.isEmpty() && isCurrencySign(text.back())) {
        const QString mark = text.back();
        text = text.chopped(1).trimmed();
        return mark;
    }
    const bool signed_ = text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'));
    const qsizetype at = signed_ ? 1 : 0;
    if (text.size() > at && isCurrencySign(text.at(at))) {
        const QString mark = text.at(at);
        text = text.left(at) + text.mid(at + 1).trimmed();
        return mark;
    }
    return {};
}

bool measureHas(const Measure &measure, const QString &mark)
{
    if (mark.isEmpty() || measure.unit == Unit::Unspecified)
        return true;
    return mark == QLatin1String("%") ? measure.unit == Unit::Percent : measure.unit == Unit::Currency;
}

} // namespace

ValueReading ValuePlausibility::read(const Measure &measure, const QString &text, DecimalMark mark)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return {};
    QString number = typed;
    const QString unitMark = takeUnitMark(number);
    const auto value = parseNumber(number, mark);
    if (!value)
        return {std::nullopt, tr("\"%1\" is not a number").arg(typed)};
    const bool whole = std::trunc(*value) == *value;
    // What to type instead: the number alone, whole for a count.
    const QString example = storedNumber(wholeOnly(measure) ? std::round(*value) : *value);
    if (!measureHas(measure, unitMark))
        return {std::nullopt, tr("\"%1\": %2, so \"%3\" is not its unit; type %4, such as %5")
                                  .arg(typed, unitPhrase(measure), unitMark,
                                       wholeOnly(measure) ? tr("a whole number") : tr("the number alone"), example)};
    if (wholeOnly(measure) && !whole)
        return {std::nullopt, tr("\"%1\": %2 of whole things; type a whole number, such as %3, or give the measure "
                                 "decimals if it counts in fractions")
                                  .arg(typed, unitPhrase(measure), example)};
    return {value, {}};
}

std::optional<double> ValuePlausibility::largest(const Measure &measure)
{
    double most = 0;
    auto consider = [&](double value) { most = std::max(most, std::abs(value)); };
    if (measure.baseline.value)
        consider(*measure.baseline.value);
    if (measure.finalTarget.value)
        consider(*measure.finalTarget.value);
    for (const auto &[year, target] : measure.targets)
        consider(target);
    for (const auto &[year, actual] : measure.actuals)
        consider(actual.value);
    return most > 0 ? std::optional(most) : std::nullopt;
}

QString ValuePlausibility::doubt(const Measure &measure, double value)
{
    const auto most = largest(measure);
    if (!most || std::abs(value) <= Factor * *most)
        return {};
    return tr("It is more than %1 times the largest value in the baseline, targets and actuals of %2 (%3).")
        .arg(shownNumber(Factor), measure.code, shownNumber(*most));
}

} // namespace cairn
