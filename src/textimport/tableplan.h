#pragma once

#include "outlinecursor.h"
#include "sourcedocument.h"

namespace cairn::textimport {

// Which column of a plan table holds what, from its header row: "Priority |
// Objective | Actions | Progress measures | Long-term measures",
// "Objective | Activities | Responsibility | Outcomes", in English or Spanish.
struct PlanColumns {
    int goal = -1;
    int objective = -1;
    int action = -1;
    int responsibility = -1;
    int timeline = -1;
    int progress = -1;
    int longTerm = -1;
    int number = -1; // "#", "No.", "Code": the code of the row's action, or of its objective

    // A table with actions, or objectives with measures, is a plan table.
    bool isPlanTable() const { return action >= 0 || (objective >= 0 && (progress >= 0 || longTerm >= 0)); }
};

PlanColumns planColumns(const SourceTable &table);

// Reads a plan table's rows below its header into the outline: a row with a
// goal or objective starts one; a row whose goal and objective cells are
// empty continues the ones above it.
void readPlanTable(const SourceTable &table, const PlanColumns &columns, OutlineCursor &cursor);

} // namespace cairn::textimport
