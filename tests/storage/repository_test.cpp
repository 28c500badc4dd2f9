#include "planfixtures.h"
#include "testserver.h"

#include "storage/repository.h"
#include "storage/storageerror.h"

using namespace cairn;
using namespace cairn::test;

namespace {

// The full plan in a file or on the test server: every test here runs on
// both (GENERATE over backends()), so that the two never drift apart.
struct Scratch : PlanHome {
    explicit Scratch(Backend where)
        : PlanHome(where)
        , repository(Repository::create(place(QStringLiteral("plan.cairn")), fullPlan()))
        , path(repository->path())
    {
    }

    std::unique_ptr<Repository> repository;
    QString path;

    // Reopens the file, as the next session would.
    Plan reload()
    {
        repository.reset();
        repository = Repository::open(path);
        return repository->load();
    }
};

} // namespace

TEST_CASE("every entity and field survives a write and a reload", "[repository]")
{
    Scratch scratch(GENERATE(from_range(backends())));
    const Plan loaded = scratch.reload();
    CHECK(withoutIds(loaded) == fullPlan());
    CHECK(loaded.goals[0].id != 0);
    CHECK(loaded.goals[0].objectives[0].measures[0].children[1].id != 0);
}

TEST_CASE("the sample plans survive a write and a reload", "[repository]")
{
    const QString sample = GENERATE(socorroSample(), belenSample());
    const Backend backend = GENERATE(from_range(backends()));
    CAPTURE(sample);
    const PlanHome home(backend);
    const Plan plan = readPlanJson(sample);
    const QString path = Repository::create(home.place(QStringLiteral("sample.cairn")), plan)->path();
    CHECK(withoutIds(Repository::open(path)->load()) == plan);
}

TEST_CASE("editing each kind of item is stored", "[repository]")
{
    Scratch scratch(GENERATE(from_range(backends())));
    const Plan before = scratch.repository->load();
    Plan after = before;

    after.title = QStringLiteral("Renamed plan");
    after.reportYear = SchoolYear(2025);
    after.people.push_back({QStringLiteral("Cy Diaz"), QStringLiteral("Trustee")});
    scratch.repository->updatePlan(before, after);

    Goal &goal = after.goals[0];
    goal.title = QStringLiteral("Students first");
    goal.rationale.append(QStringLiteral("A third reason"));
    goal.assessments.clear();
    scratch.repository->updateGoal(before.goals[0], goal);

    Objective &objective = goal.objectives[0];
    objective.tags = {QStringLiteral("Equity")};
    // Assessments are kept in year order.
    objective.assessments.insert(objective.assessments.begin(), {SchoolYear(2023), Status::OnTrack, {}, QStringLiteral("ana"), {}});
    scratch.repository->updateObjective(before.goals[0].objectives[0], objective);

    Action &action = objective.actions[0];
    action.status = ActionStatus::Complete;
    action.percentComplete = 100;
    action.due = Timepoint::ongoing();
    action.responsibilities.pop_back();
    action.notes.push_back({QDate(2024, 6, 1), QStringLiteral("Done"), QStringLiteral("Ben Ruiz")});
    scratch.repository->updateAction(before.goals[0].objectives[0].actions[0], action);

    Measure &measure = objective.measures[0];
    measure.unit = Unit::Percent;
    measure.tolerance.reset();
    measure.baseline.value = 87.5;
    measure.targets[SchoolYear(2024)] = 92;
    measure.targets.erase(SchoolYear(2025));
    measure.actuals[SchoolYear(2024)] = Actual::of(91, QStringLiteral("Final"), QStringLiteral("ana"));
    measure.actuals.erase(SchoolYear(2022));
    scratch.repository->updateMeasure(before.goals[0].objectives[0].measures[0], measure);

    Measure &child = measure.children[0];
    child.name = QStringLiteral("Approaches Grade Level");
    scratch.repository->updateMeasure(before.goals[0].objectives[0].measures[0].children[0], child);

    Plan reloaded = scratch.reload();
    reloaded.audit.clear();
    after.audit.clear();
    CHECK(withoutIds(reloaded) == withoutIds(after));
}

