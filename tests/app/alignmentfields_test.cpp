// A school plan's alignment in the panes: the plan pane's kind, unit and
// district plan; the Supports field of goals, objectives, actions and
// measures, offering the district plan's items.
#include "windowfixture.h"

#include "app/panes/districtplan.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace cairn;
using namespace cairn::test;

namespace {

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("editing the plan pane keeps the plan's identity, kind, unit, district plan and small-group rule", "[app][gui][alignment]")
{
    Window w(fullPlan(), GENERATE(from_range(backends())), QStringLiteral("school.cairn"));
    const Plan before = w.document()->plan();
    REQUIRE_FALSE(before.uuid.isEmpty());
    REQUIRE(before.kind == PlanKind::School);
    // View → Plan Details shows the plan's own fields, whatever the outline had selected.
    w.select(QStringLiteral("P1"));
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *pane = w.find<QWidget>("planPane");
    REQUIRE(pane->isVisible());
    CHECK(pane->findChild<QLineEdit *>(QStringLiteral("organizationEdit"))->hasFocus());
    retype(pane->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Campus Improvement Plan 2025-26"));
    for (const Plan &plan : {w.document()->plan(), w.stored()}) {
        CHECK(plan.title == QStringLiteral("Campus Improvement Plan 2025-26"));
        CHECK(plan.uuid == before.uuid);
        CHECK(plan.kind == before.kind);
        CHECK(plan.unit == before.unit);
        CHECK(plan.alignsTo.id == before.alignsTo.id);
        CHECK(plan.alignsTo.title == before.alignsTo.title);
        CHECK(plan.suppression == before.suppression);
    }
}

TEST_CASE("a school objective's Supports field offers the district plan's items once the district plan was opened",
          "[app][gui][alignment]")
{
    // The district plan, opened once in another window: its items are known from then on.
    QTemporaryDir districtDir;
    const QString districtPath = districtDir.filePath(QStringLiteral("socorro.cairn"));
    Repository::create(districtPath, readPlanJson(socorroSample()));
    {
        MainWindow district;
        REQUIRE(district.openPlan(districtPath));
    }

    // The school plan in a file or on a server; the district's in a file.
    Window w(fullPlan(), GENERATE(from_range(backends())), QStringLiteral("school.cairn"));
    w.select(QStringLiteral("1.1"));
    auto *pane = w.find<QWidget>("objectivePane");
    auto *supports = pane->findChild<QLineEdit *>(QStringLiteral("supportsEdit"));
    auto *titles = pane->findChild<QLabel *>(QStringLiteral("supportsTitles"));
    REQUIRE(supports);
    REQUIRE(titles);
    CHECK(supports->isVisible());
    CHECK(supports->text() == QStringLiteral("1.1, 1.2"));
    CHECK(titles->text().contains(QStringLiteral("1.1 Improve academic achievement for all students")));

    // Part of a title finds the item; choosing it puts its code in and saves it.
    supports->setFocus();
    supports->end(false);
    QTest::keyClicks(supports, QStringLiteral(", decision making"));
    QAbstractItemView *offered = supports->completer()->popup();
    REQUIRE(QTest::qWaitFor([offered] { return offered->isVisible(); }, 2000));
    CHECK(offered->model()->index(0, 0).data().toString().startsWith(QStringLiteral("1.3 ")));
    QTest::keyClick(offered, Qt::Key_Down);
    QTest::keyClick(offered, Qt::Key_Return);
    CHECK(supports->text() == QStringLiteral("1.1, 1.2, 1.3"));
    CHECK(objectiveOf(w.document()->plan(), QStringLiteral("1.1")).supports
          == QStringList{QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3")});
    CHECK(objectiveOf(w.stored(), QStringLiteral("1.1")).supports.size() == 3);

    // A code the district plan does not have is kept, and said so under the field.
    retype(supports, QStringLiteral("1.1, 9.9"));
    CHECK(titles->text().contains(QStringLiteral("9.9: not in Socorro ISD Strategic Plan 2023-2027")));
    w.document()->undoStack()->undo();
    CHECK(objectiveOf(w.document()->plan(), QStringLiteral("1.1")).supports.size() == 3);
}

// On a file alone: the district plan is chosen in a file dialog and
// remembered by its path.
TEST_CASE("Plan Details chooses the district plan a school plan aligns to, and refuses a plan that is not one",
          "[app][gui][alignment]")
{
    QTemporaryDir dir;
    const QString districtPath = dir.filePath(QStringLiteral("district.cairn"));
    Plan district = readPlanJson(socorroSample());
    district.uuid = QStringLiteral("7d1e4c2a-9b3f-4e8d-a6c5-1f2e3d4c5b6a"); // a district no plan has been aligned to yet
    district.title = QStringLiteral("Valle Verde ISD Strategic Plan");
    Repository::create(districtPath, district);
    const QString schoolPath = dir.filePath(QStringLiteral("other-school.cairn"));
    Repository::create(schoolPath, fullPlan());

    Window w; // the Socorro sample: a district plan, made a school's
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *pane = w.find<QWidget>("planPane");
    auto *kind = pane->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *choose = pane->findChild<QPushButton *>(QStringLiteral("chooseDistrictPlan"));
    REQUIRE(kind);
    REQUIRE(choose);
    CHECK(kind->currentText() == QStringLiteral("District plan"));
    CHECK_FALSE(choose->isVisible()); // a district plan aligns to none
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    CHECK(w.document()->plan().kind == PlanKind::School);
    REQUIRE(choose->isVisible());

    const auto chooseFile = [&](const QString &path) {
        QTimer::singleShot(0, [path] {
            auto *ask = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            REQUIRE(ask);
            auto *name = ask->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
        });
        choose->click();
    };
    chooseFile(schoolPath);
    CHECK(pane->findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("not a district plan")));
    CHECK(w.document()->plan().alignsTo.isEmpty());

    chooseFile(districtPath);
    CHECK(w.document()->plan().alignsTo.id == district.uuid);
    CHECK(w.stored().alignsTo.title == QStringLiteral("Valle Verde ISD Strategic Plan"));
    CHECK(pane->findChild<QLabel *>(QStringLiteral("alignsToText"))->text() == QStringLiteral("Valle Verde ISD Strategic Plan"));
    CHECK(DistrictPlan::rememberedPath(district.uuid) == QFileInfo(districtPath).absoluteFilePath());
}
