#pragma once

#include "sitecontext.h"

#include <QCoreApplication>

namespace cairn::web {

// A page per goal: its status and progress, description and rationale,
// the goal's own measures, then each objective with its measures (chart and
// table), milestones and outcomes, and actions with status, timeline, owner
// and responsibilities.
class GoalPage
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::GoalPage)

public:
    static QString html(const SiteContext &site, std::size_t goal);
    // The page's file name: "goal-p1.html" from the goal's code, else its place.
    static QString fileName(const Goal &goal, std::size_t index);

private:
    static QString measures(const SiteContext &site, const std::vector<Measure> &measures, int level, const QString &caption);
    static QString objective(const SiteContext &site, const Objective &objective);
    static QString actions(const SiteContext &site, const Objective &objective);
};

} // namespace cairn::web
