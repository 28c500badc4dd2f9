#include "core/roleduties.h"

#include <map>

namespace cairn {

std::vector<RoleDuties> dutiesByRole(const Plan &plan, const QStringList &goals)
{
    std::map<QString, RoleDuties> roles; // by the role folded to lower case
    for (const Goal &goal : plan.goals) {
        if (!goals.isEmpty() && !goals.contains(goal.code))
            continue;
        for (const Objective &objective : goal.objectives)
            for (const Action &action : objective.actions)
                for (const Responsibility &responsibility : action.responsibilities) {
                    const QString role = responsibility.role.simplified();
                    if (role.isEmpty())
                        continue;
                    RoleDuties &entry = roles[role.toCaseFolded()];
                    if (entry.role.isEmpty())
                        entry.role = role;
                    entry.duties.push_back({&goal, &objective, &action, responsibility.duty.trimmed()});
                }
    }
    std::vector<RoleDuties> list;
    list.reserve(roles.size());
    for (auto &[key, entry] : roles)
        list.push_back(std::move(entry));
    return list;
}

} // namespace cairn
