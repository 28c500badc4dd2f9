#include "planfixtures.h"
#include "testserver.h"

#include "app/document/commands.h"
#include "app/history/historydialog.h"
#include "core/reviewcompare.h"
#include "storage/storageerror.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace cairn;
using namespace cairn::test;

namespace {

// The full plan in a file or on the test server, open in a document.
struct Doc : PlanHome {
    explicit Doc(Backend where)
        : PlanHome(where)
        , document(PlanDocument::create(place(QStringLiteral("plan.cairn")), fullPlan()))
        , path(document->repository().path())
    {
    }
    std::unique_ptr<PlanDocument> document;
    QString path;

    const Plan &plan() const { return document->plan(); }
    // The plan as the file holds it, read by a separate connection.
    Plan stored() const { return Repository::open(path, Repository::Access::ReadOnly)->load(); }
    std::vector<AuditEntry> audit() const { return stored().audit; }
    QUndoStack &stack() { return *document->undoStack(); }
};

Plan withoutAudit(Plan plan)
{
    plan.audit.clear();
    return plan;
}

// After every step the document and the file hold the same plan.
void checkInStep(const Doc &doc)
{
    CHECK(withoutAudit(doc.stored()) == withoutAudit(doc.plan()));
}

} // namespace

TEST_CASE("editing a measure's actual is saved, undone and redone in model and file", "[document]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Plan original = doc.plan();
    const std::size_t auditBefore = doc.audit().size();
    Measure before = original.goals[0].objectives[0].measures[0];
    Measure after = before;
    after.actuals[SchoolYear(2024)] = Actual::of(91.5, QStringLiteral("Preliminary"), QStringLiteral("ana"));

    QSignalSpy changed(doc.document.get(), &PlanDocument::changed);
    REQUIRE(doc.document->push(new EditMeasure(doc.document.get(), before, after, QStringLiteral("Set actual"))));
    CHECK(doc.plan().goals[0].objectives[0].measures[0].actuals.at(SchoolYear(2024)).value == 91.5);
    CHECK(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<PlanChange>().id == before.id);
    checkInStep(doc);
    CHECK(doc.audit().size() == auditBefore + 1);
    CHECK(doc.audit().back().field == QStringLiteral("actual 2024-25"));
    // The status follows at once.
    CHECK(doc.document->status().find(QStringLiteral("1.1-M1"))->judgement.actual == 91.5);

    doc.stack().undo();
    CHECK(doc.plan() == original);
    checkInStep(doc);
    CHECK(doc.audit().size() == auditBefore + 2);
    CHECK(doc.audit().back().oldValue == QStringLiteral("91.5 (Preliminary)"));

    doc.stack().redo();
    CHECK(doc.plan().goals[0].objectives[0].measures[0].actuals.at(SchoolYear(2024)).value == 91.5);
    checkInStep(doc);
}

TEST_CASE("typing into one field is one undo step", "[document]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Goal original = doc.plan().goals[0];
    Goal current = original;
    for (const char *text : {"S", "St", "Stu", "Students and families"}) {
        Goal next = current;
        next.title = QString::fromLatin1(text);
        REQUIRE(doc.document->push(new EditGoal(doc.document.get(), current, next, QStringLiteral("Edit title"), 1)));
        current = next;
    }
    CHECK(doc.stack().count() == 1);
    CHECK(doc.stored().goals[0].title == QStringLiteral("Students and families"));
    doc.stack().undo();
    CHECK(doc.plan().goals[0].title == original.title);
    checkInStep(doc);

    // A different field starts a new step.
    Goal renamed = original;
    renamed.title = QStringLiteral("A");
    doc.document->push(new EditGoal(doc.document.get(), original, renamed, QStringLiteral("Edit title"), 1));
    Goal owned = renamed;
    owned.owner = QStringLiteral("B");
    doc.document->push(new EditGoal(doc.document.get(), renamed, owned, QStringLiteral("Edit owner"), 2));
    CHECK(doc.stack().count() == 2);
}

