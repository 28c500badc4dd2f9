#pragma once

#include "outline.h"

#include <QHash>

namespace cairn::textimport {

// The plan an outline describes, ready to be written: codes for items the
// document left unnumbered (objective "1.2", action "1.2.3", measures
// "1.2-PM1" and "1.2-L1", child measures "1.2-L1a"), a code made unique
// where the document used one twice, an objective for actions written
// directly under a goal, the plan's school years from the years its
// measures name, final targets in the last of them, and targets every year
// for "per year" measures. The result passes PlanCheck without errors.
// `doubts`, when given, receives why the reading of an item was uncertain,
// by the item's code in the plan.
Plan planOf(const Outline &outline, SchoolYear today, QHash<QString, QString> *doubts = nullptr);

// The code planOf() gives each item of `outline`, by the item's address.
QHash<const OutlineItem *, QString> planCodes(const Outline &outline, SchoolYear today);

} // namespace cairn::textimport
