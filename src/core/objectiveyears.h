#pragma once

#include "planstatus.h"

namespace cairn {

// Objectives (rows) by the plan's school years (columns): each cell the
// objective's status in that year, judged on what the plan says about that
// year and before. Years after the year under review are not yet due.
struct ObjectiveYears {
    struct Row {
        const Goal *goal = nullptr;
        const Objective *objective = nullptr;
        std::vector<Status> statuses; // one per year
    };
    std::vector<SchoolYear> years; // the plan's first to last year
    std::vector<Row> rows;         // in outline order

    // `current` is the plan's evaluation for the year under review; earlier
    // years are evaluated here, as of the same date.
    static ObjectiveYears evaluate(const Plan &plan, const PlanStatus &current);
};

} // namespace cairn