TEST_CASE("adding, removing and moving items are undoable and keep row ids", "[document]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Plan original = doc.plan();

    Goal goal;
    goal.code = QStringLiteral("P3");
    goal.title = QStringLiteral("Community");
    Objective objective;
    objective.code = QStringLiteral("3.1");
    objective.title = QStringLiteral("Parents");
    goal.objectives.push_back(objective);
    auto *add = new AddItem(doc.document.get(), goal, ItemKind::Goal, 0, 2);
    QSignalSpy about(doc.document.get(), &PlanDocument::aboutToChange);
    REQUIRE(doc.document->push(add));
    REQUIRE(about.count() == 1);
    CHECK(about.at(0).at(0).value<PlanChange>().type == PlanChange::Type::Added);
    CHECK(about.at(0).at(0).value<PlanChange>().row == 2);
    const Plan added = doc.plan();
    REQUIRE(added.goals.size() == 3);
    CHECK(added.goals[2].objectives[0].id != 0);
    checkInStep(doc);
    CHECK(doc.stack().undoText() == QStringLiteral("Add goal P3"));

    doc.stack().undo();
    CHECK(doc.plan() == original);
    doc.stack().redo();
    CHECK(doc.plan() == added); // the same ids as the first time
    checkInStep(doc);

    // Removing a goal removes all under it; undo restores it exactly.
    const Plan beforeRemove = doc.plan();
    REQUIRE(doc.document->push(new RemoveItem(doc.document.get(), ItemKind::Goal, beforeRemove.goals[0].id)));
    CHECK(doc.plan().goals.size() == 2);
    CHECK(doc.stack().undoText() == QStringLiteral("Delete goal P1"));
    checkInStep(doc);
    doc.stack().undo();
    CHECK(doc.plan() == beforeRemove);
    checkInStep(doc);

    // Moving an action.
    const Objective &o = beforeRemove.goals[0].objectives[0];
    REQUIRE(doc.document->push(new MoveItem(doc.document.get(), ItemKind::Action, o.actions[0].id, 0, 2)));
    QStringList codes;
    for (const Action &action : doc.plan().goals[0].objectives[0].actions)
        codes.append(action.code);
    CHECK(codes == QStringList{QStringLiteral("1.1B"), QStringLiteral("1.1C"), QStringLiteral("1.1A")});
    checkInStep(doc);
    doc.stack().undo();
    CHECK(doc.plan() == beforeRemove);
    checkInStep(doc);
}

TEST_CASE("removing and restoring a measure with children and a child measure", "[document]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Plan original = doc.plan();
    const Measure &parent = original.goals[0].objectives[0].measures[0];
    REQUIRE(doc.document->push(new RemoveItem(doc.document.get(), ItemKind::Measure, parent.children[1].id)));
    CHECK(doc.plan().goals[0].objectives[0].measures[0].children.size() == 1);
    REQUIRE(doc.document->push(new RemoveItem(doc.document.get(), ItemKind::Measure, parent.id)));
    checkInStep(doc);
    doc.stack().undo();
    doc.stack().undo();
    CHECK(doc.plan() == original);
    checkInStep(doc);
}

TEST_CASE("a pasted block of values is one transaction and one undo step", "[document]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Plan original = doc.plan();
    std::vector<Measure> before{original.goals[0].objectives[0].measures[0], original.goals[0].objectives[0].measures[2]};
    std::vector<Measure> after = before;
    after[0].actuals[SchoolYear(2024)] = Actual::of(92);
    after[1].actuals[SchoolYear(2024)] = Actual::of(7.5);
    REQUIRE(doc.document->push(new SetMeasureValues(doc.document.get(), before, after, QStringLiteral("Paste values"))));
    CHECK(doc.stack().count() == 1);
    checkInStep(doc);
    doc.stack().undo();
    CHECK(doc.plan() == original);
    checkInStep(doc);
}

TEST_CASE("a change made elsewhere is picked up and an edit never overwrites it", "[document]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Goal mine = doc.plan().goals[0];
    {
        // Another window (or cairn-cli) renames the goal.
        const auto other = Repository::open(doc.path);
        Goal theirs = mine;
        theirs.title = QStringLiteral("Renamed elsewhere");
        other->updateGoal(mine, theirs);
    }
    QSignalSpy errors(doc.document.get(), &PlanDocument::errorOccurred);
    QSignalSpy taken(doc.document.get(), &PlanDocument::tookOutsideChange);
    Goal edited = mine;
    edited.owner = QStringLiteral("Me");
    CHECK_FALSE(doc.document->push(new EditGoal(doc.document.get(), mine, edited, QStringLiteral("Edit owner"))));
    CHECK(errors.count() == 1);
    CHECK(taken.count() == 1);
    CHECK(doc.plan().goals[0].title == QStringLiteral("Renamed elsewhere"));
    CHECK(doc.plan().goals[0].owner == mine.owner);
    CHECK(doc.stored().goals[0].title == QStringLiteral("Renamed elsewhere"));
    CHECK_FALSE(doc.document->reloadIfChangedElsewhere());
}

