#pragma once

#include "core/plan.h"

namespace cairn::bench {

// A synthetic plan of a given size for benchmarks: goals of objectives, each
// objective with numeric measures (baseline, final target, a target and an
// actual for every year) and actions. Deterministic for a given size.
struct PlanSize {
    int goals = 10;
    int objectivesPerGoal = 10;
    int measuresPerObjective = 50;
    int actionsPerObjective = 5;
    int years = 10;
};

Plan generatePlan(const PlanSize &size);

} // namespace cairn::bench
