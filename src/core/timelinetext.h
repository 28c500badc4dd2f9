#pragma once

#include "action.h"

#include <QCoreApplication>

namespace cairn {

// An action's timeline as plans write it: "2021-22, then every year",
// "2022-23 and ongoing", "2022-23 to 2024-25", "from 2023-24", "by
// 2024-06-30", or "" when the plan gives none.
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(cairn::TimelineText)

public:
    static QString of(const Action &action);
};

} // namespace cairn