TEST_CASE("a read-only plan refuses edits", "[document]")
{
    Doc doc(GENERATE(from_range(backends())));
    doc.document.reset();
    const auto readOnly = PlanDocument::open(doc.path, Repository::Access::ReadOnly);
    QSignalSpy errors(readOnly.get(), &PlanDocument::errorOccurred);
    const Goal goal = readOnly->plan().goals[0];
    Goal edited = goal;
    edited.title = QStringLiteral("x");
    CHECK_FALSE(readOnly->push(new EditGoal(readOnly.get(), goal, edited, QStringLiteral("Edit"))));
    CHECK(errors.count() == 1);
    CHECK(readOnly->undoStack()->count() == 0);
}

TEST_CASE("a failing write is refused before it reaches the undo stack", "[document]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Plan original = doc.plan();
    Goal clash = original.goals[1];
    clash.code = original.goals[0].code;
    QSignalSpy errors(doc.document.get(), &PlanDocument::errorOccurred);
    CHECK_FALSE(doc.document->push(new EditGoal(doc.document.get(), original.goals[1], clash, QStringLiteral("Edit code"))));
    CHECK(errors.count() == 1);
    CHECK(doc.stack().count() == 0);
    CHECK(doc.plan() == original);
    checkInStep(doc);
}

TEST_CASE("every kind of field edit is undone and redone in model and file", "[document]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Plan original = doc.plan();
    PlanDocument *d = doc.document.get();

    Plan planFields = original;
    planFields.goals.clear();
    planFields.reviews.clear();
    planFields.audit.clear();
    Plan planAfter = planFields;
    planAfter.vision = QStringLiteral("A new vision");
    planAfter.people.push_back({QStringLiteral("Cy Diaz"), QStringLiteral("Trustee")});
    planAfter.reportYear = SchoolYear(2025);

    Objective objective = original.goals[0].objectives[0];
    objective.tags.append(QStringLiteral("Literacy"));
    objective.assessments.clear();

    Action action = original.goals[0].objectives[0].actions[0];
    action.status = ActionStatus::Complete;
    action.due = Timepoint::ongoing();
    action.responsibilities.clear();

    std::vector<DocumentCommand *> commands{
        new EditPlan(d, planFields, planAfter, QStringLiteral("Edit plan")),
        new EditObjective(d, original.goals[0].objectives[0], objective, QStringLiteral("Edit objective")),
        new EditAction(d, original.goals[0].objectives[0].actions[0], action, QStringLiteral("Edit action")),
    };
    for (DocumentCommand *command : commands) {
        REQUIRE(d->push(command));
        checkInStep(doc);
    }
    const Plan edited = doc.plan();
    CHECK(edited.vision == QStringLiteral("A new vision"));
    CHECK(edited.reportYear == SchoolYear(2025));
    CHECK(d->statusYear() == SchoolYear(2025)); // statuses follow the year under review
    CHECK(edited.goals[0].objectives[0].tags.contains(QStringLiteral("Literacy")));
    CHECK(edited.goals[0].objectives[0].actions[0].status == ActionStatus::Complete);

    while (doc.stack().canUndo()) {
        doc.stack().undo();
        checkInStep(doc);
    }
    CHECK(doc.plan() == original);
    while (doc.stack().canRedo())
        doc.stack().redo();
    CHECK(doc.plan() == edited);
    checkInStep(doc);
}

