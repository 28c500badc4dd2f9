#pragma once

#include "plan.h"

#include <QStringList>

#include <vector>

namespace cairn {

// What each role named in the plan is answerable for: for every role (as
// the plan writes it, grouped without regard to case or spacing, in
// alphabetical order), each action's duty for it, in plan order. A role is
// free text: a team or a program is a role as much as a superintendent.
struct RoleDuty {
    const Goal *goal = nullptr;
    const Objective *objective = nullptr;
    const Action *action = nullptr;
    QString duty;
};

struct RoleDuties {
    QString role;
    std::vector<RoleDuty> duties;
};

// Only the goals whose codes are in `goals`, when it is not empty.
std::vector<RoleDuties> dutiesByRole(const Plan &plan, const QStringList &goals = {});

} // namespace cairn
