#pragma once

#include <QString>

namespace cairn {

// A plan's identity: a UUID in its usual form, lower case, without braces
// ("3f2b…-…"). Made once, when a plan is created (or when a file from before
// plans had identities is first opened), and kept from then on.
QString newPlanId();
bool isPlanId(const QString &text);

} // namespace cairn
