#include "publishedcell.h"

#include "valuetext.h"

namespace cairn::report {

PublishedCell PublishedCell::of(const PublishedValues &values, const Measure &measure, SchoolYear year)
{
    const auto actual = measure.actuals.find(year);
    if (actual != measure.actuals.end()) {
        const bool preliminary = actual->second.preliminary;
        return {ValueText::format(ValueFormat::of(measure), actual->second.value) + (preliminary ? QStringLiteral("*") : QString()),
                preliminary, false};
    }
    if (const Publication mark = values.mark(measure.code, year); mark != Publication::Shown)
        return {Suppression::shown(mark, values.rule), false, true};
    return {QStringLiteral("—"), false, false};
}

} // namespace cairn::report
