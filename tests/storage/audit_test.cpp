#include "planfixtures.h"
#include "testserver.h"

#include "storage/repository.h"
#include "storage/storageerror.h"

using namespace cairn;
using namespace cairn::test;

namespace {

const QDateTime editTime(QDate(2025, 9, 30), QTime(14, 5, 7, 250), Qt::UTC);

// The full plan in a file or on the test server (each test runs on both;
// PlanHome names which in every failure).
struct Audited : PlanHome {
    std::unique_ptr<Repository> repository;
    Plan plan;
    std::size_t auditBefore;

    explicit Audited(Backend where)
        : PlanHome(where)
    {
        Plan start = fullPlan();
        auditBefore = start.audit.size();
        repository = Repository::create(place(QStringLiteral("plan.cairn")), start);
        repository->setActor(QStringLiteral("ana.ortiz"));
        repository->setClock([] { return editTime; });
        plan = repository->load();
    }

    std::vector<AuditEntry> newEntries() const
    {
        const auto all = repository->load().audit;
        return {all.begin() + qsizetype(auditBefore), all.end()};
    }
};

} // namespace

TEST_CASE("each changed field is audited with who, when, old and new", "[audit]")
{
    Audited audited(GENERATE(from_range(backends())));
    const Measure &before = audited.plan.goals[0].objectives[0].measures[0];
    Measure after = before;
    after.name = QStringLiteral("District rating");
    after.targets[SchoolYear(2023)] = 91;
    after.actuals[SchoolYear(2024)] = Actual::of(92.5, QStringLiteral("Preliminary"), QStringLiteral("ana"));
    audited.repository->updateMeasure(before, after);

    const auto entries = audited.newEntries();
    REQUIRE(entries.size() == 3);
    const QDateTime stored(QDate(2025, 9, 30), QTime(14, 5, 7), Qt::UTC); // kept to the second
    for (const AuditEntry &entry : entries) {
        CHECK(entry.who == QStringLiteral("ana.ortiz"));
        CHECK(entry.when == stored);
        CHECK(entry.kind == ItemKind::Measure);
        CHECK(entry.item == QStringLiteral("1.1-M1"));
    }
    CHECK(entries[0].field == QStringLiteral("name"));
    CHECK(entries[0].oldValue == QStringLiteral("Accountability rating"));
    CHECK(entries[0].newValue == QStringLiteral("District rating"));
    CHECK(entries[1].field == QStringLiteral("target 2023-24"));
    CHECK(entries[1].oldValue == QStringLiteral("90.5"));
    CHECK(entries[1].newValue == QStringLiteral("91"));
    CHECK(entries[2].field == QStringLiteral("actual 2024-25"));
    CHECK(entries[2].oldValue.isEmpty());
    CHECK(entries[2].newValue == QStringLiteral("92.5 (Preliminary)"));
}

TEST_CASE("an edit that changes nothing writes no audit entry", "[audit]")
{
    Audited audited(GENERATE(from_range(backends())));
    audited.repository->updateGoal(audited.plan.goals[0], audited.plan.goals[0]);
    audited.repository->updateAction(audited.plan.goals[0].objectives[0].actions[0], audited.plan.goals[0].objectives[0].actions[0]);
    CHECK(audited.newEntries().empty());
}

TEST_CASE("structure changes are audited", "[audit]")
{
    Audited audited(GENERATE(from_range(backends())));
    Objective objective;
    objective.code = QStringLiteral("2.1");
    objective.title = QStringLiteral("Recruiting");
    audited.repository->insertObjective(audited.plan.goals[1].id, objective, 0);
    audited.repository->reorder(ItemKind::Action, {audited.plan.goals[0].objectives[0].actions[1].id,
                                                    audited.plan.goals[0].objectives[0].actions[0].id});
    audited.repository->removeItem(ItemKind::Action, audited.plan.goals[0].objectives[0].actions[2].id);

    Action action = audited.plan.goals[0].objectives[0].actions[0];
    const Action before = action;
    action.status = ActionStatus::Complete;
    audited.repository->updateAction(before, action);

    const auto entries = audited.newEntries();
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].field == QStringLiteral("created"));
    CHECK(entries[0].item == QStringLiteral("2.1"));
    CHECK(entries[0].newValue == QStringLiteral("Recruiting"));
    CHECK(entries[1].field == QStringLiteral("position"));
    CHECK(entries[1].item == QStringLiteral("1.1B"));
    CHECK(entries[1].oldValue == QStringLiteral("2"));
    CHECK(entries[1].newValue == QStringLiteral("1"));
    CHECK(entries[2].item == QStringLiteral("1.1A"));
    CHECK(entries[3].field == QStringLiteral("deleted"));
    CHECK(entries[3].item == QStringLiteral("1.1C"));
    CHECK(entries[3].oldValue == QStringLiteral("Old idea"));
    CHECK(entries[4].field == QStringLiteral("status"));
    CHECK(entries[4].oldValue == QStringLiteral("in_progress"));
    CHECK(entries[4].newValue == QStringLiteral("complete"));
}

TEST_CASE("plan-level edits are audited without an item", "[audit]")
{
    Audited audited(GENERATE(from_range(backends())));
    Plan after = audited.plan;
    after.vision = QStringLiteral("New vision");
    after.sections.clear();
    audited.repository->updatePlan(audited.plan, after);
    const auto entries = audited.newEntries();
    REQUIRE(entries.size() == 2);
    CHECK_FALSE(entries[0].kind.has_value());
    CHECK(entries[0].field == QStringLiteral("vision"));
    CHECK(entries[1].field == QStringLiteral("sections"));
    CHECK(entries[1].oldValue == QStringLiteral("Oversight: The committee meets every fall."));
    CHECK(entries[1].newValue.isEmpty());
}

TEST_CASE("an edit with no one to record is refused and changes nothing", "[audit]")
{
    Audited audited(GENERATE(from_range(backends())));
    const Goal &before = audited.plan.goals[0];
    Goal after = before;
    after.title = QStringLiteral("Renamed");
    audited.repository->setActor(QStringLiteral("  "));
    try {
        audited.repository->updateGoal(before, after);
        FAIL("the edit was written");
    } catch (const StorageError &error) {
        CHECK(error.message().contains(QStringLiteral("records who made it")));
    }
    CHECK(audited.newEntries().empty());
    CHECK(audited.repository->load().goals[0].title == before.title);

    // A source is asked at the edit, so the app can ask the person then.
    int asked = 0;
    audited.repository->setActorSource([&asked] {
        ++asked;
        return QStringLiteral("Ana Ruiz");
    });
    audited.repository->updateGoal(before, after);
    CHECK(asked == 1);
    REQUIRE(audited.newEntries().size() == 1);
    CHECK(audited.newEntries()[0].who == QStringLiteral("Ana Ruiz"));
}
