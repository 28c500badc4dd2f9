// The data call in the app: the coordinator's due date in Plan Details, an
// owner's My Updates, and the coordinator's approval queue, on a file and
// with an owner, a coordinator and a viewer on a PostgreSQL server.
#include "testserver.h"
#include "windowfixture.h"

#include "app/sheet/sheetview.h"
#include "core/valueapproval.h"
#include "app/updates/approvalsview.h"
#include "app/updates/myupdatesview.h"
#include "app/values/valuesmodel.h"
#include "storage/planlocation.h"
#include "storage/planserver.h"
#include "storage/serversecurity.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace cairn;
using namespace cairn::test;

namespace {

// The Socorro sample with a preliminary value waiting: 1.1-L1 in the year under review.
Plan withWaitingValue()
{
    Plan plan = readPlanJson(socorroSample());
    Actual actual = Actual::of(88, QStringLiteral("first count"), QStringLiteral("Chief Academic Officer"));
    actual.preliminary = true;
    const std::function<bool(std::vector<Measure> &)> set = [&](std::vector<Measure> &measures) {
        for (Measure &measure : measures) {
            if (measure.code == QStringLiteral("1.1-L1")) {
                measure.actuals[plan.reportYear] = actual;
                return true;
            }
            if (set(measure.children))
                return true;
        }
        return false;
    };
    for (Goal &goal : plan.goals)
        for (Objective &objective : goal.objectives)
            set(objective.measures);
    REQUIRE(measureOf(plan, QStringLiteral("1.1-L1")).actuals.count(plan.reportYear));
    return plan;
}

QTreeWidgetItem *rowOf(QTreeWidget *tree, const QString &code)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(code + QLatin1Char(' ')))
            return tree->topLevelItem(i);
    return nullptr;
}

// Makes `window` the one keys go to, as a click on it would.
void activate(QWidget &window)
{
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// Waits up to two seconds for `done`, as another person's change takes to arrive.
template<typename Done>
bool arrives(Done done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < 2000)
        QTest::qWait(20);
    return done();
}

} // namespace

TEST_CASE("the coordinator sets the data call's due date in Plan Details; a date that is not one is refused", "[app][gui][approval]")
{
    Window w;
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *due = w.find<QLineEdit>("dataCallDueEdit");
    due->setFocus();
    QTest::keyClicks(due, QStringLiteral("2026-06-31"));
    QTest::keyClick(due, Qt::Key_Return);
    CHECK_FALSE(w.stored().dataCallDue.isValid());
    due->selectAll();
    QTest::keyClicks(due, QStringLiteral("2026-06-30"));
    QTest::keyClick(due, Qt::Key_Return);
    CHECK(w.stored().dataCallDue == QDate(2026, 6, 30));
    CHECK(w.find<QLabel>("myUpdatesDue")->text().contains(QStringLiteral("2024-25 values")));
    w.document()->undoStack()->undo();
    CHECK_FALSE(w.stored().dataCallDue.isValid());
}

TEST_CASE("on a file the coordinator approves a waiting value and returns another with a note, each one undo step",
          "[app][gui][approval]")
{
    Window w(withWaitingValue());
    QTabWidget *tabs = w.workspace()->tabs();
    CHECK(tabs->isTabVisible(int(Workspace::Tab::Approvals)));
    QTest::keyClick(&w.window, Qt::Key_9, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tabs->currentIndex() == int(Workspace::Tab::Approvals));
    ApprovalsView *approvals = w.workspace()->approvals();
    QTreeWidgetItem *row = rowOf(approvals->queue(), QStringLiteral("1.1-L1"));
    REQUIRE(row);
    CHECK(row->text(ApprovalsView::StateColumn).contains(QStringLiteral("Waiting")));
    CHECK_FALSE(approvals->approveButton()->isEnabled());
    row->setSelected(true);
    CHECK(approvals->approveButton()->isEnabled());

    // Returned: still preliminary, with the note; the row says so.
    approvals->returnChosen(QStringLiteral("   "));
    CHECK(approvals->message()->text().contains(QStringLiteral("nothing was returned")));
    approvals->returnChosen(QStringLiteral("Is this the fall or the spring count?"));
    const SchoolYear year = w.stored().reportYear;
    Actual stored = measureOf(w.stored(), QStringLiteral("1.1-L1")).actuals.at(year);
    CHECK(stored.preliminary);
    CHECK(stored.returned == QStringLiteral("Is this the fall or the spring count?"));
    row = rowOf(approvals->queue(), QStringLiteral("1.1-L1"));
    REQUIRE(row);
    CHECK(row->text(ApprovalsView::StateColumn).contains(QStringLiteral("Returned: Is this the fall")));

    // Approved: final, off the queue, audited; undo puts it back.
    row->setSelected(true);
    approvals->approveButton()->click();
    stored = measureOf(w.stored(), QStringLiteral("1.1-L1")).actuals.at(year);
    CHECK_FALSE(stored.preliminary);
    CHECK(stored.returned.isEmpty());
    CHECK(stored.who == QStringLiteral("Chief Academic Officer")); // who entered it stays
    CHECK_FALSE(rowOf(approvals->queue(), QStringLiteral("1.1-L1")));
    CHECK(approvals->summary()->text().startsWith(QStringLiteral("No value is waiting")));
    const auto history = Repository::open(w.path)->history(QStringLiteral("1.1-L1"));
    REQUIRE_FALSE(history.empty());
    CHECK(history.front().oldValue.contains(QStringLiteral("returned: Is this the fall")));
    CHECK(history.front().newValue == QStringLiteral("88 (first count)"));
    w.document()->undoStack()->undo();
    CHECK(measureOf(w.stored(), QStringLiteral("1.1-L1")).actuals.at(year).returned.startsWith(QStringLiteral("Is this")));
    CHECK(rowOf(approvals->queue(), QStringLiteral("1.1-L1")));
}

