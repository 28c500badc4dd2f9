#pragma once

#include "core/planstatus.h"

#include <QString>

namespace cairn::web {

// How far a rollup is (CoverageText): a bar drawn for the eye and the same
// in words for everyone; nothing but the words when there is no share.
class ProgressBar
{
public:
    static QString html(const ItemStatus &item);
};

} // namespace cairn::web