TEST_CASE("after a value edit the document's statuses are what evaluating the whole plan gives", "[document][status]")
{
    const PlanHome home(GENERATE(from_range(backends())));
    const auto document = PlanDocument::create(home.place(QStringLiteral("socorro.cairn")), readPlanJson(socorroSample()));
    const QString path = document->repository().path();
    const QDate asOf(2025, 6, 30);
    document->setToday([asOf] { return asOf; });
    const SchoolYear year = document->plan().reportYear;

    struct Edit {
        QString code;
        std::optional<double> actual; // none: the year's value removed
    };
    const std::vector<std::vector<Edit>> rounds{
        {{QStringLiteral("1.2-L1"), 80.0}},                                    // off track -> on track
        {{QStringLiteral("1.2-L1"), std::nullopt}},                            // -> no data
        {{QStringLiteral("1.1-L1b"), 20.0}, {QStringLiteral("2.1-L1"), 90.0}}, // a child measure, and one in another goal
        {{QStringLiteral("4.3-L3"), 1.0}},
    };
    for (const auto &round : rounds) {
        std::vector<Measure> before;
        std::vector<Measure> after;
        for (const Edit &edit : round) {
            before.push_back(measureOf(document->plan(), edit.code));
            after.push_back(before.back());
            if (edit.actual)
                after.back().actuals[year] = Actual::of(*edit.actual);
            else
                after.back().actuals.erase(year);
        }
        REQUIRE(document->push(new SetMeasureValues(document.get(), before, after, QStringLiteral("edit"))));
        const PlanStatus &status = document->status();
        const PlanStatus fresh = PlanStatus::evaluate(document->plan(), year, asOf);
        REQUIRE(status.items().size() == fresh.items().size());
        for (std::size_t i = 0; i < fresh.items().size(); ++i) {
            INFO(fresh.items()[i].code.toStdString());
            CHECK(status.items()[i].judgement == fresh.items()[i].judgement);
            CHECK(status.items()[i].score == fresh.items()[i].score);
            CHECK(status.items()[i].progress == fresh.items()[i].progress);
        }
        CHECK(status.plan().judgement == fresh.plan().judgement);
        CHECK(status.plan().progress == fresh.plan().progress);
    }
    CHECK(document->status().find(QStringLiteral("1.2-L1"))->judgement.status == Status::NoData);

    // A code the evaluation does not know asks for a full evaluation.
    PlanStatus status = document->status();
    Measure stranger;
    stranger.code = QStringLiteral("X-1");
    CHECK_FALSE(status.refreshMeasures({&stranger}));
}

TEST_CASE("a review's snapshot stays as it was frozen while the plan changes, and the comparison shows the change", "[document][review]")
{
    const PlanHome home(GENERATE(from_range(backends())));
    const auto document = PlanDocument::create(home.place(QStringLiteral("socorro.cairn")), readPlanJson(socorroSample()));
    const QString path = document->repository().path();
    const QDate asOf(2025, 6, 30);
    document->setToday([asOf] { return asOf; });
    REQUIRE_FALSE(document->plan().reviews.empty());
    const Review frozen = document->plan().reviews.front();

    const Measure before = measureOf(document->plan(), QStringLiteral("1.2-L1"));
    Measure after = before;
    after.actuals[frozen.year] = Actual::of(66); // 2023-24: was 71
    REQUIRE(document->push(new SetMeasureValues(document.get(), {before}, {after}, QStringLiteral("Correct 2023-24"))));

    const Plan stored = Repository::open(path, Repository::Access::ReadOnly)->load();
    CHECK(stored.reviews.front().snapshot == frozen.snapshot);
    CHECK(document->plan().reviews.front().snapshot == frozen.snapshot);

    // Judged as on the meeting's day, so that only the edit differs.
    const PlanStatus then = PlanStatus::evaluate(document->plan(), frozen.year, frozen.date);
    const Comparison comparison = ReviewCompare::compare(stored, frozen.title, frozen.snapshot, frozen.date, QStringLiteral("now"),
                                                         ReviewCompare::snapshotOf(then), asOf);
    bool actual = false;
    bool status = false;
    for (const ItemChange &change : comparison.changes) {
        if (change.code != QStringLiteral("1.2-L1"))
            continue;
        actual = actual || (change.kind == ItemChange::Kind::Actual && change.before == 71 && change.after == 66);
        status = status || (change.kind == ItemChange::Kind::Status && change.statusAfter == Status::OffTrack);
    }
    CHECK(actual);
    CHECK(status);
    // Only that measure and the rollups above it moved.
    for (const ItemChange &change : comparison.changes)
        CHECK((change.code == QStringLiteral("1.2-L1") || change.code == QStringLiteral("1.2") || change.code == QStringLiteral("P1")));
}

