#include "testsupport.h"

#include "core/statusrules.h"

using namespace cairn;

namespace {

const SchoolYear Y2024(2024);
const QDate AsOf(2025, 6, 30);

// A percent measure from 50 (2021-22) to 80 (2026-27), higher is better,
// with an explicit 2024-25 target of 70.
Measure numeric()
{
    Measure measure;
    measure.code = QStringLiteral("M");
    measure.unit = Unit::Percent;
    measure.baseline = {SchoolYear(2021), 50.0, {}, {}};
    measure.finalTarget = {SchoolYear(2026), 80.0};
    measure.targets[Y2024] = 70;
    return measure;
}

Measure withActual(Measure measure, SchoolYear year, double value)
{
    measure.actuals[year] = Actual::of(value);
    return measure;
}

} // namespace

TEST_CASE("numeric measures are judged against their target in their direction", "[status]")
{
    struct Row {
        const char *name;
        Direction direction;
        std::optional<double> tolerance;
        double target;
        double actual;
        Status expected;
    };
    // Default tolerance: 5 % of |target| (3.5 for 70).
    const Row rows[] = {
        {"exactly on target", Direction::HigherIsBetter, {}, 70, 70, Status::OnTrack},
        {"above target", Direction::HigherIsBetter, {}, 70, 75, Status::OnTrack},
        {"just below target", Direction::HigherIsBetter, {}, 70, 69.9, Status::AtRisk},
        {"exactly at default tolerance", Direction::HigherIsBetter, {}, 70, 66.5, Status::AtRisk},
        {"just past default tolerance", Direction::HigherIsBetter, {}, 70, 66.49, Status::OffTrack},
        {"own tolerance, at it", Direction::HigherIsBetter, 2.0, 70, 68, Status::AtRisk},
        {"own tolerance, past it", Direction::HigherIsBetter, 2.0, 70, 67.9, Status::OffTrack},
        {"zero tolerance", Direction::HigherIsBetter, 0.0, 70, 69.99, Status::OffTrack},
        {"lower is better, below target", Direction::LowerIsBetter, {}, 8.8, 8.1, Status::OnTrack},
        {"lower is better, exactly on target", Direction::LowerIsBetter, {}, 8.8, 8.8, Status::OnTrack},
        {"lower is better, exactly at tolerance", Direction::LowerIsBetter, {}, 8.8, 9.24, Status::AtRisk},
        {"lower is better, past tolerance", Direction::LowerIsBetter, {}, 8.8, 9.25, Status::OffTrack},
        {"negative target, lower is better, on", Direction::LowerIsBetter, {}, -5, -5.5, Status::OnTrack},
        {"negative target, lower is better, at risk", Direction::LowerIsBetter, {}, -5, -4.75, Status::AtRisk},
        {"negative target, lower is better, off", Direction::LowerIsBetter, {}, -5, -4.1, Status::OffTrack},
        {"target of zero, any shortfall is off", Direction::HigherIsBetter, {}, 0, -0.1, Status::OffTrack},
        {"CCMR 2024-25 in the Socorro sample", Direction::HigherIsBetter, {}, 77, 72, Status::OffTrack},
        {"exactly at tolerance with decimals", Direction::HigherIsBetter, {}, 77, 73.15, Status::AtRisk},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        Measure measure = numeric();
        measure.direction = row.direction;
        measure.tolerance = row.tolerance;
        measure.targets[Y2024] = row.target;
        const Judgement judgement = StatusRules::measure(withActual(measure, Y2024, row.actual), Y2024, Y2024, AsOf);
        CHECK(judgement.status == row.expected);
        CHECK(judgement.actual == row.actual);
        CHECK_FALSE(judgement.manual);
    }
}

