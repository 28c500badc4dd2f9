#include "objectiveyears.h"

namespace cairn {

ObjectiveYears ObjectiveYears::evaluate(const Plan &plan, const PlanStatus &current)
{
    ObjectiveYears grid;
    for (SchoolYear year = plan.firstYear; year.isValid() && year <= plan.lastYear; year = year.next())
        grid.years.push_back(year);
    for (const Goal &goal : plan.goals) {
        for (const Objective &objective : goal.objectives)
            grid.rows.push_back({&goal, &objective, std::vector<Status>(grid.years.size(), Status::NotYetDue)});
    }
    for (std::size_t column = 0; column < grid.years.size(); ++column) {
        const SchoolYear year = grid.years[column];
        if (year > current.year())
            continue;
        const PlanStatus earlier = year == current.year() ? PlanStatus() : PlanStatus::evaluate(plan, year, current.asOf());
        const PlanStatus &status = year == current.year() ? current : earlier;
        for (Row &row : grid.rows) {
            if (const ItemStatus *item = status.find(row.objective->code))
                row.statuses[column] = item->judgement.status;
        }
    }
    return grid;
}

} // namespace cairn
