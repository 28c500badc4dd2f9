#include "planfixtures.h"

#include "core/planid.h"
#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/storageerror.h"

#include <functional>

using namespace cairn;
using namespace cairn::test;

namespace {

// A copy of a frozen fixture in a scratch folder, so the fixture stays as it is.
QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(dataPath(name), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// The full plan as a file from before schema 8 holds it: numbers written as
// a US district writes them.
// The full plan as a file from before schema 9 holds it: no data call's
// due date, no value returned to its owner.
Plan beforeV9(Plan plan)
{
    plan.dataCallDue = {};
    std::function<void(std::vector<Measure> &)> clear = [&](std::vector<Measure> &measures) {
        for (Measure &measure : measures) {
            for (auto &[year, actual] : measure.actuals)
                actual.returned.clear();
            clear(measure.children);
        }
    };
    for (Goal &goal : plan.goals) {
        clear(goal.measures);
        for (Objective &objective : goal.objectives)
            clear(objective.measures);
    }
    return plan;
}

Plan beforeV8(Plan plan)
{
    plan = beforeV9(plan);
    plan.numbers = NumberStyle::CommaPoint;
    return plan;
}

// The full plan as a file from before schema 7 holds it: baselines without
// their group's size, no texts in Spanish, no needs assessment of its own.
Plan beforeV7(Plan plan)
{
    plan = beforeV8(plan);
    plan.needsAssessment.clear();
    plan.es.clear();
    for (auto *list : {&plan.coreValues, &plan.profileAttributes})
        for (NamedText &entry : *list)
            entry.es.clear();
    for (Section &section : plan.sections)
        section.es.clear();
    std::function<void(std::vector<Measure> &)> clear = [&](std::vector<Measure> &measures) {
        for (Measure &measure : measures) {
            measure.baseline.n.reset();
            measure.es.clear();
            clear(measure.children);
        }
    };
    for (Goal &goal : plan.goals) {
        goal.es.clear();
        clear(goal.measures);
        for (Objective &objective : goal.objectives) {
            objective.es.clear();
            for (Action &action : objective.actions)
                action.es.clear();
            clear(objective.measures);
        }
    }
    return plan;
}

// The full plan as a file from before schema 6 holds it: no identity, a
// district plan, no items supported, values without their group's size, no
// suppression rule.
Plan beforeV6(Plan plan)
{
    plan = beforeV7(plan);
    plan.uuid.clear();
    plan.kind = PlanKind::District;
    plan.unit.clear();
    plan.alignsTo = {};
    plan.suppression.clear();
    std::function<void(std::vector<Measure> &)> clear = [&](std::vector<Measure> &measures) {
        for (Measure &measure : measures) {
            measure.supports.clear();
            for (auto &[year, actual] : measure.actuals)
                actual.n.reset();
            clear(measure.children);
        }
    };
    for (Goal &goal : plan.goals) {
        goal.supports.clear();
        clear(goal.measures);
        for (Objective &objective : goal.objectives) {
            objective.supports.clear();
            for (Action &action : objective.actions)
                action.supports.clear();
            clear(objective.measures);
        }
    }
    return plan;
}

// A plan loaded from an old file, its identity (made when it was upgraded) set aside.
Plan withoutIdentity(Plan plan)
{
    CHECK(isPlanId(plan.uuid));
    plan.uuid.clear();
    return plan;
}

// The full plan as a file from before schema 5 holds it: goals without
// tags, no recurring actions, milestone due dates without their words (the
// fixtures were made from full-plan.json as it then was).
Plan beforeV5(Plan plan)
{
    plan = beforeV6(plan);
    for (Goal &goal : plan.goals) {
        goal.tags.clear();
        for (Objective &objective : goal.objectives) {
            for (Action &action : objective.actions) {
                if (action.recurring) {
                    action.recurring = false;
                    action.start = {};
                }
            }
            for (Measure &measure : objective.measures)
                measure.dueText.clear();
        }
    }
    return plan;
}

} // namespace

TEST_CASE("a schema-1 plan file is upgraded after a backup is written beside it", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v1.cairn"));
    const QByteArray original = readAll(path);

    Plan plan;
    {
        const auto repository = Repository::open(path);
        CHECK(repository->migrationBackup() == path + QStringLiteral(".v1.bak"));
        plan = repository->load();
    }
    CHECK(readAll(path + QStringLiteral(".v1.bak")) == original);

    CHECK(plan.title == QStringLiteral("Fixture plan, schema 1"));
    CHECK(plan.firstYear == SchoolYear(2022));
    REQUIRE(plan.coreValues.size() == 1);
    REQUIRE(plan.goals.size() == 1);
    REQUIRE(plan.goals[0].objectives.size() == 1);
    const Objective &objective = plan.goals[0].objectives[0];
    REQUIRE(objective.actions.size() == 1);
    CHECK(objective.actions[0].status == ActionStatus::InProgress);
    CHECK(objective.actions[0].due == Timepoint::ofYear(SchoolYear(2024)));
    REQUIRE(objective.measures.size() == 1);
    const Measure &measure = objective.measures[0];
    CHECK(measure.baseline.value == 80.0);
    CHECK(measure.targets.at(SchoolYear(2023)) == 84.0);
    CHECK(measure.actuals.at(SchoolYear(2022)).value == 82.5);
    CHECK(measure.actuals.at(SchoolYear(2022)).who == QStringLiteral("Registrar"));

    // The upgraded file takes the newer kinds of change, and opens without
    // another upgrade.
    {
        const auto repository = Repository::open(path);
        CHECK(repository->migrationBackup().isEmpty());
        Goal assessed = plan.goals[0];
        assessed.assessments.push_back({SchoolYear(2023), Status::AtRisk, QStringLiteral("Late data"), {}, {}});
        repository->updateGoal(plan.goals[0], assessed);
        CHECK(repository->load().goals[0].assessments.size() == 1);
        CHECK(repository->load().audit.size() == 1);
    }
}

TEST_CASE("a version-0 plan file is upgraded to an empty plan with a backup", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v0.cairn"));
    {
        const auto repository = Repository::open(path);
        CHECK(repository->migrationBackup() == path + QStringLiteral(".v0.bak"));
        CHECK(repository->load().goals.empty());
    }
    CHECK(QFile::exists(path + QStringLiteral(".v0.bak")));
}

TEST_CASE("a second upgrade never overwrites an earlier backup", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v1.cairn"));
    writeAll(path + QStringLiteral(".v1.bak"), "an older backup");
    {
        const auto repository = Repository::open(path);
        CHECK(repository->migrationBackup() == path + QStringLiteral(".v1.2.bak"));
    }
    CHECK(readAll(path + QStringLiteral(".v1.bak")) == "an older backup");
}

TEST_CASE("an old plan file opened read-only is refused rather than upgraded", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v1.cairn"));
    const QByteArray original = readAll(path);
    CHECK_THROWS_AS(Repository::open(path, Repository::Access::ReadOnly), StorageError);
    CHECK(readAll(path) == original);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("plan-v1.cairn")});
}

