#pragma once

#include "measure.h"

namespace cairn {

// Writes explicit yearly targets along the line from a measure's baseline to
// its final target, rounded to the measure's decimals: every year after the
// baseline up to the final year that has no explicit target yet. Targets
// already set are kept. A measure without a baseline value or final target
// is returned as it is.
Measure fillTargets(const Measure &measure);

} // namespace cairn
