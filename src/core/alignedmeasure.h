#pragma once

#include "plan.h"

#include <map>

namespace cairn {

// One plan's values of one measure, per school year.
struct MeasureSeries {
    QString school; // empty for the district's own measure
    QString code;
    QString name;
    Unit unit = Unit::Unspecified;
    QString customUnit;
    int decimals = 0;
    std::map<SchoolYear, double> actuals;
    std::map<SchoolYear, double> targets; // as written, or derived on the line to the final target
};

// A school measure that supports a district measure, and the plan it is in.
struct SupportingMeasure {
    const Plan *school = nullptr;
    const Measure *measure = nullptr;
};

// A district measure's values beside those of the school measures that
// support it, year by year.
struct AlignedMeasure {
    std::vector<SchoolYear> years; // the district plan's, from its first year to its last
    MeasureSeries district;
    std::vector<MeasureSeries> schools; // in the order of the school plans, then outline order

    // Nothing when the district plan has no measure `code`. School plans that
    // align to another district plan are left out.
    static std::optional<AlignedMeasure> of(const Plan &district, const std::vector<Plan> &schools, const QString &code);

    // The district plan's measure `code`; nothing when it has none.
    static const Measure *districtMeasure(const Plan &district, const QString &code);
    // The school measures that support district measure `code`, in the order
    // of the school plans, then outline order; plans aligned to another
    // district plan are left out.
    static std::vector<SupportingMeasure> supporting(const Plan &district, const std::vector<Plan> &schools, const QString &code);
    // The district measures some school measure supports, in outline order.
    static QStringList supported(const Plan &district, const std::vector<Plan> &schools);
};

} // namespace cairn
