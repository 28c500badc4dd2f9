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
        return {withheldText(values, mark), false, true};
    return {QStringLiteral("—"), false, false};
}

QString PublishedCell::withheldText(const PublishedValues &values, Publication mark)
{
    return Suppression::hidden(mark) ? tr("not shown") : Suppression::shown(mark, values.rule);
}

} // namespace cairn::report
