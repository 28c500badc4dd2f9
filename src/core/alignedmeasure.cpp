#include "alignedmeasure.h"

#include "alignment.h"
#include "planwalk.h"
#include "statusrules.h"

namespace cairn {

namespace {

MeasureSeries seriesOf(const Measure &measure, const QString &school, const std::vector<SchoolYear> &years)
{
    MeasureSeries series{school, measure.code, measure.name, measure.unit, measure.customUnit, measure.decimals, {}, {}};
    for (const auto &[year, actual] : measure.actuals)
        series.actuals.emplace(year, actual.value);
    for (SchoolYear year : years) {
        if (const auto target = StatusRules::targetFor(measure, year))
            series.targets.emplace(year, target->value);
    }
    return series;
}

} // namespace

std::optional<AlignedMeasure> AlignedMeasure::of(const Plan &district, const std::vector<Plan> &schools, const QString &code)
{
    const Measure *measure = nullptr;
    forEachItem(district, [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure && item.code == code)
            measure = item.measure;
    });
    if (!measure)
        return std::nullopt;
    AlignedMeasure result;
    for (SchoolYear year = district.firstYear; year.isValid() && year <= district.lastYear; year = year.next())
        result.years.push_back(year);
    result.district = seriesOf(*measure, {}, result.years);
    for (const Plan &school : schools) {
        if (Alignment::alignsElsewhere(district, school))
            continue;
        forEachItem(school, [&](const ItemView &item) {
            if (item.kind == ItemKind::Measure && item.measure->supports.contains(code))
                result.schools.push_back(seriesOf(*item.measure, Alignment::schoolName(school), result.years));
        });
    }
    return result;
}

} // namespace cairn