TEST_CASE("a numeric measure without a target, data or due year says so", "[status]")
{
    Measure measure = numeric();
    CHECK(StatusRules::measure(measure, Y2024, Y2024, AsOf).status == Status::NoData);
    CHECK(StatusRules::measure(withActual(measure, SchoolYear(2025), 75), SchoolYear(2025), Y2024, AsOf).status == Status::NotYetDue);

    Measure noFinal = numeric();
    noFinal.targets.clear();
    noFinal.finalTarget = {};
    CHECK(StatusRules::measure(withActual(noFinal, Y2024, 60), Y2024, Y2024, AsOf).status == Status::NoTarget);

    // A pending baseline gives no line to derive targets from.
    Measure pending = numeric();
    pending.targets.clear();
    pending.baseline.value.reset();
    CHECK(StatusRules::measure(withActual(pending, Y2024, 60), Y2024, Y2024, AsOf).status == Status::NoTarget);
    // ... but the final year still has its final target.
    const Judgement final = StatusRules::measure(withActual(pending, SchoolYear(2026), 81), SchoolYear(2026), SchoolYear(2026), AsOf);
    CHECK(final.status == Status::OnTrack);
    CHECK(final.target == YearTarget{80, false});
}

TEST_CASE("targets between baseline and final target are derived on a line", "[status]")
{
    Measure measure = numeric();
    measure.targets.clear();
    struct Row {
        int year;
        std::optional<YearTarget> expected;
    };
    const Row rows[] = {
        {2020, std::nullopt},
        {2021, std::nullopt}, // the baseline year has no target
        {2022, YearTarget{56, true}},
        {2023, YearTarget{62, true}},
        {2024, YearTarget{68, true}},
        {2025, YearTarget{74, true}},
        {2026, YearTarget{80, false}}, // the final target is explicit
        {2027, std::nullopt},
    };
    for (const Row &row : rows) {
        INFO(row.year);
        const auto target = StatusRules::targetFor(measure, SchoolYear(row.year));
        REQUIRE(target.has_value() == row.expected.has_value());
        if (target) {
            CHECK(target->value == Approx(row.expected->value));
            CHECK(target->derived == row.expected->derived);
        }
    }
    measure.targets[SchoolYear(2023)] = 65;
    CHECK(StatusRules::targetFor(measure, SchoolYear(2023)) == YearTarget{65, false});

    const Judgement derived = StatusRules::measure(withActual(measure, Y2024, 67), Y2024, Y2024, AsOf);
    CHECK(derived.status == Status::AtRisk);
    REQUIRE(derived.target);
    CHECK(derived.target->derived);
}

TEST_CASE("milestones are complete, overdue or not yet due", "[status]")
{
    Measure milestone;
    milestone.type = MeasureType::Milestone;
    milestone.dueDate = QDate(2024, 12, 31);
    CHECK(StatusRules::measure(milestone, Y2024, Y2024, QDate(2024, 12, 31)).status == Status::NotYetDue);
    CHECK(StatusRules::measure(milestone, Y2024, Y2024, QDate(2025, 1, 1)).status == Status::OffTrack);
    milestone.completedDate = QDate(2025, 2, 20);
    CHECK(StatusRules::measure(milestone, Y2024, Y2024, QDate(2025, 6, 1)).status == Status::Complete);
    Measure undated;
    undated.type = MeasureType::Milestone;
    CHECK(StatusRules::measure(undated, Y2024, Y2024, AsOf).status == Status::NotYetDue);
}

TEST_CASE("narrative measures take their manual assessment, else no data", "[status]")
{
    Measure narrative;
    narrative.type = MeasureType::Narrative;
    CHECK(StatusRules::measure(narrative, Y2024, Y2024, AsOf).status == Status::NoData);
    narrative.assessments.push_back({Y2024, Status::AtRisk, QStringLiteral("Survey delayed"), {}, {}});
    const Judgement judgement = StatusRules::measure(narrative, Y2024, Y2024, AsOf);
    CHECK(judgement.status == Status::AtRisk);
    CHECK(judgement.manual);
    CHECK(judgement.rationale == QStringLiteral("Survey delayed"));
    CHECK(StatusRules::measure(narrative, SchoolYear(2023), Y2024, AsOf).status == Status::NoData);
}

TEST_CASE("a manual assessment for the year overrides the computed status", "[status]")
{
    Measure measure = withActual(numeric(), Y2024, 40); // off track by the numbers
    measure.assessments.push_back({Y2024, Status::OnTrack, QStringLiteral("State changed the test"), {}, {}});
    const Judgement judgement = StatusRules::measure(measure, Y2024, Y2024, AsOf);
    CHECK(judgement.status == Status::OnTrack);
    CHECK(judgement.manual);
    CHECK(judgement.rationale == QStringLiteral("State changed the test"));
}

