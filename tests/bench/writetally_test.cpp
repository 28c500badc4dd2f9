#include "testsupport.h"

#include "writetally.h"

using namespace cairn;
using namespace cairn::bench;

namespace {

const SchoolYear Year(2024);
const QString Author = QStringLiteral("Owner 01 (cairn_test_owner_01)");

// A plan whose one measure M1 holds `value` for 2024-25.
Plan planHolding(double value)
{
    Plan plan;
    Goal goal;
    goal.code = QStringLiteral("G1");
    Objective objective;
    objective.code = QStringLiteral("1.1");
    Measure measure;
    measure.code = QStringLiteral("M1");
    measure.actuals[Year] = Actual::of(value);
    objective.measures.push_back(measure);
    goal.objectives.push_back(objective);
    plan.goals.push_back(goal);
    return plan;
}

AuditEntry entryFor(double value, const QString &who = Author)
{
    AuditEntry entry;
    entry.item = QStringLiteral("M1");
    entry.field = QStringLiteral("actual %1").arg(Year.label());
    entry.newValue = QString::number(value);
    entry.who = who;
    return entry;
}

} // namespace

TEST_CASE("the server bench counts an accepted write as lost when the plan or its audit log misses it", "[bench]")
{
    struct Case {
        const char *what;
        double stored; // the plan's value at the end
        std::vector<AuditEntry> audit; // M1's audit entries
        int lost;
    };
    // Two accepted writes of M1: 5 at revision 3, then 6 at revision 4.
    const Case cases[] = {
        { "both kept, the last in the plan", 6, { entryFor(5), entryFor(6) }, 0 },
        { "the plan holds the earlier value", 5, { entryFor(5), entryFor(6) }, 1 },
        { "the first write's audit entry is missing", 6, { entryFor(6) }, 1 },
        { "an audit entry names another author", 6, { entryFor(5), entryFor(6, QStringLiteral("Owner 02")) }, 1 },
        { "the plan lost the value and the log both writes", 7, {}, 3 },
    };
    for (const Case &test : cases) {
        CAPTURE(test.what);
        WriteTally tally;
        tally.accepted({ QStringLiteral("M1"), Year, 5, Author, 3 });
        tally.accepted({ QStringLiteral("M1"), Year, 6, Author, 4 });
        CHECK(tally.lostUpdates(planHolding(test.stored), [&](const QString &) { return test.audit; }) == test.lost);
    }
}

TEST_CASE("writes of several owners are tallied together", "[bench]")
{
    WriteTally first;
    first.accepted({ QStringLiteral("M1"), Year, 5, Author, 3 });
    WriteTally second;
    second.accepted({ QStringLiteral("M1"), Year, 6, Author, 7 });
    first.add(second);
    CHECK(first.writes().size() == 2);
    CHECK(first.lostUpdates(planHolding(6), [](const QString &) {
        return std::vector<AuditEntry> { entryFor(5), entryFor(6) };
    }) == 0);
}