TEST_CASE("on a server two owners land on My Updates, one enters a value that waits, the coordinator approves it, and a viewer "
          "sees it arrive",
          "[app][gui][approval][server]")
{
    if (testServerUrl().isEmpty())
        return;
    ServerDatabase server;
    Plan plan = readPlanJson(socorroSample());
    plan.dataCallDue = QDate(2099, 6, 30);
    PlanServer::push(PlanLocation::parse(server.url()), plan, false);
    const QString owner = server.login(QStringLiteral("cao"));
    const QString coordinator = server.login(QStringLiteral("coord"));
    const QString viewer = server.login(QStringLiteral("board"));
    const QString secondOwner = server.login(QStringLiteral("cfo"));
    {
        QSqlDatabase db = PlanServer::connect(PlanLocation::parse(server.url()));
        using Role = ServerSecurity::Role;
        ServerSecurity::addPerson(db, {owner, Role::Owner, QStringLiteral("Chief Academic Officer")}, {});
        ServerSecurity::addPerson(db, {coordinator, Role::Coordinator, QStringLiteral("Planning office")}, {});
        ServerSecurity::addPerson(db, {viewer, Role::Viewer, {}}, {});
        ServerSecurity::addPerson(db, {secondOwner, Role::Owner, QStringLiteral("Chief Financial Officer")}, {});
        PlanFile::disconnect(db);
    }
    auto open = [&](MainWindow &window, const QString &login) {
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openPlan(server.url(plan.uuid, login)));
    };
    MainWindow ownerWindow;
    open(ownerWindow, owner);
    MainWindow coordinatorWindow;
    open(coordinatorWindow, coordinator);
    MainWindow viewerWindow;
    open(viewerWindow, viewer);
    MainWindow secondOwnerWindow;
    open(secondOwnerWindow, secondOwner);

    // The owner: My Updates, their measures only, the due date; no queue.
    Workspace *mine = ownerWindow.workspace();
    CHECK(mine->tabs()->currentIndex() == int(Workspace::Tab::MyUpdates));
    CHECK_FALSE(mine->tabs()->isTabVisible(int(Workspace::Tab::Approvals)));
    CHECK(coordinatorWindow.workspace()->tabs()->isTabVisible(int(Workspace::Tab::Approvals)));
    CHECK_FALSE(viewerWindow.workspace()->tabs()->isTabVisible(int(Workspace::Tab::Approvals)));
    // Nor the plan's shape: the menu says so before the server would.
    const auto enabled = [](MainWindow &window, const QString &name) {
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text().remove(QLatin1Char('&')) == name)
                return action->isEnabled();
        FAIL("no action " << name.toStdString());
        return false;
    };
    CHECK_FALSE(enabled(ownerWindow, QStringLiteral("Add Goal")));
    CHECK(enabled(coordinatorWindow, QStringLiteral("Add Goal")));
    MyUpdatesView *updates = mine->myUpdates();
    CHECK(updates->findChild<QLabel *>(QStringLiteral("myUpdatesDue"))->text().contains(QStringLiteral("June 30, 2099")));
    ValuesModel *model = updates->model();
    const OwnerUpdates expected = OwnerUpdates::of(plan, {QStringLiteral("Chief Academic Officer")});
    REQUIRE(expected.missing() > 1);
    REQUIRE(model->rowCount() == int(expected.measures.size()));
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, ValuesModel::OwnerColumn).data().toString() == QStringLiteral("Chief Academic Officer"));
    const int row = model->rowOfKey(measureOf(ownerWindow.document()->plan(), QStringLiteral("1.1-L1")).id);
    REQUIRE(row >= 0);
    CHECK(updates->summary()->text().contains(QStringLiteral("%1 values still missing").arg(expected.missing())));

    // The other owner sees their own measures only, and may not write the first's.
    ValuesModel *theirs = secondOwnerWindow.workspace()->myUpdates()->model();
    REQUIRE(theirs->rowCount() > 0);
    for (int r = 0; r < theirs->rowCount(); ++r)
        CHECK(theirs->index(r, ValuesModel::OwnerColumn).data().toString() == QStringLiteral("Chief Financial Officer"));
    const Measure &cao = measureOf(secondOwnerWindow.document()->plan(), QStringLiteral("1.1-L1"));
    Measure forged = cao;
    forged.actuals[plan.reportYear] = Actual::of(1);
    const StorageError refused = refusal([&] { secondOwnerWindow.document()->repository().updateMeasure(cao, forged); });
    CHECK(refused.message().contains(QStringLiteral("1.1-L1 belongs to Chief Academic Officer")));

    // The owner types a value (asking for nothing but the figure): it waits.
    activate(ownerWindow);
    QLineEdit *editor = typeInCell(updates->table(), model->index(row, ValuesModel::ActualColumn), QStringLiteral("91"));
    const SchoolYear year = plan.reportYear;
    QTest::keyClick(editor, Qt::Key_Return);
    const auto onServer = [&] {
        return measureOf(Repository::open(server.url(plan.uuid))->load(), QStringLiteral("1.1-L1")).actuals;
    };
    // The cell is saved from the event loop, as Enter in a spreadsheet.
    REQUIRE(arrives([&] { return ownerWindow.document()->undoStack()->count() == 1; }));
    INFO("My Updates says: " << updates->findChild<QLabel *>(QStringLiteral("myUpdatesMessage"))->text().toStdString());
    REQUIRE(onServer().count(year));
    CHECK(onServer().at(year).value == 91);
    CHECK(onServer().at(year).preliminary);
    CHECK(onServer().at(year).who == QStringLiteral("Chief Academic Officer (%1)").arg(owner));
    CHECK(model->index(row, ValuesModel::ActualColumn).data().toString() == QStringLiteral("91 (preliminary)"));
    // 1.1-L1 had a final value already: it was replaced, not added.
    CHECK(updates->summary()->text().contains(QStringLiteral("%1 values still missing").arg(expected.missing())));
    CHECK(updates->summary()->text().contains(QStringLiteral("1 value waiting for the coordinator's approval")));

    // The coordinator's queue shows it; approved, it is final everywhere.
    ApprovalsView *queue = coordinatorWindow.workspace()->approvals();
    REQUIRE(arrives([&] { return rowOf(queue->queue(), QStringLiteral("1.1-L1")) != nullptr; }));
    rowOf(queue->queue(), QStringLiteral("1.1-L1"))->setSelected(true);
    queue->approveButton()->click();
    CHECK_FALSE(onServer().at(year).preliminary);
    CHECK(arrives([&] { return model->index(row, ValuesModel::ActualColumn).data().toString() == QStringLiteral("91"); }));
    CHECK(arrives([&] {
        const auto &actuals = measureOf(viewerWindow.document()->plan(), QStringLiteral("1.1-L1")).actuals;
        return actuals.count(year) && actuals.at(year).value == 91 && !actuals.at(year).preliminary;
    }));
    // The audit log names the owner's login for the entry and the coordinator's for the approval.
    const auto history = Repository::open(server.url(plan.uuid))->history(QStringLiteral("1.1-L1"));
    REQUIRE(history.size() >= 2);
    CHECK(history[0].who == QStringLiteral("Planning office (%1)").arg(coordinator));
    CHECK(history[1].who == QStringLiteral("Chief Academic Officer (%1)").arg(owner));

    // Another value returned with a note: the owner reads it on My Updates,
    // and entering it again sends it back to the queue.
    int other = -1;
    for (int r = 0; r < model->rowCount() && other < 0; ++r)
        other = r != row ? r : -1;
    REQUIRE(other >= 0);
    activate(ownerWindow);
    editor = typeInCell(updates->table(), model->index(other, ValuesModel::ActualColumn), QStringLiteral("12"));
    QTest::keyClick(editor, Qt::Key_Return);
    const QString code = model->index(other, ValuesModel::CodeColumn).data().toString();
    REQUIRE(arrives([&] { return rowOf(queue->queue(), code) != nullptr; }));
    rowOf(queue->queue(), code)->setSelected(true);
    queue->returnChosen(QStringLiteral("Twelve looks low: is it a percent?"));
    CHECK(arrives([&] { return updates->summary()->text().contains(QStringLiteral("1 value returned to you")); }));
    CHECK(model->index(other, ValuesModel::ActualColumn).data().toString() == QStringLiteral("12 (returned)"));
    CHECK(model->index(other, ValuesModel::ActualColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("is it a percent?")));
    editor = typeInCell(updates->table(), model->index(other, ValuesModel::ActualColumn), QStringLiteral("62"));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(arrives([&] {
        const QTreeWidgetItem *again = rowOf(queue->queue(), code);
        return again && again->text(ApprovalsView::StateColumn).contains(QStringLiteral("Waiting"));
    }));
}