TEST_CASE("items are inserted, reordered and removed with everything under them", "[repository]")
{
    Scratch scratch(GENERATE(from_range(backends())));
    Plan plan = scratch.repository->load();

    Goal goal;
    goal.code = QStringLiteral("P3");
    goal.title = QStringLiteral("Community");
    Objective objective;
    objective.code = QStringLiteral("3.1");
    objective.title = QStringLiteral("Parents");
    goal.objectives.push_back(objective);
    scratch.repository->insertGoal(goal, 2);
    CHECK(goal.id != 0);
    CHECK(goal.objectives[0].id != 0);

    Action action;
    action.code = QStringLiteral("3.1A");
    action.description = QStringLiteral("Hold forums");
    scratch.repository->insertAction(goal.objectives[0].id, action, 0);

    Measure measure;
    measure.code = QStringLiteral("3.1-M1");
    measure.name = QStringLiteral("Forum attendance");
    measure.targets[SchoolYear(2024)] = 200;
    scratch.repository->insertMeasure({ItemKind::Objective, goal.objectives[0].id}, measure, 0);
    Measure child;
    child.code = QStringLiteral("3.1-M1a");
    child.name = QStringLiteral("Spanish-language forums");
    scratch.repository->insertMeasure({ItemKind::Measure, measure.id}, child, 0);
    Measure goalMeasure;
    goalMeasure.code = QStringLiteral("P3-M");
    goalMeasure.name = QStringLiteral("Survey");
    scratch.repository->insertMeasure({ItemKind::Goal, goal.id}, goalMeasure, 0);

    Plan loaded = scratch.reload();
    REQUIRE(loaded.goals.size() == 3);
    CHECK(loaded.goals[2].code == QStringLiteral("P3"));
    CHECK(loaded.goals[2].measures[0].code == QStringLiteral("P3-M"));
    CHECK(loaded.goals[2].objectives[0].actions[0].code == QStringLiteral("3.1A"));
    CHECK(loaded.goals[2].objectives[0].measures[0].children[0].code == QStringLiteral("3.1-M1a"));
    CHECK(loaded.goals[2].objectives[0].measures[0].targets.at(SchoolYear(2024)) == 200);

    scratch.repository->reorder(ItemKind::Goal, {loaded.goals[2].id, loaded.goals[0].id, loaded.goals[1].id});
    loaded = scratch.reload();
    CHECK(loaded.goals[0].code == QStringLiteral("P3"));
    CHECK(loaded.goals[1].code == QStringLiteral("P1"));

    scratch.repository->removeItem(ItemKind::Goal, loaded.goals[0].id);
    scratch.repository->removeItem(ItemKind::Measure, loaded.goals[1].objectives[0].measures[0].id);
    loaded = scratch.reload();
    REQUIRE(loaded.goals.size() == 2);
    CHECK(loaded.goals[0].code == QStringLiteral("P1"));
    CHECK(loaded.goals[0].objectives[0].measures.size() == 2);
    CHECK(loaded.goals[0].objectives[0].measures[0].code == QStringLiteral("1.1-M2"));

    // Everything under the removed goal went with it: its codes are free again.
    Goal again;
    again.code = QStringLiteral("P3");
    Objective reused;
    reused.code = QStringLiteral("3.1");
    again.objectives.push_back(reused);
    CHECK_NOTHROW(scratch.repository->insertGoal(again, 2));
}

TEST_CASE("reviews are added and removed whole", "[repository]")
{
    Scratch scratch(GENERATE(from_range(backends())));
    Review review;
    review.title = QStringLiteral("Fall 2025 review");
    review.date = QDate(2025, 10, 14);
    review.year = SchoolYear(2025);
    review.attendees = {QStringLiteral("Ana Ortiz")};
    review.snapshot.push_back({ItemKind::Goal, QStringLiteral("P1"), QStringLiteral("Students"), Status::OnTrack, false, 0.6, {}, {}});
    review.recommendations.push_back({0, QStringLiteral("Keep going"), {}, {{RecommendationState::Proposed, QDate(2025, 10, 14), {}}}});
    scratch.repository->insertReview(review);
    CHECK(review.id != 0);
    CHECK(review.recommendations[0].id != 0);

    Plan loaded = scratch.reload();
    REQUIRE(loaded.reviews.size() == 2);
    CHECK(withoutIds(loaded).reviews[1] == withoutIds([&] { Plan p; p.reviews.push_back(review); return p; }()).reviews[0]);

    scratch.repository->removeReview(loaded.reviews[0].id);
    loaded = scratch.reload();
    REQUIRE(loaded.reviews.size() == 1);
    CHECK(loaded.reviews[0].title == QStringLiteral("Fall 2025 review"));
}

TEST_CASE("a failed edit changes nothing", "[repository]")
{
    Scratch scratch(GENERATE(from_range(backends())));
    const Plan before = scratch.repository->load();
    Goal clash = before.goals[1];
    clash.title = QStringLiteral("New title");
    clash.code = before.goals[0].code; // codes are unique: the write fails
    try {
        scratch.repository->updateGoal(before.goals[1], clash);
        FAIL("a second item with one code was taken");
    } catch (const StorageError &error) {
        // Told by the database's error code, in the plan's own words.
        CHECK(error.kind() == StorageError::Kind::Duplicate);
        CHECK(error.message().contains(QStringLiteral("give every item its own code")));
    }
    CHECK(withoutIds(scratch.reload()) == withoutIds(before));
}

