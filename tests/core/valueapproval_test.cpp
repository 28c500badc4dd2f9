#include "testsupport.h"

#include "core/valueapproval.h"

using namespace cairn;

namespace {

Measure numeric(const QString &code, const QString &owner = {})
{
    Measure measure;
    measure.code = code;
    measure.name = code;
    measure.owner = owner;
    return measure;
}

Actual preliminary(double value, const QString &returned = {})
{
    Actual actual = Actual::of(value);
    actual.preliminary = true;
    actual.returned = returned;
    return actual;
}

// Goal G (the CAO's) with measure G-M1 (the assessment office's) and
// objective 1.1 (no owner) with measures 1.1-M1 (none: the CAO's by
// inheritance), a milestone 1.1-M2, and action 1.1A (the principal's).
Plan plan()
{
    Plan plan;
    plan.reportYear = SchoolYear(2025);
    Goal goal;
    goal.code = QStringLiteral("G");
    goal.owner = QStringLiteral("Chief Academic Officer");
    goal.measures.push_back(numeric(QStringLiteral("G-M1"), QStringLiteral("Assessment office")));
    Objective objective;
    objective.code = QStringLiteral("1.1");
    objective.measures.push_back(numeric(QStringLiteral("1.1-M1")));
    Measure milestone = numeric(QStringLiteral("1.1-M2"));
    milestone.type = MeasureType::Milestone;
    objective.measures.push_back(milestone);
    Action action;
    action.code = QStringLiteral("1.1A");
    action.owner = QStringLiteral("Principal");
    objective.actions.push_back(action);
    goal.objectives.push_back(objective);
    plan.goals.push_back(goal);
    return plan;
}

} // namespace

TEST_CASE("the queue holds every preliminary value, newest year first, in outline order", "[approval]")
{
    Plan p = plan();
    Measure &own = p.goals[0].measures[0];
    Measure &inherited = p.goals[0].objectives[0].measures[0];
    own.actuals[SchoolYear(2024)] = preliminary(1);
    own.actuals[SchoolYear(2025)] = Actual::of(2); // final: not in the queue
    inherited.actuals[SchoolYear(2024)] = preliminary(3, QStringLiteral("check the denominator"));
    inherited.actuals[SchoolYear(2025)] = preliminary(4);

    const auto queue = ValueApproval::queue(p);
    REQUIRE(queue.size() == 3);
    CHECK(queue[0].code == QStringLiteral("1.1-M1"));
    CHECK(queue[0].year == SchoolYear(2025));
    CHECK(queue[0].owner == QStringLiteral("Chief Academic Officer"));
    CHECK(queue[1].code == QStringLiteral("G-M1"));
    CHECK(queue[1].year == SchoolYear(2024));
    CHECK(queue[1].owner == QStringLiteral("Assessment office"));
    CHECK(queue[2].code == QStringLiteral("1.1-M1"));
    CHECK(queue[2].actual.returned == QStringLiteral("check the denominator"));
}

TEST_CASE("approving makes a value final; returning keeps it preliminary with the note", "[approval]")
{
    const Actual returned = ValueApproval::returned(preliminary(7), QStringLiteral("Is this the spring count?"));
    CHECK(returned.preliminary);
    CHECK(returned.returned == QStringLiteral("Is this the spring count?"));
    const Actual approved = ValueApproval::approved(returned);
    CHECK_FALSE(approved.preliminary);
    CHECK(approved.returned.isEmpty());
    CHECK(approved.value == 7);
}

TEST_CASE("a value entered again is no longer returned, and an owner's waits for approval", "[approval]")
{
    struct Row {
        const char *what;
        Actual after;
        bool waitForApproval;
        bool preliminary;
        QString returned;
    };
    const Actual before = preliminary(10, QStringLiteral("too high?"));
    Actual sameFigure = before;
    Actual newFigure = before;
    newFigure.value = 9;
    Actual newNote = before;
    newNote.note = QStringLiteral("recounted");
    Actual coordinatorFinal = before;
    coordinatorFinal.value = 9;
    coordinatorFinal.preliminary = false;
    const std::vector<Row> rows = {
        {"nothing entered", sameFigure, true, true, QStringLiteral("too high?")},
        {"an owner's new figure", newFigure, true, true, QString()},
        {"an owner's new note", newNote, true, true, QString()},
        {"an owner asking for final", coordinatorFinal, true, true, QString()},
        {"the coordinator's final figure", coordinatorFinal, false, false, QString()},
    };
    for (const Row &row : rows) {
        INFO(row.what);
        Measure old = numeric(QStringLiteral("M"));
        old.actuals[SchoolYear(2025)] = before;
        Measure changed = old;
        changed.actuals[SchoolYear(2025)] = row.after;
        ValueApproval::markEntered(old, changed, row.waitForApproval);
        CHECK(changed.actuals[SchoolYear(2025)].preliminary == row.preliminary);
        CHECK(changed.actuals[SchoolYear(2025)].returned == row.returned);
    }
    // A value new to the year counts as entered.
    Measure empty = numeric(QStringLiteral("M"));
    Measure entered = empty;
    entered.actuals[SchoolYear(2025)] = Actual::of(3);
    ValueApproval::markEntered(empty, entered, true);
    CHECK(entered.actuals[SchoolYear(2025)].preliminary);
}

