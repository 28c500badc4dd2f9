#pragma once

#include <QString>

#include <map>

namespace cairn {

// An item's own texts in the plan's second language (Spanish), by the
// field's name in the JSON format ("title", "description", "mission"). A
// field without one is shown in its original words.
using Translation = std::map<QString, QString>;

} // namespace cairn