TEST_CASE("a schema-2 plan keeps everything and its actuals become final values", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v2.cairn"));
    Plan plan;
    {
        const auto repository = Repository::open(path);
        CHECK(repository->migrationBackup() == path + QStringLiteral(".v2.bak"));
        plan = repository->load();
    }
    // Everything of the fixture's plan is there; the new provenance fields
    // take their defaults (final, no source, no as-of date).
    Plan expected = beforeV5(fullPlan());
    for (Goal &goal : expected.goals)
        for (Objective &objective : goal.objectives)
            for (Measure &measure : objective.measures)
                for (auto &[year, actual] : measure.actuals) {
                    actual.preliminary = false;
                    actual.source.clear();
                    actual.asOf = {};
                }
    CHECK(withoutIdentity(withoutIds(plan)) == expected);
}

TEST_CASE("a schema-3 plan keeps everything and starts counting revisions", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v3.cairn"));
    const auto repository = Repository::open(path);
    CHECK(repository->migrationBackup() == path + QStringLiteral(".v3.bak"));
    const Plan plan = repository->load();
    CHECK(withoutIdentity(withoutIds(plan)) == beforeV5(fullPlan()));
    // The revision is what makes a write refuse to overwrite another's.
    Goal renamed = plan.goals[0];
    renamed.title = QStringLiteral("Renamed");
    repository->updateGoal(plan.goals[0], renamed);
    const auto other = Repository::open(path);
    Goal again = renamed;
    again.title = QStringLiteral("Renamed twice");
    other->updateGoal(renamed, again);
    Goal stale = renamed;
    stale.owner = QStringLiteral("Overwriter");
    try {
        repository->updateGoal(renamed, stale);
        FAIL("a write over another's change was taken");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Conflict);
    }
    CHECK(Repository::open(path)->load().goals[0].title == QStringLiteral("Renamed twice"));
    CHECK(Repository::open(path)->load().goals[0].owner == plan.goals[0].owner);
}

