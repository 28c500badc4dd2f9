#include "sitecontext.h"

#include "core/planwalk.h"

namespace cairn::web {

QDate SiteContext::dataDate() const
{
    QDate latest;
    forEachItem(plan, [&](const ItemView &item) {
        if (!item.measure)
            return;
        for (const auto &[year, actual] : item.measure->actuals) {
            if (year > options.year)
                continue;
            const QDate day = actual.asOf.isValid() ? actual.asOf : actual.when.date();
            if (day.isValid() && (!latest.isValid() || day > latest))
                latest = day;
        }
    });
    return latest;
}

} // namespace cairn::web