TEST_CASE("an item's history lists its changes newest first, and a measure's values alone", "[document][history]")
{
    const PlanHome home(GENERATE(from_range(backends())));
    const auto document = PlanDocument::create(home.place(QStringLiteral("socorro.cairn")), readPlanJson(socorroSample()));
    const QString path = document->repository().path();
    document->repository().setActor(QStringLiteral("Ana Ortiz"));
    const auto setActual = [&](double value) {
        const Measure before = measureOf(document->plan(), QStringLiteral("1.2-L1"));
        Measure after = before;
        after.actuals[SchoolYear(2024)] = Actual::of(value);
        REQUIRE(document->push(new SetMeasureValues(document.get(), {before}, {after}, QStringLiteral("Set value"))));
    };
    setActual(74);
    const Measure named = measureOf(document->plan(), QStringLiteral("1.2-L1"));
    Measure renamed = named;
    renamed.name = QStringLiteral("Graduates meeting CCMR");
    REQUIRE(document->push(new EditMeasure(document.get(), named, renamed, QStringLiteral("Rename"))));
    setActual(76);

    HistoryDialog dialog(*document, QStringLiteral("1.2-L1"), true);
    QTreeWidget *entries = dialog.entries();
    REQUIRE(entries->topLevelItemCount() == 3);
    CHECK(entries->topLevelItem(0)->text(2) == QStringLiteral("actual 2024-25"));
    CHECK(entries->topLevelItem(0)->text(3).startsWith(QStringLiteral("74")));
    CHECK(entries->topLevelItem(0)->text(4).startsWith(QStringLiteral("76")));
    CHECK(entries->topLevelItem(0)->text(1) == QStringLiteral("Ana Ortiz"));
    CHECK(entries->topLevelItem(1)->text(4) == QStringLiteral("Graduates meeting CCMR"));
    CHECK(entries->topLevelItem(2)->text(3).startsWith(QStringLiteral("72")));

    dialog.valuesOnly()->setChecked(true);
    CHECK(entries->topLevelItemCount() == 2);
}

TEST_CASE("another writer's change to other items is taken in place, and my edit and undo history survive it", "[document][concurrent]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Goal first = doc.plan().goals[0];
    const Goal second = doc.plan().goals[1];
    Goal renamed = first;
    renamed.title = QStringLiteral("Mine");
    REQUIRE(doc.document->push(new EditGoal(doc.document.get(), first, renamed, QStringLiteral("Rename"))));
    const Goal *secondInMemory = &doc.plan().goals[1];
    {
        const auto other = Repository::open(doc.path);
        Goal theirs = second;
        theirs.owner = QStringLiteral("Them");
        other->updateGoal(second, theirs);
    }
    QSignalSpy reloaded(doc.document.get(), &PlanDocument::reloaded);
    QSignalSpy changed(doc.document.get(), &PlanDocument::changed);
    Goal owned = renamed;
    owned.owner = QStringLiteral("Me");
    // Made on the plan as it was: it touches only goal 1, so it goes ahead.
    CHECK(doc.document->push(new EditGoal(doc.document.get(), renamed, owned, QStringLiteral("Owner"))));
    CHECK(reloaded.count() == 0);
    CHECK(doc.document->outsideChange().undoKept);
    CHECK(&doc.plan().goals[1] == secondInMemory); // in place: views' items did not move
    CHECK(doc.stored().goals[1].owner == QStringLiteral("Them"));
    CHECK(doc.stored().goals[0].owner == QStringLiteral("Me"));
    REQUIRE(doc.document->undoStack()->count() == 2);
    doc.document->undoStack()->undo();
    doc.document->undoStack()->undo();
    CHECK(doc.stored().goals[0].title == first.title);
    CHECK(doc.stored().goals[1].owner == QStringLiteral("Them"));
}

TEST_CASE("another writer's change to an item I changed clears the undo history", "[document][concurrent]")
{
    Doc doc(GENERATE(from_range(backends())));
    const Goal first = doc.plan().goals[0];
    Goal renamed = first;
    renamed.title = QStringLiteral("Mine");
    REQUIRE(doc.document->push(new EditGoal(doc.document.get(), first, renamed, QStringLiteral("Rename"))));
    {
        const auto other = Repository::open(doc.path);
        Goal theirs = renamed;
        theirs.owner = QStringLiteral("Them");
        other->updateGoal(renamed, theirs);
    }
    REQUIRE(doc.document->reloadIfChangedElsewhere());
    CHECK_FALSE(doc.document->outsideChange().undoKept);
    CHECK(doc.document->undoStack()->count() == 0); // undoing would overwrite their owner
    CHECK(doc.plan().goals[0].owner == QStringLiteral("Them"));
}
