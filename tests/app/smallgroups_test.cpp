// How small student groups are protected in what is published: the plan's
// rule chosen in the plan pane (docs/publishing.md, "Small groups").
#include "windowfixture.h"

#include "app/report/reportoptionsdialog.h"
#include "app/report/websitepublish.h"
#include "app/values/valuesmodel.h"
#include "app/sheet/sheetview.h"
#include "app/values/valuesview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace cairn;
using namespace cairn::test;

TEST_CASE("the plan's small-group rule is chosen in the plan pane by keyboard and undone like any edit", "[app][gui][suppression]")
{
    Window w(GENERATE(from_range(backends())));
    w.workspace()->showTab(Workspace::Tab::Plan);
    // No item selected in the outline: the plan's own pane.
    w.workspace()->outline()->findChild<QTreeView *>()->setCurrentIndex({});
    auto *pane = w.find<QWidget>("planPane");
    REQUIRE(pane->isVisible());
    auto *combo = pane->findChild<QComboBox *>(QStringLiteral("suppressionCombo"));
    auto *spin = pane->findChild<QSpinBox *>(QStringLiteral("minimumGroupSpin"));
    REQUIRE(combo);
    REQUIRE(spin);
    CHECK(combo->accessibleName() == QStringLiteral("Small groups"));
    CHECK(spin->accessibleName() == QStringLiteral("Minimum group size (n)"));
    REQUIRE(w.stored().suppression.isEmpty());
    CHECK(combo->currentText().startsWith(QStringLiteral("None")));
    CHECK_FALSE(spin->isEnabled());

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    CHECK(w.stored().suppression == QStringLiteral("tx"));
    CHECK(combo->currentText().startsWith(QStringLiteral("Texas")));

    QTest::keyClick(combo, Qt::Key_End);
    CHECK(w.stored().suppression == QStringLiteral("min-n:10"));
    REQUIRE(spin->isEnabled());
    QTest::keyClick(combo, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("12"));
    QTest::keyClick(spin, Qt::Key_Return);
    CHECK(w.stored().suppression == QStringLiteral("min-n:12"));

    // Editing the plan's other fields keeps the rule (and what the pane does not show).
    const QString uuid = w.stored().uuid;
    auto *title = pane->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Strategic Plan, revised"));
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(w.stored().title == QStringLiteral("Strategic Plan, revised"));
    CHECK(w.stored().suppression == QStringLiteral("min-n:12"));
    CHECK(w.stored().uuid == uuid);

    QUndoStack *undo = w.document()->undoStack();
    undo->undo(); // the title
    undo->undo();
    CHECK(w.stored().suppression == QStringLiteral("min-n:10"));
    CHECK(spin->value() == 10);
    undo->undo();
    CHECK(w.stored().suppression == QStringLiteral("tx"));
    CHECK_FALSE(spin->isEnabled());
    undo->undo();
    CHECK(w.stored().suppression.isEmpty());
    CHECK(combo->currentText().startsWith(QStringLiteral("None")));
}

namespace {

Plan texan()
{
    Plan plan = readPlanJson(socorroSample());
    plan.suppression = QStringLiteral("tx");
    return plan;
}

} // namespace

// On a file alone, as the next: the dialogs' choices are not stored.
TEST_CASE("the board report's dialog starts from the plan's small-group rule and can change it for one report", "[app][gui][suppression]")
{
    Window w(texan());
    ReportOptionsDialog dialog(*w.document(), QStringLiteral("Export…"), &w.window);
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("suppressionCombo"));
    REQUIRE(combo);
    CHECK(combo->currentText().startsWith(QStringLiteral("Texas")));
    CHECK(dialog.options().suppression == SuppressionRule::parse(QStringLiteral("tx")));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    CHECK(dialog.options().suppression == SuppressionRule{});
    CHECK(w.stored().suppression == QStringLiteral("tx")); // the plan keeps its own
}

TEST_CASE("Publish Website asks how small groups are protected, the plan's rule first", "[app][gui][suppression][web]")
{
    Window w(texan());
    QString shown;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        CHECK(dialog->objectName() == QStringLiteral("publishWebsiteDialog"));
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("suppressionCombo"));
        REQUIRE(combo);
        shown = combo->currentText();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // Wisconsin
        QTest::keyClick(combo, Qt::Key_Return);
    });
    const auto choice = WebsitePublish::ask(&w.window, *w.document());
    CHECK(shown.startsWith(QStringLiteral("Texas")));
    REQUIRE(choice);
    CHECK(choice->rule == SuppressionRule::parse(QStringLiteral("wi")));
}

TEST_CASE("a group's size is typed in Update values beside its actual, and a baseline's in the measure pane", "[app][gui][suppression]")
{
    Window w(GENERATE(from_range(backends())));
    w.workspace()->showTab(Workspace::Tab::Values);
    ValuesView *values = w.workspace()->values();
    ValuesModel *model = values->model();
    CHECK(model->headerData(ValuesModel::GroupSizeColumn, Qt::Horizontal).toString() == QStringLiteral("Group size (n)"));
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString code = model->index(r, ValuesModel::CodeColumn).data().toString();
        if (measureOf(w.stored(), code).actuals.count(model->year()) && row < 0)
            row = r;
    }
    REQUIRE(row >= 0);
    const QString code = model->index(row, ValuesModel::CodeColumn).data().toString();
    QTableView *table = values->table();
    const auto typeSize = [&](const QString &text) {
        QTest::keyClick(typeInCell(table, model->index(row, ValuesModel::GroupSizeColumn), text), Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate saves from the event loop
    };
    typeSize(QStringLiteral("27"));
    CHECK(measureOf(w.stored(), code).actuals.at(model->year()).n == 27);
    CHECK(model->index(row, ValuesModel::GroupSizeColumn).data().toString() == QStringLiteral("27"));
    w.document()->undoStack()->undo();
    CHECK_FALSE(measureOf(w.stored(), code).actuals.at(model->year()).n);

    // A wrong size is refused with what to type, and nothing changes.
    const Plan before = w.stored();
    typeSize(QStringLiteral("about 30"));
    auto *message = values->findChild<QLabel *>(QStringLiteral("valuesMessage"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("a group size is a whole number of students")));
    CHECK(withoutIds(w.stored()).goals == withoutIds(before).goals);

    // The baseline's size, in the measure pane.
    w.workspace()->showTab(Workspace::Tab::Plan);
    w.select(QStringLiteral("1.2-L1"));
    auto *pane = w.find<QWidget>("measurePane");
    auto *size = pane->findChild<QLineEdit *>(QStringLiteral("baselineGroupSizeEdit"));
    REQUIRE(size);
    CHECK(size->isVisible());
    CHECK(size->accessibleName() == QStringLiteral("Baseline group size"));
    size->setFocus();
    QTest::keyClicks(size, QStringLiteral("388"));
    QTest::keyClick(size, Qt::Key_Return);
    CHECK(measureOf(w.stored(), QStringLiteral("1.2-L1")).baseline.n == 388);
    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("-3"));
    QTest::keyClick(size, Qt::Key_Return);
    CHECK(measureOf(w.stored(), QStringLiteral("1.2-L1")).baseline.n == 388);
    w.document()->undoStack()->undo();
    CHECK_FALSE(measureOf(w.stored(), QStringLiteral("1.2-L1")).baseline.n);
}
