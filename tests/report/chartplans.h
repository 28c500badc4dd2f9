#pragma once

#include "core/plan.h"

namespace cairn::test {

// A numeric measure from its baseline in 2022-23 to its final target in
// 2026-27, named after its code unless told otherwise.
inline Measure numeric(const QString &code, Unit unit, Direction direction, double baseline, double final)
{
    Measure measure;
    measure.code = code;
    measure.name = code + QStringLiteral(" name");
    measure.unit = unit;
    measure.direction = direction;
    measure.baseline.year = SchoolYear(2022);
    measure.baseline.value = baseline;
    measure.finalTarget.year = SchoolYear(2026);
    measure.finalTarget.value = final;
    return measure;
}

// A plan of 2022-23 to 2026-27 reporting on 2024-25, with one goal holding `measures`.
inline Plan planOf(std::vector<Measure> measures)
{
    Plan plan;
    plan.firstYear = SchoolYear(2022);
    plan.lastYear = SchoolYear(2026);
    plan.reportYear = SchoolYear(2024);
    Goal goal;
    goal.code = QStringLiteral("G1");
    goal.measures = std::move(measures);
    plan.goals.push_back(std::move(goal));
    return plan;
}

} // namespace cairn::test
