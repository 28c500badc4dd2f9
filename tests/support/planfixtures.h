#pragma once

#include "testsupport.h"

#include "core/plan.h"
#include "core/planwalk.h"
#include "storage/planjson.h"

namespace cairn::test {

// Row ids are the file's business; two plans with the same content are
// equal once their ids are cleared.
inline void clearIds(std::vector<Measure> &measures)
{
    for (Measure &measure : measures) {
        measure.id = 0;
        clearIds(measure.children);
    }
}

inline Plan withoutIds(Plan plan)
{
    for (Goal &goal : plan.goals) {
        goal.id = 0;
        clearIds(goal.measures);
        for (Objective &objective : goal.objectives) {
            objective.id = 0;
            clearIds(objective.measures);
            for (Action &action : objective.actions)
                action.id = 0;
        }
    }
    for (Review &review : plan.reviews) {
        review.id = 0;
        for (Recommendation &recommendation : review.recommendations)
            recommendation.id = 0;
    }
    return plan;
}

inline Plan readPlanJson(const QString &path)
{
    const PlanJson::ReadResult result = PlanJson::read(readAll(path));
    for (const JsonProblem &problem : result.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    REQUIRE(result.plan.has_value());
    return *result.plan;
}

// A measure of a plan by its code; the test fails when there is none.
inline const Measure &measureOf(const Plan &plan, const QString &code)
{
    const Measure *found = nullptr;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure && item.code == code)
            found = item.measure;
    });
    REQUIRE(found);
    return *found;
}

// An objective of a plan by its code, as a copy; the test fails when there is none.
inline Objective objectiveOf(const Plan &plan, const QString &code)
{
    const Objective *found = nullptr;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind == ItemKind::Objective && item.code == code)
            found = item.objective;
    });
    REQUIRE(found);
    return *found;
}

// Every entity and field set at least once (tests/data/full-plan.json).
inline Plan fullPlan()
{
    return readPlanJson(dataPath(QStringLiteral("full-plan.json")));
}

// A plan made of activities, responsibilities by role and dated and
// narrative outcomes, with no numeric measure (tests/data/activities-plan.json):
// 3 goals, 8 objectives, 20 activities, 5 dated and 10 narrative outcomes.
inline Plan activitiesPlan()
{
    return readPlanJson(dataPath(QStringLiteral("activities-plan.json")));
}

// One student group of the small-groups plan: its 2024-25 value and size,
// and its 2023-24 baseline and size.
inline Measure smallGroup(const char *code, double value, std::optional<int> n, double baseline, std::optional<int> baselineN)
{
    Measure measure;
    measure.code = QString::fromLatin1(code);
    measure.name = QStringLiteral("Group ") + measure.code;
    measure.unit = Unit::Percent;
    measure.decimals = 1;
    Actual actual = Actual::of(value);
    actual.n = n;
    measure.actuals[SchoolYear(2024)] = actual;
    measure.baseline.year = SchoolYear(2023);
    measure.baseline.value = baseline;
    measure.baseline.n = baselineN;
    return measure;
}

// A plan whose one measure (M, all students) has five student groups, A to E:
// in 2024-25 of 3, 40, 25, 12 and 30 students, valued 12.3, 34.5, 56.7,
// 78.9 and 98.4; their 2023-24 baselines of 4, 41, 24, 13 and 31 students,
// 11.1, 33.3, 55.5, 77.7 and 97.7. `rule` is the plan's suppression rule.
inline Plan smallGroupsPlan(const QString &rule = {})
{
    Measure all = smallGroup("M", 71.1, 500, 70.2, 510);
    all.name = QStringLiteral("All students");
    all.children = {smallGroup("A", 12.3, 3, 11.1, 4), smallGroup("B", 34.5, 40, 33.3, 41), smallGroup("C", 56.7, 25, 55.5, 24),
                    smallGroup("D", 78.9, 12, 77.7, 13), smallGroup("E", 98.4, 30, 97.7, 31)};
    Objective objective;
    objective.code = QStringLiteral("1.1");
    objective.title = QStringLiteral("Reading");
    objective.measures.push_back(all);
    Goal goal;
    goal.code = QStringLiteral("1");
    goal.title = QStringLiteral("Students");
    goal.objectives.push_back(objective);
    Plan plan;
    plan.organization = QStringLiteral("Small District");
    plan.title = QStringLiteral("Small groups");
    plan.firstYear = SchoolYear(2023);
    plan.lastYear = SchoolYear(2025);
    plan.reportYear = SchoolYear(2024);
    plan.suppression = rule;
    plan.goals.push_back(goal);
    return plan;
}

} // namespace cairn::test
