#pragma once

#include "measure.h"
#include "numbertext.h"

#include <QCoreApplication>

namespace cairn {

// What a value's text says, read for one numeric measure.
struct ValueReading {
    std::optional<double> value; // none when the text is blank or refused
    QString refusal;             // why the text is refused, as a phrase; empty when it is not

    bool refused() const { return !refusal.isEmpty(); }
};

// Whether a value typed or imported for a numeric measure (a target, an
// actual, its baseline, final target or tolerance) makes sense for it
// (docs/status-rules.md, "How typed values are checked"). The year table,
// Update values, the measure pane and the values sheet all ask this, so a
// value is judged the same way however it comes in.
class ValuePlausibility
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ValuePlausibility)

public:
    // A value more than this many times the largest the measure has is
    // asked about before it is entered.
    static constexpr double Factor = 3;

    // Reads `text` for `measure`. Blank text reads as no value. Refused,
    // with the reason: text that is not a number; a unit mark the measure
    // does not have ("%" on anything but a percentage, "$" or another
    // currency sign on anything but money; a measure without a unit takes
    // either); a fraction on a count shown without decimals.
    static ValueReading read(const Measure &measure, const QString &text, DecimalMark mark = DecimalMark::Either);

    // The largest magnitude among the measure's baseline, final target,
    // targets and actuals; none when all are zero or there are none.
    static std::optional<double> largest(const Measure &measure);

    // Why `value` looks mistyped for `measure`: a sentence when it is more
    // than Factor times largest(), else empty. Small values are never
    // doubted: zero and values near it are what lower-is-better measures
    // aim for.
    static QString doubt(const Measure &measure, double value);
};

} // namespace cairn
