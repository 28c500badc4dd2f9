#include "testsupport.h"

#include "core/itemcodes.h"
#include "core/numbertext.h"
#include "core/planrules.h"

#include <cmath>
#include <limits>

using namespace cairn;

TEST_CASE("numbers from -1e15 to 1e15 are accepted, and nothing beyond", "[rules]")
{
    const auto [value, accepted] = GENERATE(table<double, bool>({
        {0, true},
        {63.5, true},
        {1e15, true},
        {-1e15, true},
        {999999999999999.9, true},
        {1000000000000001.0, false},
        {-1e16, false},
        {1e20, false},
        {1e300, false},
        {std::numeric_limits<double>::quiet_NaN(), false},
        {std::numeric_limits<double>::infinity(), false},
        {-std::numeric_limits<double>::infinity(), false},
    }));
    INFO(value);
    const QString problem = PlanRules::numberProblem(QStringLiteral("the actual"), value);
    CHECK(problem.isEmpty() == accepted);
    if (!accepted)
        CHECK(problem.contains(QStringLiteral("the actual")));
    if (!accepted)
        CHECK(problem.contains(QStringLiteral("is not between -1e15 and 1e15")));
}

TEST_CASE("the number refused is shown with enough digits to see why", "[rules]")
{
    CHECK(PlanRules::numberProblem(QStringLiteral("the target"), 1000000000000001.0)
          == QStringLiteral("the target 1000000000000001 is not between -1e15 and 1e15"));
}