TEST_CASE("a schema-4 plan keeps everything and takes goal tags, recurring actions and dates as written", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v4.cairn"));
    const auto repository = Repository::open(path);
    CHECK(repository->migrationBackup() == path + QStringLiteral(".v4.bak"));
    const Plan plan = repository->load();
    CHECK(withoutIdentity(withoutIds(plan)) == beforeV5(fullPlan()));

    // The new fields are written and read back.
    Goal tagged = plan.goals[0];
    tagged.tags = {QStringLiteral("Communicator")};
    repository->updateGoal(plan.goals[0], tagged);
    const Action &action = plan.goals[0].objectives[0].actions[1];
    Action recurring = action;
    recurring.recurring = true;
    repository->updateAction(action, recurring);
    const Measure &milestone = plan.goals[0].objectives[0].measures[1];
    REQUIRE(milestone.type == MeasureType::Milestone);
    Measure written = milestone;
    written.dueText = QStringLiteral("By June 2024");
    repository->updateMeasure(milestone, written);

    const Plan again = Repository::open(path)->load();
    CHECK(again.goals[0].tags == QStringList{QStringLiteral("Communicator")});
    CHECK(again.goals[0].objectives[0].actions[1].recurring);
    CHECK(again.goals[0].objectives[0].measures[1].dueText == QStringLiteral("By June 2024"));
}

TEST_CASE("a schema-5 plan gets an identity that stays, and takes the alignment of a school plan", "[migration][alignment]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v5.cairn"));
    Plan plan;
    {
        const auto repository = Repository::open(path);
        CHECK(repository->migrationBackup() == path + QStringLiteral(".v5.bak"));
        plan = repository->load();
    }
    CHECK(withoutIdentity(withoutIds(plan)) == beforeV6(fullPlan()));
    CHECK(Repository::open(path)->load().uuid == plan.uuid); // made once, kept

    // The new fields are written and read back.
    const auto repository = Repository::open(path);
    Plan school = plan;
    school.kind = PlanKind::School;
    school.unit = QStringLiteral("Eastlake High School");
    school.alignsTo = {QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427"), QStringLiteral("District plan")};
    repository->updatePlan(plan, school);
    Goal goal = plan.goals[0];
    goal.supports = {QStringLiteral("P1")};
    repository->updateGoal(plan.goals[0], goal);
    Action action = plan.goals[0].objectives[0].actions[0];
    action.supports = {QStringLiteral("1.1A"), QStringLiteral("1.2A")};
    repository->updateAction(plan.goals[0].objectives[0].actions[0], action);
    Measure measure = plan.goals[0].objectives[0].measures[0];
    measure.supports = {QStringLiteral("1.2-L1")};
    repository->updateMeasure(plan.goals[0].objectives[0].measures[0], measure);

    const Plan again = Repository::open(path)->load();
    CHECK(again.kind == PlanKind::School);
    CHECK(again.unit == school.unit);
    CHECK(again.alignsTo == school.alignsTo);
    CHECK(again.uuid == plan.uuid);
    CHECK(again.goals[0].supports == goal.supports);
    CHECK(again.goals[0].objectives[0].actions[0].supports == action.supports);
    CHECK(again.goals[0].objectives[0].measures[0].supports == measure.supports);
}

