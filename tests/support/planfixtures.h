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

} // namespace cairn::test