TEST_CASE("a deleted item restored with its ids leaves new items ids of their own", "[repository]")
{
    Scratch scratch(GENERATE(from_range(backends())));
    const Plan before = scratch.repository->load();
    // Undo of a deletion: the goal comes back with the row ids it had.
    Goal removed = before.goals[1];
    scratch.repository->removeItem(ItemKind::Goal, removed.id);
    scratch.repository->insertGoal(removed, 1);
    Plan loaded = scratch.reload();
    CHECK(loaded.goals[1].id == before.goals[1].id);
    CHECK(withoutIds(loaded).goals == withoutIds(before).goals);

    // Every kind of new row then gets an id no other row has.
    Goal goal;
    goal.code = QStringLiteral("P9");
    Objective objective;
    objective.code = QStringLiteral("9.1");
    Action action;
    action.code = QStringLiteral("9.1A");
    Measure measure;
    measure.code = QStringLiteral("9.1-M1");
    objective.actions.push_back(action);
    objective.measures.push_back(measure);
    goal.objectives.push_back(objective);
    REQUIRE_NOTHROW(scratch.repository->insertGoal(goal, 2));
    CHECK(goal.id > before.goals[1].id);
    loaded = scratch.reload();
    REQUIRE(loaded.goals.size() == 3);
    CHECK(loaded.goals[2].objectives[0].actions[0].code == QStringLiteral("9.1A"));
    CHECK(loaded.goals[2].objectives[0].measures[0].code == QStringLiteral("9.1-M1"));
}

TEST_CASE("another writer's change is seen and never overwritten", "[repository]")
{
    Scratch scratch(GENERATE(from_range(backends())));
    const Plan plan = scratch.repository->load();
    const qint64 version = scratch.repository->dataVersion();

    // This repository's own writes do not count as news.
    Goal renamed = plan.goals[0];
    renamed.title = QStringLiteral("Renamed here");
    scratch.repository->updateGoal(plan.goals[0], renamed);
    CHECK(scratch.repository->dataVersion() == version);

    // Another's do, and a write from a stale read is refused.
    const auto other = Repository::open(scratch.path);
    Goal elsewhere = renamed;
    elsewhere.title = QStringLiteral("Renamed elsewhere");
    other->load();
    other->updateGoal(renamed, elsewhere);
    CHECK(scratch.repository->dataVersion() != version);
    Goal stale = renamed;
    stale.owner = QStringLiteral("Overwriter");
    try {
        scratch.repository->updateGoal(renamed, stale);
        FAIL("a write over another's change was taken");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Conflict);
    }
    const Plan now = scratch.reload();
    CHECK(now.goals[0].title == QStringLiteral("Renamed elsewhere"));
    CHECK(now.goals[0].owner == plan.goals[0].owner);
}

TEST_CASE("two writers are refused only where their changes meet: the same item, or the plan's shape", "[repository]")
{
    Scratch scratch(GENERATE(from_range(backends())));
    const Plan plan = scratch.repository->load();
    const auto other = Repository::open(scratch.path);
    other->load();
    const Measure &first = plan.goals[0].objectives[0].measures[0];
    REQUIRE(plan.goals[0].objectives[0].measures.size() >= 2);
    const Measure &second = plan.goals[0].objectives[0].measures[1];
    auto valued = [&](const Measure &measure, double value) {
        Measure after = measure;
        after.actuals[plan.reportYear] = Actual::of(value);
        return after;
    };
    auto refused = [](auto write) {
        try {
            write();
        } catch (const StorageError &error) {
            return error.kind() == StorageError::Kind::Conflict;
        }
        return false;
    };

    // Owners entering values of different measures at once: both saved.
    other->updateMeasure(first, valued(first, 11));
    scratch.repository->updateMeasure(second, valued(second, 22));
    // The same measure, changed by the other since this one read it: refused, theirs kept.
    CHECK(refused([&] { scratch.repository->updateMeasure(first, valued(first, 33)); }));
    CHECK(scratch.reload().goals[0].objectives[0].measures[0].actuals.at(plan.reportYear).value == 11);
    // Its own measure again, as often as it likes.
    scratch.repository->updateMeasure(valued(second, 22), valued(second, 23));
    // The other, still on its first read, may not change what this one changed.
    CHECK(refused([&] { other->updateMeasure(second, valued(second, 44)); }));

    // An item added elsewhere changes the plan's shape: every writer that
    // read the plan before it reads it again first.
    const Plan fresh = scratch.repository->load();
    other->load();
    Goal added;
    added.code = QStringLiteral("9");
    added.title = QStringLiteral("Added elsewhere");
    other->insertGoal(added, int(fresh.goals.size()));
    const Measure &now = fresh.goals[0].objectives[0].measures[1];
    CHECK(refused([&] { scratch.repository->updateMeasure(now, valued(now, 55)); }));
    // And a change of shape is refused after anyone's change since.
    scratch.repository->load();
    const Plan latest = other->load();
    scratch.repository->updateMeasure(latest.goals[0].objectives[0].measures[1], valued(latest.goals[0].objectives[0].measures[1], 66));
    CHECK(refused([&] { other->removeItem(ItemKind::Goal, latest.goals.back().id); }));
    CHECK(scratch.reload().goals.size() == latest.goals.size());
}
