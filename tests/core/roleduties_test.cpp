#include "core/profilematrix.h"
#include "core/roleduties.h"

#include <catch2/catch.hpp>

using namespace cairn;

namespace {

Action action(const char *code, std::vector<Responsibility> responsibilities)
{
    Action action;
    action.code = QString::fromUtf8(code);
    action.responsibilities = std::move(responsibilities);
    return action;
}

Plan planWithRoles()
{
    Plan plan;
    Goal goal;
    goal.code = QStringLiteral("1");
    Objective objective;
    objective.code = QStringLiteral("1.1");
    objective.actions.push_back(action("1.1A", {{QStringLiteral("Superintendent"), QStringLiteral("Leads")},
                                                {QStringLiteral("  School   Committee "), QStringLiteral("Approves")}}));
    objective.actions.push_back(action("1.1B", {{QStringLiteral("superintendent"), QStringLiteral("Reports")},
                                                {QStringLiteral("Math Team"), QStringLiteral("Writes units")},
                                                {QStringLiteral(""), QStringLiteral("No role given")}}));
    goal.objectives.push_back(objective);
    plan.goals.push_back(goal);
    Goal second;
    second.code = QStringLiteral("2");
    Objective other;
    other.code = QStringLiteral("2.1");
    other.actions.push_back(action("2.1A", {{QStringLiteral("Principals"), QStringLiteral("Schedule")}}));
    second.objectives.push_back(other);
    plan.goals.push_back(second);
    return plan;
}

} // namespace

TEST_CASE("duties are gathered by role, roles grouped ignoring case and spacing", "[roles]")
{
    const Plan plan = planWithRoles();
    const std::vector<RoleDuties> roles = dutiesByRole(plan);
    REQUIRE(roles.size() == 4);
    // Alphabetical, as first written; a team is a role too.
    CHECK(roles[0].role == QStringLiteral("Math Team"));
    CHECK(roles[1].role == QStringLiteral("Principals"));
    CHECK(roles[2].role == QStringLiteral("School Committee"));
    CHECK(roles[3].role == QStringLiteral("Superintendent"));
    REQUIRE(roles[3].duties.size() == 2);
    CHECK(roles[3].duties[0].action->code == QStringLiteral("1.1A"));
    CHECK(roles[3].duties[1].duty == QStringLiteral("Reports"));
    CHECK(roles[3].duties[1].objective->code == QStringLiteral("1.1"));

    const std::vector<RoleDuties> goalTwo = dutiesByRole(plan, {QStringLiteral("2")});
    REQUIRE(goalTwo.size() == 1);
    CHECK(goalTwo[0].role == QStringLiteral("Principals"));
}

TEST_CASE("the profile matrix marks each goal and objective under the attributes its tags name", "[profile]")
{
    Plan plan = planWithRoles();
    CHECK(ProfileMatrix::of(plan).isEmpty());

    plan.profileAttributes = {
        {QStringLiteral("Critical Thinker"), {}, {}}, {QStringLiteral("Communicator"), {}, {}}, {QStringLiteral("Citizen"), {}, {}}};
    plan.goals[0].tags = {QStringLiteral("critical  thinker"), QStringLiteral("Equity")};
    plan.goals[0].objectives[0].tags = {QStringLiteral("Communicator"), QStringLiteral("Critical Thinker")};
    plan.goals[1].objectives[0].tags = {QStringLiteral("Communicator"), QStringLiteral("communicator")};
    const ProfileMatrix matrix = ProfileMatrix::of(plan);
    CHECK(matrix.attributes == QStringList{QStringLiteral("Critical Thinker"), QStringLiteral("Communicator"), QStringLiteral("Citizen")});
    REQUIRE(matrix.rows.size() == 4);
    CHECK(matrix.rows[0].goal);
    CHECK(matrix.rows[0].marks == std::vector<bool>{true, false, false});
    CHECK(matrix.rows[1].code == QStringLiteral("1.1"));
    CHECK(matrix.rows[1].marks == std::vector<bool>{true, true, false});
    CHECK(matrix.rows[2].marks == std::vector<bool>{false, false, false});
    CHECK(matrix.rows[3].marks == std::vector<bool>{false, true, false});
    // A theme that is not an attribute marks nothing; an attribute nothing names counts none.
    CHECK(matrix.counts == std::vector<int>{2, 2, 0});
}