TEST_CASE("actions are judged by their status and their due date", "[status]")
{
    struct Row {
        const char *name;
        ActionStatus status;
        Timepoint due;
        Status expected;
    };
    const Timepoint pastYear = Timepoint::ofYear(SchoolYear(2023));
    const Timepoint thisYear = Timepoint::ofYear(Y2024);
    const Timepoint pastDate = Timepoint::ofDate(QDate(2025, 6, 29));
    const Timepoint today = Timepoint::ofDate(AsOf);
    const Row rows[] = {
        {"complete, even if late", ActionStatus::Complete, pastYear, Status::Complete},
        {"discontinued", ActionStatus::Discontinued, pastYear, Status::Discontinued},
        {"delayed", ActionStatus::Delayed, thisYear, Status::AtRisk},
        {"on hold", ActionStatus::OnHold, pastYear, Status::AtRisk},
        {"in progress, due this year", ActionStatus::InProgress, thisYear, Status::OnTrack},
        {"in progress, due a past year", ActionStatus::InProgress, pastYear, Status::OffTrack},
        {"in progress, due yesterday", ActionStatus::InProgress, pastDate, Status::OffTrack},
        {"in progress, due today", ActionStatus::InProgress, today, Status::OnTrack},
        {"in progress, ongoing", ActionStatus::InProgress, Timepoint::ongoing(), Status::OnTrack},
        {"in progress, no due", ActionStatus::InProgress, Timepoint(), Status::OnTrack},
        {"not started", ActionStatus::NotStarted, thisYear, Status::NotStarted},
        {"not started and past due", ActionStatus::NotStarted, pastYear, Status::OffTrack},
        {"not started, ongoing", ActionStatus::NotStarted, Timepoint::ongoing(), Status::NotStarted},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        Action action;
        action.status = row.status;
        action.due = row.due;
        CHECK(StatusRules::action(action, Y2024, AsOf).status == row.expected);
    }
}

TEST_CASE("scores and means map to statuses at the documented boundaries", "[status]")
{
    CHECK(StatusRules::score(Status::OnTrack) == 1.0);
    CHECK(StatusRules::score(Status::Complete) == 1.0);
    CHECK(StatusRules::score(Status::AtRisk) == 0.5);
    CHECK(StatusRules::score(Status::OffTrack) == 0.0);
    for (Status status : {Status::NotStarted, Status::NoData, Status::NoTarget, Status::NotYetDue, Status::Discontinued})
        CHECK_FALSE(StatusRules::score(status).has_value());

    CHECK(StatusRules::fromMean(1.0) == Status::OnTrack);
    CHECK(StatusRules::fromMean(0.75) == Status::OnTrack);
    CHECK(StatusRules::fromMean(0.7499) == Status::AtRisk);
    CHECK(StatusRules::fromMean(0.4) == Status::AtRisk);
    CHECK(StatusRules::fromMean(0.3999) == Status::OffTrack);
    CHECK(StatusRules::fromMean(0.0) == Status::OffTrack);
}

TEST_CASE("progress is the share of the way from baseline to final target", "[status]")
{
    Measure measure = numeric(); // 50 -> 80
    CHECK_FALSE(StatusRules::progress(measure, Y2024).has_value());
    CHECK(*StatusRules::progress(withActual(measure, SchoolYear(2022), 59), Y2024) == Approx(0.3));
    // The latest actual up to the report year counts; later ones do not.
    Measure series = withActual(withActual(withActual(measure, SchoolYear(2022), 59), SchoolYear(2023), 65), SchoolYear(2025), 79);
    CHECK(*StatusRules::progress(series, Y2024) == Approx(0.5));
    CHECK(*StatusRules::progress(withActual(measure, Y2024, 45), Y2024) == 0.0); // clamped
    CHECK(*StatusRules::progress(withActual(measure, Y2024, 95), Y2024) == 1.0);

    Measure lower = numeric(); // 10.2 -> 8.8, lower is better
    lower.direction = Direction::LowerIsBetter;
    lower.baseline.value = 10.2;
    lower.finalTarget.value = 8.8;
    CHECK(*StatusRules::progress(withActual(lower, Y2024, 9.5), Y2024) == Approx(0.5));

    Measure flat = numeric();
    flat.finalTarget.value = 50;
    CHECK_FALSE(StatusRules::progress(withActual(flat, Y2024, 55), Y2024).has_value());
    Measure pending = numeric();
    pending.baseline.value.reset();
    CHECK_FALSE(StatusRules::progress(withActual(pending, Y2024, 55), Y2024).has_value());

    Action action;
    action.percentComplete = 40;
    CHECK(*StatusRules::progress(action, Y2024, AsOf) == Approx(0.4));
    action.status = ActionStatus::Complete;
    CHECK(*StatusRules::progress(action, Y2024, AsOf) == 1.0);
    action.status = ActionStatus::Discontinued;
    CHECK_FALSE(StatusRules::progress(action, Y2024, AsOf).has_value());
}

