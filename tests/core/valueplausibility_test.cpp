#include "testsupport.h"

#include "core/valueplausibility.h"

using namespace cairn;

namespace {

Measure measureIn(Unit unit, int decimals = 0)
{
    Measure measure;
    measure.code = QStringLiteral("1.2-L4");
    measure.unit = unit;
    measure.decimals = decimals;
    if (unit == Unit::Custom)
        measure.customUnit = QStringLiteral("hours");
    return measure;
}

} // namespace

TEST_CASE("a value is read for its measure's unit: marks it does not have and fractions of a count are refused",
          "[rules][plausibility]")
{
    struct Row {
        Unit unit;
        int decimals;
        const char *text;
        DecimalMark mark;
        std::optional<double> value;
        const char *refusal; // part of the reason, when refused
    };
    const Row row = GENERATE(values<Row>({
        {Unit::Count, 0, "24", DecimalMark::Either, 24, ""},
        {Unit::Count, 0, " 1,234 ", DecimalMark::Either, 1234, ""},
        {Unit::Count, 0, "24.5%", DecimalMark::Either, {}, "1.2-L4 is a count, so \"%\" is not its unit; type a whole number, such as 25"},
        {Unit::Count, 0, "24%", DecimalMark::Either, {}, "\"24%\": 1.2-L4 is a count, so \"%\" is not its unit"},
        {Unit::Count, 0, "24.5", DecimalMark::Either, {}, "1.2-L4 is a count of whole things; type a whole number, such as 25"},
        {Unit::Count, 0, "1,234.5", DecimalMark::Either, {}, "whole number, such as 1235"},
        {Unit::Count, 1, "24.5", DecimalMark::Either, 24.5, ""},
        {Unit::Count, 0, "$12", DecimalMark::Either, {}, "1.2-L4 is a count, so \"$\" is not its unit"},
        {Unit::Percent, 1, "24.5%", DecimalMark::Either, 24.5, ""},
        {Unit::Percent, 1, "24.5 %", DecimalMark::Either, 24.5, ""},
        {Unit::Percent, 0, "$5", DecimalMark::Either, {}, "1.2-L4 is a percentage, so \"$\" is not its unit; type the number alone, such as 5"},
        {Unit::Percent, 1, "1,234.5", DecimalMark::Either, 1234.5, ""},
        {Unit::Percent, 1, "1.234,5", DecimalMark::Comma, 1234.5, ""},
        {Unit::Percent, 1, "1,234", DecimalMark::Comma, 1.234, ""},
        {Unit::Percent, 1, "12,5", DecimalMark::Point, {}, "\"12,5\" is not a number"},
        {Unit::Currency, 2, "$1,234.50", DecimalMark::Either, 1234.5, ""},
        {Unit::Currency, 2, "-$5", DecimalMark::Either, -5, ""},
        {Unit::Currency, 0, "1 200 \u20AC", DecimalMark::Either, 1200, ""},
        {Unit::Currency, 0, "12%", DecimalMark::Either, {}, "1.2-L4 is an amount of money, so \"%\" is not its unit"},
        {Unit::Score, 0, "88%", DecimalMark::Either, {}, "1.2-L4 is a score, so \"%\" is not its unit"},
        {Unit::Rating, 1, "3.9", DecimalMark::Either, 3.9, ""},
        {Unit::Days, 0, "12%", DecimalMark::Either, {}, "1.2-L4 is a number of days"},
        {Unit::Custom, 0, "12%", DecimalMark::Either, {}, "1.2-L4 is in hours, so \"%\" is not its unit"},
        {Unit::Unspecified, 0, "56%", DecimalMark::Either, 56, ""},
        {Unit::Unspecified, 0, "$3", DecimalMark::Either, 3, ""},
        {Unit::Count, 0, "soon", DecimalMark::Either, {}, "\"soon\" is not a number"},
        {Unit::Count, 0, "abc%", DecimalMark::Either, {}, "\"abc%\" is not a number"},
        {Unit::Percent, 0, "56%%", DecimalMark::Either, {}, "\"56%%\" is not a number"},
        {Unit::Count, 0, "   ", DecimalMark::Either, {}, ""},
    }));
    INFO(row.text);
    const ValueReading reading = ValuePlausibility::read(measureIn(row.unit, row.decimals), QString::fromUtf8(row.text), row.mark);
    CHECK(reading.value == row.value); // exact: "1,234.5" is 1234.5, not near it
    CHECK(reading.refused() == (std::string_view(row.refusal) != ""));
    CHECK(reading.refusal.contains(QString::fromUtf8(row.refusal)));
}

TEST_CASE("a value more than three times the largest the measure has is doubted; small ones never are",
          "[rules][plausibility]")
{
    Measure measure = measureIn(Unit::Count);
    measure.baseline = {SchoolYear(2021), 100, {}, {}};
    measure.finalTarget = {SchoolYear(2026), 200};
    measure.targets[SchoolYear(2023)] = -150;
    measure.actuals[SchoolYear(2023)] = Actual::of(780);
    REQUIRE(ValuePlausibility::largest(measure) == 780);

    const auto [value, doubted] = GENERATE(table<double, bool>({
        {2340, false},
        {2340.5, true},
        {2400, true},
        {-2400, true},
        {0, false},
        {0.5, false},
        {-780, false},
    }));
    INFO(value);
    const QString doubt = ValuePlausibility::doubt(measure, value);
    CHECK(doubt.isEmpty() == !doubted);
    if (doubted)
        CHECK(doubt == QStringLiteral("It is more than 3 times the largest value in the baseline, targets and actuals of 1.2-L4 (780)."));
}

TEST_CASE("a measure with no values, or only zeros, doubts nothing", "[rules][plausibility]")
{
    Measure measure = measureIn(Unit::Count);
    CHECK_FALSE(ValuePlausibility::largest(measure));
    CHECK(ValuePlausibility::doubt(measure, 1e12).isEmpty());
    measure.targets[SchoolYear(2024)] = 0;
    measure.actuals[SchoolYear(2024)] = Actual::of(0);
    CHECK(ValuePlausibility::doubt(measure, 5).isEmpty());
}

TEST_CASE("numbers written together share one decimal mark", "[rules][numbers]")
{
    struct Row {
        QStringList texts;
        DecimalMark fallback;
        std::optional<DecimalMark> mark;
    };
    const Row row = GENERATE(values<Row>({
        {{QStringLiteral("1,234"), QStringLiteral("12,5")}, DecimalMark::Either, DecimalMark::Comma},
        {{QStringLiteral("1,234"), QStringLiteral("56")}, DecimalMark::Either, DecimalMark::Either},
        {{QStringLiteral("1,234"), QStringLiteral("56")}, DecimalMark::Comma, DecimalMark::Comma},
        {{QStringLiteral("$1,234.50"), QStringLiteral("")}, DecimalMark::Either, DecimalMark::Point},
        {{QStringLiteral("12,5"), QStringLiteral("1.5")}, DecimalMark::Either, std::nullopt},
    }));
    INFO(row.texts.join(QLatin1Char(' ')).toStdString());
    CHECK(commonDecimalMark(row.texts, row.fallback) == row.mark);
}
