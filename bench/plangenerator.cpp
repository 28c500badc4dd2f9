#include "plangenerator.h"

namespace cairn::bench {

Plan generatePlan(const PlanSize &size)
{
    Plan plan;
    plan.organization = QStringLiteral("Benchmark Unified School District");
    plan.title = QStringLiteral("Generated plan");
    plan.firstYear = SchoolYear(2020);
    plan.lastYear = SchoolYear(2020 + size.years - 1);
    plan.reportYear = SchoolYear(2020 + size.years - 2);
    unsigned seed = 12345;
    auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % 1000;
    };
    const ActionStatus statuses[] = {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Complete,
                                     ActionStatus::Delayed, ActionStatus::OnHold};
    for (int g = 1; g <= size.goals; ++g) {
        Goal goal;
        goal.code = QStringLiteral("G%1").arg(g);
        goal.title = QStringLiteral("Goal %1").arg(g);
        for (int o = 1; o <= size.objectivesPerGoal; ++o) {
            Objective objective;
            objective.code = QStringLiteral("%1.%2").arg(g).arg(o);
            objective.title = QStringLiteral("Objective %1").arg(objective.code);
            for (int m = 1; m <= size.measuresPerObjective; ++m) {
                Measure measure;
                measure.code = QStringLiteral("%1-M%2").arg(objective.code).arg(m);
                measure.name = QStringLiteral("Measure %1").arg(measure.code);
                measure.unit = Unit::Percent;
                measure.direction = m % 5 == 0 ? Direction::LowerIsBetter : Direction::HigherIsBetter;
                const double base = 40 + next() % 30;
                const double goalValue = measure.direction == Direction::HigherIsBetter ? base + 20 : base - 20;
                measure.baseline = {SchoolYear(2019), base, {}};
                measure.finalTarget = {plan.lastYear, goalValue};
                for (int y = 0; y < size.years; ++y) {
                    const SchoolYear year(2020 + y);
                    if (y % 2 == 0)
                        measure.targets[year] = base + (goalValue - base) * (y + 1) / size.years;
                    if (year <= plan.reportYear)
                        measure.actuals[year] = Actual::of(base + (goalValue - base) * (y + 1) / size.years + (int(next() % 9) - 4));
                }
                objective.measures.push_back(std::move(measure));
            }
            for (int a = 0; a < size.actionsPerObjective; ++a) {
                Action action;
                action.code = QStringLiteral("%1%2").arg(objective.code).arg(QChar(u'A' + a));
                action.description = QStringLiteral("Action %1").arg(action.code);
                action.status = statuses[next() % 5];
                action.percentComplete = int(next() % 101);
                action.due = Timepoint::ofYear(SchoolYear(2020 + int(next() % size.years)));
                objective.actions.push_back(std::move(action));
            }
            goal.objectives.push_back(std::move(objective));
        }
        plan.goals.push_back(std::move(goal));
    }
    return plan;
}

} // namespace cairn::bench