TEST_CASE("texts are accepted up to their limit", "[rules]")
{
    const auto [limit, length, accepted] = GENERATE(table<int, int, bool>({
        {PlanRules::MaxTextLength, 0, true},
        {PlanRules::MaxTextLength, 100'000, true},
        {PlanRules::MaxTextLength, 100'001, false},
        {PlanRules::MaxNameLength, 1'000, true},
        {PlanRules::MaxNameLength, 1'001, false},
        {PlanRules::MaxUnitLength, 100, true},
        {PlanRules::MaxUnitLength, 101, false},
    }));
    INFO(limit << " " << length);
    const QString problem = PlanRules::textProblem(QStringLiteral("the note"), QString(length, QLatin1Char('x')), limit);
    CHECK(problem.isEmpty() == accepted);
    if (!accepted)
        CHECK(problem == QStringLiteral("the note is %1 characters long; at most %2 are allowed").arg(length).arg(limit));
}

TEST_CASE("a code is required, not blank and at most 40 characters", "[rules]")
{
    const auto [code, words] = GENERATE(table<QString, const char *>({
        {QStringLiteral("G1"), ""},
        {QStringLiteral("1.2-L1"), ""},
        {QString(40, QLatin1Char('c')), ""},
        {QString(41, QLatin1Char('c')), "41 characters long; at most 40"},
        {QString(), "the code is required and must not be blank"},
        {QStringLiteral("   "), "the code is required and must not be blank"},
    }));
    INFO(code.toStdString());
    const QString problem = PlanRules::codeProblem(code);
    if (*words == '\0')
        CHECK(problem.isEmpty());
    else
        CHECK(problem.contains(QString::fromUtf8(words)));
}

TEST_CASE("a tolerance is a number that is not negative", "[rules]")
{
    const auto [tolerance, words] = GENERATE(table<double, const char *>({
        {0, ""},
        {2.5, ""},
        {1e15, ""},
        {-0.1, "the tolerance must not be negative"},
        {1e16, "is not between -1e15 and 1e15"},
        {std::numeric_limits<double>::quiet_NaN(), "is not between -1e15 and 1e15"},
    }));
    INFO(tolerance);
    const QString problem = PlanRules::toleranceProblem(tolerance);
    if (*words == '\0')
        CHECK(problem.isEmpty());
    else
        CHECK(problem.contains(QString::fromUtf8(words)));
}

TEST_CASE("whole numbers and dates keep their ranges", "[rules]")
{
    CHECK(PlanRules::wholeNumberProblem(QStringLiteral("the percent complete"), 100, 0, 100).isEmpty());
    CHECK(PlanRules::wholeNumberProblem(QStringLiteral("the percent complete"), 101, 0, 100)
          == QStringLiteral("the percent complete is 101; use a whole number from 0 to 100"));
    const auto [date, accepted] = GENERATE(table<QDate, bool>({
        {QDate(1900, 1, 1), true},
        {QDate(2201, 12, 31), true},
        {QDate(), true}, // no date
        {QDate(1899, 12, 31), false},
        {QDate(2202, 1, 1), false},
    }));
    INFO(date.toString(Qt::ISODate).toStdString());
    CHECK(PlanRules::dateProblem(QStringLiteral("the due date"), date).isEmpty() == accepted);
}

TEST_CASE("two spellings of one school year are named with the year they mean", "[rules]")
{
    CHECK(PlanRules::sameYearProblem(QStringLiteral("2024"), QStringLiteral("2024-25"), SchoolYear(2024))
          == QStringLiteral("\"2024\" and \"2024-25\" are the same school year (2024-25); keep one"));
    CHECK(PlanRules::sameYearProblem(QStringLiteral("2022/23"), QStringLiteral("2022-23"), SchoolYear(2022))
          == QStringLiteral("\"2022/23\" and \"2022-23\" are the same school year (2022-23); keep one"));
    CHECK(PlanRules::sameYearProblem(QStringLiteral("2024-25"), QStringLiteral("2024-25"), SchoolYear(2024))
          == QStringLiteral("2024-25 appears a second time; keep one"));
}

TEST_CASE("a code is used by one item only, of any kind", "[rules]")
{
    ItemCodes codes;
    CHECK(codes.add(QStringLiteral("1.1"), QStringLiteral("the objective \"Literacy\"")).isEmpty());
    CHECK(codes.add(QStringLiteral("1.2"), QStringLiteral("the objective \"Numeracy\"")).isEmpty());
    CHECK(codes.add(QStringLiteral("1.1"), QStringLiteral("the action \"Train\""))
          == QStringLiteral("the code \"1.1\" is already used by the objective \"Literacy\"; every item needs its own code"));
    CHECK(codes.add(QString(), QStringLiteral("a")).isEmpty()); // blank codes are PlanRules::codeProblem's
    CHECK(codes.add(QString(), QStringLiteral("b")).isEmpty());
    CHECK(codes.contains(QStringLiteral("1.2")));
}

TEST_CASE("an item keeps its own code but not another's", "[rules]")
{
    Plan plan;
    Goal goal;
    goal.id = 7;
    goal.code = QStringLiteral("G1");
    goal.title = QStringLiteral("Literacy");
    Measure measure;
    measure.id = 7; // ids are per kind
    measure.code = QStringLiteral("G1-M1");
    measure.name = QStringLiteral("Reading");
    goal.measures.push_back(measure);
    plan.goals.push_back(goal);

    CHECK(ItemCodes::ofOthers(plan, ItemKind::Goal, 7).add(QStringLiteral("G1"), {}).isEmpty());
    CHECK(ItemCodes::ofOthers(plan, ItemKind::Measure, 7).add(QStringLiteral("G1"), {}).contains(QStringLiteral("the goal \"Literacy\"")));
    CHECK(ItemCodes::ofOthers(plan, ItemKind::Goal, 7).add(QStringLiteral("G1-M1"), {}).contains(QStringLiteral("the measure \"Reading\"")));
}

TEST_CASE("numbers are read as spreadsheets write them, exponents included", "[rules][numbers]")
{
    const auto [text, mark, value] = GENERATE(table<const char *, DecimalMark, double>({
        {"56", DecimalMark::Either, 56},
        {"56%", DecimalMark::Either, 56},
        {"1,234.5", DecimalMark::Either, 1234.5},
        {"1.234,5", DecimalMark::Comma, 1234.5},
        {"1e15", DecimalMark::Either, 1e15},
        {"1E+15", DecimalMark::Either, 1e15},
        {"-1e16", DecimalMark::Either, -1e16},
        {"5e-05", DecimalMark::Either, 5e-05},
        {"1,5E+3", DecimalMark::Comma, 1500},
    }));
    INFO(text);
    const auto number = parseNumber(QString::fromUtf8(text), mark);
    REQUIRE(number.has_value());
    CHECK(*number == Approx(value));
}

TEST_CASE("what is not a finite number is not read as one", "[rules][numbers]")
{
    const char *text = GENERATE("NaN", "nan", "inf", "-inf", "Infinity", "1e999", "e5", "1e", "56 %%", "about 50");
    INFO(text);
    CHECK_FALSE(parseNumber(QString::fromUtf8(text)).has_value());
}