TEST_CASE("a school year's actions are judged as they stood at the year's end", "[status][pastyears]")
{
    // Today is in 2024-25: 2022-23 and 2023-24 are past, 2025-26 is to come.
    const QDate today(2025, 3, 15);
    const Timepoint from2025 = Timepoint::ofYear(SchoolYear(2025));
    const Timepoint fromSeptember2024 = Timepoint::ofDate(QDate(2024, 9, 1));
    const Timepoint fromJune2024 = Timepoint::ofDate(QDate(2024, 6, 30));
    const Timepoint from2022 = Timepoint::ofYear(SchoolYear(2022));
    const Timepoint dueDecember2024 = Timepoint::ofDate(QDate(2024, 12, 31));
    const Timepoint dueMarch2023 = Timepoint::ofDate(QDate(2023, 3, 1));
    const Timepoint dueJune2026 = Timepoint::ofDate(QDate(2026, 6, 30));
    const Timepoint due2023 = Timepoint::ofYear(SchoolYear(2023));
    struct Row {
        const char *name;
        int year;
        ActionStatus status;
        Timepoint start;
        Timepoint due;
        Status expected;
    };
    const Row rows[] = {
        // Not started by the end of the year: not judged there, whatever its state today.
        {"starts in a later year, past year", 2022, ActionStatus::NotStarted, from2025, dueJune2026, Status::NotYetDue},
        {"starts in a later year, delayed today", 2023, ActionStatus::Delayed, from2025, dueJune2026, Status::NotYetDue},
        {"starts in a later year, current year", 2024, ActionStatus::InProgress, from2025, dueJune2026, Status::NotYetDue},
        {"starts in a later year, its first year", 2025, ActionStatus::InProgress, from2025, dueJune2026, Status::OnTrack},
        {"starts after the year's last day", 2023, ActionStatus::InProgress, fromSeptember2024, dueJune2026, Status::NotYetDue},
        {"starts on the year's last day", 2023, ActionStatus::InProgress, fromJune2024, dueJune2026, Status::OnTrack},
        {"starts by date, the year it starts", 2024, ActionStatus::InProgress, fromSeptember2024, dueJune2026, Status::OnTrack},
        {"ongoing start is under way", 2022, ActionStatus::InProgress, Timepoint::ongoing(), dueJune2026, Status::OnTrack},
        {"no start is under way", 2022, ActionStatus::InProgress, Timepoint(), dueJune2026, Status::OnTrack},
        // Due after the year: judged at the year's end, not today.
        {"due by date after a past year", 2022, ActionStatus::NotStarted, from2022, dueDecember2024, Status::NotStarted},
        {"due by date after a past year, in progress", 2023, ActionStatus::InProgress, from2022, dueDecember2024, Status::OnTrack},
        {"due by date in the current year, passed", 2024, ActionStatus::InProgress, from2022, dueDecember2024, Status::OffTrack},
        {"due by date within a past year", 2022, ActionStatus::InProgress, from2022, dueMarch2023, Status::OffTrack},
        {"due by date, a future year", 2025, ActionStatus::InProgress, from2022, dueDecember2024, Status::OffTrack},
        {"due in a later school year, past year", 2022, ActionStatus::InProgress, from2022, due2023, Status::OnTrack},
        {"due in that school year", 2023, ActionStatus::InProgress, from2022, due2023, Status::OnTrack},
        {"due in an earlier school year", 2024, ActionStatus::InProgress, from2022, due2023, Status::OffTrack},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        Action action;
        action.status = row.status;
        action.percentComplete = 30;
        action.start = row.start;
        action.due = row.due;
        const SchoolYear year(row.year);
        const Status status = StatusRules::action(action, year, today).status;
        CHECK(status == row.expected);
        CHECK(StatusRules::isOverdue(action, year, today) == (status == Status::OffTrack));
        // An action not yet under way brings no progress to its year either.
        CHECK(StatusRules::progress(action, year, today).has_value() == (status != Status::NotYetDue));
    }
}

