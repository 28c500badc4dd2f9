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
    const Measure *measure = districtMeasure(district, code);
    if (!measure)
        return std::nullopt;
    AlignedMeasure result;
    for (SchoolYear year = district.firstYear; year.isValid() && year <= district.lastYear; year = year.next())
        result.years.push_back(year);
    result.district = seriesOf(*measure, {}, result.years);
    for (const SupportingMeasure &support : supporting(district, schools, code))
        result.schools.push_back(seriesOf(*support.measure, Alignment::schoolName(*support.school), result.years));
    return result;
}

const Measure *AlignedMeasure::districtMeasure(const Plan &district, const QString &code)
{
    const Measure *measure = nullptr;
    forEachItem(district, [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure && item.code == code)
            measure = item.measure;
    });
    return measure;
}

std::vector<SupportingMeasure> AlignedMeasure::supporting(const Plan &district, const std::vector<Plan> &schools, const QString &code)
{
    std::vector<SupportingMeasure> found;
    for (const Plan &school : schools) {
        if (Alignment::alignsElsewhere(district, school))
            continue;
        forEachItem(school, [&](const ItemView &item) {
            if (item.kind == ItemKind::Measure && item.measure->supports.contains(code))
                found.push_back(SupportingMeasure{&school, item.measure});
        });
    }
    return found;
}

QStringList AlignedMeasure::supported(const Plan &district, const std::vector<Plan> &schools)
{
    QStringList named;
    for (const Plan &school : schools) {
        if (Alignment::alignsElsewhere(district, school))
            continue;
        forEachItem(school, [&named](const ItemView &item) {
            if (item.measure)
                named.append(item.measure->supports);
        });
    }
    QStringList codes;
    forEachItem(district, [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure && named.contains(item.code))
            codes.append(item.code);
    });
    return codes;
}

} // namespace cairn