TEST_CASE("a schema-5 plan keeps everything and its values take their group's size", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v5.cairn"));
    const auto repository = Repository::open(path);
    CHECK(repository->migrationBackup() == path + QStringLiteral(".v5.bak"));
    const Plan plan = repository->load();
    CHECK(withoutIdentity(withoutIds(plan)) == beforeV6(fullPlan()));

    // The new fields are written and read back.
    const Measure &measure = plan.goals[0].objectives[0].measures[0];
    REQUIRE(!measure.actuals.empty());
    Measure sized = measure;
    sized.actuals.begin()->second.n = 14;
    repository->updateMeasure(measure, sized);
    Plan suppressing = plan;
    suppressing.suppression = QStringLiteral("wi");
    repository->updatePlan(plan, suppressing);

    const Plan again = Repository::open(path)->load();
    CHECK(again.goals[0].objectives[0].measures[0].actuals.begin()->second.n == 14);
    CHECK(again.suppression == QStringLiteral("wi"));
}

TEST_CASE("a schema-6 plan keeps everything and takes its baselines' group sizes and its texts in Spanish", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v6.cairn"));
    Plan plan;
    {
        const auto repository = Repository::open(path);
        CHECK(repository->migrationBackup() == path + QStringLiteral(".v6.bak"));
        plan = repository->load();
    }
    CHECK(withoutIds(plan) == beforeV7(fullPlan()));

    // The new field is written and read back.
    const auto repository = Repository::open(path);
    const Measure &measure = plan.goals[0].objectives[0].measures[0];
    REQUIRE(measure.baseline.value);
    Measure sized = measure;
    sized.baseline.n = 1480;
    sized.es[QStringLiteral("name")] = QStringLiteral("Calificación");
    repository->updateMeasure(measure, sized);
    Plan translated = plan;
    translated.es[QStringLiteral("mission")] = QStringLiteral("Cada estudiante, cada día");
    translated.coreValues[0].es[QStringLiteral("name")] = QStringLiteral("Cuidado");
    repository->updatePlan(plan, translated);

    const Plan again = Repository::open(path)->load();
    CHECK(again.goals[0].objectives[0].measures[0].baseline.n == 1480);
    CHECK(again.goals[0].objectives[0].measures[0].es == sized.es);
    CHECK(again.es == translated.es);
    CHECK(again.coreValues[0].es == translated.coreValues[0].es);
}

TEST_CASE("a schema-7 plan keeps everything and writes its numbers as a US district does until told otherwise", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v7.cairn"));
    Plan plan;
    {
        const auto repository = Repository::open(path);
        CHECK(repository->migrationBackup() == path + QStringLiteral(".v7.bak"));
        plan = repository->load();
    }
    CHECK(plan.numbers == NumberStyle::CommaPoint);
    CHECK(withoutIds(plan) == beforeV8(fullPlan()));

    Plan european = plan;
    european.numbers = NumberStyle::SpaceComma;
    Repository::open(path)->updatePlan(plan, european);
    CHECK(Repository::open(path)->load().numbers == NumberStyle::SpaceComma);
}

TEST_CASE("a schema-8 plan keeps everything and takes a data call's due date and returned values", "[migration]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("plan-v8.cairn"));
    Plan plan;
    {
        const auto repository = Repository::open(path);
        CHECK(repository->migrationBackup() == path + QStringLiteral(".v8.bak"));
        plan = repository->load();
    }
    CHECK(withoutIds(plan) == beforeV9(fullPlan()));

    Plan called = plan;
    called.dataCallDue = QDate(2025, 6, 30);
    const auto repository = Repository::open(path);
    repository->updatePlan(plan, called);
    Measure returned = called.goals[0].objectives[0].measures[0];
    returned.actuals.begin()->second.returned = QStringLiteral("Which count is this?");
    repository->updateMeasure(called.goals[0].objectives[0].measures[0], returned);

    const Plan again = Repository::open(path)->load();
    CHECK(again.dataCallDue == QDate(2025, 6, 30));
    CHECK(again.goals[0].objectives[0].measures[0].actuals.begin()->second.returned == QStringLiteral("Which count is this?"));
}
