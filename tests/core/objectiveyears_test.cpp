#include "testsupport.h"

#include "core/objectiveyears.h"

using namespace cairn;

TEST_CASE("each objective's status per year: judged on that year, not yet due after the year under review", "[rollup]")
{
    Measure measure;
    measure.code = QStringLiteral("1.1-a");
    measure.unit = Unit::Percent;
    measure.targets = {{SchoolYear(2022), 50}, {SchoolYear(2023), 60}, {SchoolYear(2024), 70}, {SchoolYear(2025), 80}};
    measure.actuals = {{SchoolYear(2022), Actual::of(55)}, {SchoolYear(2023), Actual::of(40)}, {SchoolYear(2025), Actual::of(90)}};
    Plan plan;
    plan.firstYear = SchoolYear(2022);
    plan.lastYear = SchoolYear(2025);
    Objective objective;
    objective.code = QStringLiteral("1.1");
    objective.measures.push_back(measure);
    Goal goal;
    goal.code = QStringLiteral("1");
    goal.objectives.push_back(objective);
    plan.goals.push_back(goal);

    const PlanStatus current = PlanStatus::evaluate(plan, SchoolYear(2024), QDate(2025, 6, 30));
    const ObjectiveYears grid = ObjectiveYears::evaluate(plan, current);
    REQUIRE(grid.years.size() == 4);
    REQUIRE(grid.rows.size() == 1);
    CHECK(grid.rows[0].objective == &plan.goals[0].objectives[0]);
    // 2022 met, 2023 missed by far, 2024 without a value, 2025 after the
    // year under review (its value is not looked at).
    CHECK(grid.rows[0].statuses == std::vector<Status>{Status::OnTrack, Status::OffTrack, Status::NoData, Status::NotYetDue});
}
