#pragma once

#include "core/measure.h"

#include <QCoreApplication>

namespace cairn {

// How a measure's numbers are written: its unit and decimals.
struct ValueFormat {
    Unit unit = Unit::Unspecified;
    QString customUnit;
    int decimals = 0;

    static ValueFormat of(const Measure &measure) { return {measure.unit, measure.customUnit, measure.decimals}; }
};

// Numbers in a measure's unit, in the user's locale: "56%", "$1,250,000",
// "1,234", "3.5 hours". Shared by the charts, the dashboard and the report.
class ValueText
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ValueText)

public:
    // With `extraDecimals`, one more digit for derived targets (91.6, not 92).
    static QString format(const ValueFormat &format, double value, int extraDecimals = 0);
    // An axis tick: as many decimals as the step needs, currency shortened ("$1.2M").
    static QString tick(const ValueFormat &format, double value, double step);
    // The unit's name for an axis title: "Percent", "Count", "hours"; empty when unset.
    static QString unitName(const ValueFormat &format);
};

} // namespace cairn
