#include "textimport/smartstatement.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::textimport;

TEST_CASE("SMART statements give baseline, final target, unit and years", "[textimport][statement]")
{
    struct Row {
        const char *text;
        MeasureType type;
        Unit unit;
        std::optional<int> baselineYear;
        std::optional<double> baseline;
        std::optional<int> finalYear;
        std::optional<double> final;
        bool everyYear;
    };
    const Row row = GENERATE(values<Row>({
        {"Annually increase percentage of graduates from 56 in 2021-22 to 91% in 2026-27.", MeasureType::Numeric, Unit::Percent,
         2021, 56, 2026, 91, false},
        {"Increase the number of meetings from 2 prior to 2022-2023 to 6 by 2026-2027", MeasureType::Numeric, Unit::Count, 2021, 2,
         2026, 6, false},
        {"CTE Program Completion Rate for the 2026-27 school year will be at 75%.", MeasureType::Numeric, Unit::Percent, {}, {}, 2026,
         75, false},
        {"Turnover rate to be at 8.8% or less per year", MeasureType::Numeric, Unit::Percent, {}, {}, {}, 8.8, true},
        {"Aumentar el porcentaje de asistencia de 88% en 2022-23 a 95% en 2026-27.", MeasureType::Numeric, Unit::Percent, 2022, 88,
         2026, 95, false},
        {"Increased district social media presence and engagement.", MeasureType::Narrative, Unit::Unspecified, {}, {}, {}, {},
         false},
    }));
    CAPTURE(row.text);
    const Statement read = readStatement(QString::fromUtf8(row.text), MeasureKind::LongTerm);
    CHECK(read.understood);
    CHECK(read.measure.type == row.type);
    CHECK(read.measure.unit == row.unit);
    CHECK(read.measure.baseline.year == (row.baselineYear ? std::optional(SchoolYear(*row.baselineYear)) : std::nullopt));
    CHECK(read.measure.baseline.value == row.baseline);
    CHECK(read.measure.finalTarget.year == (row.finalYear ? std::optional(SchoolYear(*row.finalYear)) : std::nullopt));
    CHECK(read.measure.finalTarget.value == row.final);
    CHECK(read.everyYear == row.everyYear);
}

TEST_CASE("a dated outcome is a milestone due at the date it names", "[textimport][statement]")
{
    const auto [text, due] = GENERATE(values<std::pair<const char *, QDate>>({
        {"By March 2022, every school has a literacy team.", QDate(2022, 3, 31)},
        {"By 2026, SISD will ensure facilities are updated.", QDate(2026, 6, 30)},
        {"By the end of 2024, SISD will ensure a facility assessment is complete.", QDate(2024, 12, 31)},
    }));
    const Statement read = readStatement(QString::fromUtf8(text), MeasureKind::LongTerm);
    CHECK(read.measure.type == MeasureType::Milestone);
    CHECK(read.measure.dueDate == due);
}

TEST_CASE("year lines under a measure give its yearly targets or a pending baseline", "[textimport][statement]")
{
    Measure measure = readStatement(QStringLiteral("Increase graduates meeting CCMR from 56 in 2021-22 to 91% in 2026-27."),
                                    MeasureKind::LongTerm)
                          .measure;
    CHECK(readYearLine(QStringLiteral("2021-2022 – 56%"), measure));
    CHECK(readYearLine(QStringLiteral("2022-2023 – 63%"), measure));
    CHECK_FALSE(readYearLine(QStringLiteral("Special Education"), measure));
    CHECK(measure.targets == std::map<SchoolYear, double>{{SchoolYear(2022), 63}});

    Measure pending;
    CHECK(readYearLine(QStringLiteral("2022-2023 – Rethink Student SEL Self-Assessment Baseline Data"), pending));
    CHECK(pending.baseline.isPending());
    CHECK(pending.baseline.year == SchoolYear(2022));
}
