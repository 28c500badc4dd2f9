#pragma once

#include "core/plan.h"

namespace cairn::bench {

// The shape of a synthetic plan for benchmarks.
struct PlanSize {
    int goals = 10;
    int objectivesPerGoal = 6;
    int measuresPerObjective = 5;
    int actionsPerObjective = 4;
    int years = 10;
    int children = 0; // child measures (student groups) per measure
    unsigned seed = 12345;

    int measures() const { return goals * objectivesPerGoal * measuresPerObjective * (1 + children); }
};

// A realistic synthetic plan: coded goals, objectives, measures and actions
// with owners; percentages and counts with baselines, yearly targets along
// the trajectory to a final target and noisy actuals up to the report year;
// actions with statuses, progress and due years; and two reviews with notes
// and recommendations. The same size and seed give the same plan.
Plan generatePlan(const PlanSize &size);

} // namespace cairn::bench
