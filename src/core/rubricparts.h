#pragma once

#include "rubric.h"

namespace cairn {

// How each component of the plan-quality rubric is judged: each fills a
// result's rating, what was found and what to add (Rubric::review calls
// the one its table names for a component).
class RubricParts
{
    Q_DECLARE_TR_FUNCTIONS(cairn::RubricParts)

public:
    static void mission(const Plan &plan, RubricResult &result);
    static void vision(const Plan &plan, RubricResult &result);
    static void coreValues(const Plan &plan, RubricResult &result);
    static void dataAnalysis(const Plan &plan, RubricResult &result);
    static void theoryOfAction(const Plan &plan, RubricResult &result);
    static void strategicObjectives(const Plan &plan, RubricResult &result);
    static void initiatives(const Plan &plan, RubricResult &result);
    static void measurableOutcomes(const Plan &plan, RubricResult &result);
    static void alignment(const Plan &plan, RubricResult &result);
    static void input(const Plan &plan, RubricResult &result);
    static void studentGroups(const Plan &plan, RubricResult &result);
};

} // namespace cairn