TEST_CASE("a recurring action is judged each year on that year's progress notes", "[status][pastyears][recurring]")
{
    // Today is in 2024-25; the activity recurs every year from 2022-23.
    const QDate today(2025, 3, 15);
    struct Row {
        const char *name;
        int year;
        ActionStatus status;
        std::vector<QDate> notes;
        Status expected;
        std::optional<double> progress;
    };
    const QDate in2022(2022, 10, 1), in2023(2024, 5, 20), in2024(2024, 11, 4), after(2025, 4, 1);
    const Row rows[] = {
        {"a past year reported", 2022, ActionStatus::InProgress, {in2022}, Status::OnTrack, 1.0},
        {"a past year without a report", 2023, ActionStatus::InProgress, {in2022}, Status::NoData, 0.0},
        {"a past year reported, delayed today", 2023, ActionStatus::Delayed, {in2023}, Status::OnTrack, 1.0},
        {"the current year, not yet reported", 2024, ActionStatus::InProgress, {in2022, in2023}, Status::NotStarted, 0.0},
        {"the current year reported", 2024, ActionStatus::InProgress, {in2024}, Status::OnTrack, 1.0},
        {"the current year, delayed", 2024, ActionStatus::Delayed, {in2023}, Status::AtRisk, 0.0},
        {"a note dated after today does not count", 2024, ActionStatus::InProgress, {after}, Status::NotStarted, 0.0},
        {"before its first year", 2021, ActionStatus::InProgress, {in2022}, Status::NotYetDue, std::nullopt},
        {"a later year", 2025, ActionStatus::InProgress, {in2024}, Status::NotStarted, 0.0},
        {"discontinued", 2024, ActionStatus::Discontinued, {in2024}, Status::Discontinued, std::nullopt},
        {"complete", 2023, ActionStatus::Complete, {}, Status::Complete, 1.0},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        Action action;
        action.recurring = true;
        action.status = row.status;
        action.start = Timepoint::ofYear(SchoolYear(2022));
        action.due = Timepoint::ongoing();
        for (const QDate &date : row.notes)
            action.notes.push_back(ProgressNote{date, QStringLiteral("Held the family nights."), QStringLiteral("Principal")});
        const SchoolYear year(row.year);
        CHECK(StatusRules::action(action, year, today).status == row.expected);
        CHECK(StatusRules::progress(action, year, today) == row.progress);
        CHECK_FALSE(StatusRules::isOverdue(action, year, today));
    }
}

TEST_CASE("a school year's milestones are judged as they stood at the year's end", "[status][pastyears]")
{
    // Due in 2024-25, completed in 2025-26; today is in 2025-26.
    Measure milestone;
    milestone.type = MeasureType::Milestone;
    milestone.dueDate = QDate(2024, 12, 31);
    milestone.completedDate = QDate(2025, 9, 10);
    const QDate today(2026, 1, 15);
    struct Row {
        int year;
        Status expected;
    };
    const Row rows[] = {
        {2023, Status::NotYetDue}, // past, before its due date
        {2024, Status::OffTrack},  // past, due and not yet completed when the year ended
        {2025, Status::Complete},  // current
        {2026, Status::Complete},  // future
    };
    for (const Row &row : rows) {
        INFO(row.year);
        CHECK(StatusRules::measure(milestone, SchoolYear(row.year), SchoolYear(2026), today).status == row.expected);
    }
    // Still open today, due in the current year but not yet.
    milestone.completedDate = QDate();
    milestone.dueDate = QDate(2026, 3, 1);
    CHECK(StatusRules::measure(milestone, SchoolYear(2024), SchoolYear(2025), today).status == Status::NotYetDue);
    CHECK(StatusRules::measure(milestone, SchoolYear(2025), SchoolYear(2025), today).status == Status::NotYetDue);
    CHECK(StatusRules::measure(milestone, SchoolYear(2025), SchoolYear(2025), QDate(2026, 3, 2)).status == Status::OffTrack);
}
