#pragma once

#include "core/plan.h"

#include <QCoreApplication>

namespace cairn {

// The plan's front matter as HTML: organization, title and years, mission,
// vision, theory of action, core values, free sections and the goals with
// what they hold. Shown in the app's overview and reused by the board
// report. Every text from the plan is escaped: a plan's own text never turns
// into markup.
class PlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(cairn::PlanSummary)

public:
    static QString html(const Plan &plan);

    // Plan text as HTML text: escaped, line breaks kept.
    static QString escaped(const QString &text);
};

} // namespace cairn