TEST_CASE("an owner's updates are their numeric measures and actions, own or inherited, for the year under review",
          "[approval]")
{
    Plan p = plan();
    p.goals[0].objectives[0].measures[0].actuals[SchoolYear(2025)] = preliminary(4, QStringLiteral("which test?"));
    p.goals[0].objectives[0].measures[0].actuals[SchoolYear(2024)] = Actual::of(3);

    const OwnerUpdates cao = OwnerUpdates::of(p, {QStringLiteral("chief academic officer")});
    REQUIRE(cao.measures.size() == 1); // the milestone has no value to enter
    CHECK(cao.measures[0].measure->code == QStringLiteral("1.1-M1"));
    REQUIRE(cao.measures[0].actual);
    CHECK(cao.measures[0].actual->value == 4);
    CHECK(cao.actions.empty());
    CHECK(cao.missing() == 0);
    CHECK(cao.returned() == 1);
    CHECK(cao.waiting() == 0);

    const OwnerUpdates both = OwnerUpdates::of(p, {QStringLiteral("Assessment office"), QStringLiteral("Principal")});
    REQUIRE(both.measures.size() == 1);
    CHECK(both.measures[0].measure->code == QStringLiteral("G-M1"));
    CHECK(both.missing() == 1);
    REQUIRE(both.actions.size() == 1);
    CHECK(both.actions[0]->code == QStringLiteral("1.1A"));

    CHECK(OwnerUpdates::of(p, {QStringLiteral("Nobody")}).measures.empty());
}

TEST_CASE("the data call's due date is told in days from today", "[approval]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Plan p = plan();
    CHECK(ValueApproval::dueText(p, QDate(2026, 6, 1)) == QStringLiteral("The coordinator has set no due date for the 2025-26 values."));
    p.dataCallDue = QDate(2026, 6, 30);
    CHECK(ValueApproval::dueText(p, QDate(2026, 6, 18)) == QStringLiteral("The 2025-26 values are due Tuesday, June 30, 2026, in 12 days."));
    CHECK(ValueApproval::dueText(p, QDate(2026, 6, 29)) == QStringLiteral("The 2025-26 values are due Tuesday, June 30, 2026, in 1 day."));
    CHECK(ValueApproval::dueText(p, QDate(2026, 6, 30)) == QStringLiteral("The 2025-26 values are due today, Tuesday, June 30, 2026."));
    CHECK(ValueApproval::dueText(p, QDate(2026, 7, 3)) == QStringLiteral("The 2025-26 values were due Tuesday, June 30, 2026, 3 days ago."));
    QLocale::setDefault(before);
}

TEST_CASE("a person answers to their name, their role and the roles the plan gives them", "[approval]")
{
    Plan p = plan();
    p.people = {{QStringLiteral("Ana Ruiz"), QStringLiteral("Assessment office")},
                {QStringLiteral("Ben Ortiz"), QStringLiteral("Principal")},
                {QStringLiteral("ana ruiz"), QStringLiteral("Data coach")}};
    CHECK(OwnerUpdates::namesOf(p, QStringLiteral("Ana Ruiz"), {})
          == QStringList{QStringLiteral("Ana Ruiz"), QStringLiteral("Assessment office"), QStringLiteral("Data coach")});
    CHECK(OwnerUpdates::namesOf(p, QStringLiteral("Ana Ruiz"), QStringLiteral("assessment office"))
          == QStringList{QStringLiteral("Ana Ruiz"), QStringLiteral("assessment office"), QStringLiteral("Data coach")});
    CHECK(OwnerUpdates::namesOf(p, {}, {}).isEmpty());
}
