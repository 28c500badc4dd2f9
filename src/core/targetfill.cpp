#include "targetfill.h"

#include "statusrules.h"

#include <cmath>

namespace cairn {

Measure fillTargets(const Measure &measure)
{
    Measure filled = measure;
    const auto &baseline = measure.baseline;
    const auto &final = measure.finalTarget;
    if (!baseline.year || !baseline.value || !final.year || !final.value || *final.year <= *baseline.year)
        return filled;
    const double scale = std::pow(10.0, measure.decimals);
    for (SchoolYear year = baseline.year->next(); year <= *final.year; year = year.next()) {
        if (filled.targets.count(year))
            continue;
        if (const auto target = StatusRules::targetFor(measure, year))
            filled.targets[year] = std::round(target->value * scale) / scale;
    }
    return filled;
}

} // namespace cairn
