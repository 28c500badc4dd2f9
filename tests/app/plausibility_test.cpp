// Values typed where they make no sense for their measure: a unit it does
// not have is refused with the reason; a value far beyond what it has had
// is asked about first (docs/status-rules.md, "How typed values are checked").
#include "windowfixture.h"

#include "app/panes/yeartablemodel.h"
#include "app/sheet/sheetview.h"
#include "app/values/importvaluesdialog.h"
#include "app/values/valuesmodel.h"
#include "app/values/valuesview.h"
#include "core/numbertext.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cairn;
using namespace cairn::test;

namespace {

// Keys go where the focus is, as a person's typing does: the first one to
// the table, which opens the cell's editor, the rest to that editor.
void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    QCoreApplication::processEvents(); // the delegate commits, and a question is asked, from the event loop
}

// What the messages in view say.
QString shownMessages(const MainWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible() && (label->objectName() == QLatin1String("message") || label->objectName() == QLatin1String("valuesMessage")))
            texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

// 1.2-L7 counts students in a program: targets of 125 each year, actuals
// 131 (2022-23), 128 and 119 (2024-25); no baseline.
struct CountMeasure {
    Window w;
    QTableView *table;
    const QString code = QStringLiteral("1.2-L7");

    explicit CountMeasure(Backend backend)
        : w(backend)
    {
        w.select(code);
        table = w.find<QTableView>("yearTable");
        REQUIRE(table->isVisible());
    }
    QAbstractItemModel *years() const { return table->model(); }
    QModelIndex cell(int start, int column) const
    {
        for (int row = 0; row < years()->rowCount(); ++row)
            if (years()->index(row, 0).data().toString().startsWith(SchoolYear(start).label()))
                return years()->index(row, column);
        FAIL("no row for " << start);
        return {};
    }
    void goTo(int start, int column) const
    {
        table->setFocus();
        table->setCurrentIndex(cell(start, column));
    }
    Measure stored() const { return measureOf(w.stored(), code); }
    int steps() const { return w.document()->undoStack()->count(); }
};

// Once the question is answered, the window is active again, as a window
// manager makes it when a dialog closes.
void waitForQuestion(const QuestionAnswerer &answerer, QWidget *window)
{
    CHECK(QTest::qWaitFor([&] { return !answerer.asked.isEmpty(); }, 2000));
    QCoreApplication::processEvents();
    QApplication::setActiveWindow(window);
}

} // namespace

TEST_CASE("a unit the measure does not have is refused in its year table with the reason, and nothing is saved",
          "[plausibility][gui]")
{
    CountMeasure t(GENERATE(from_range(backends())));
    const Measure before = t.stored();
    t.goTo(2025, YearTableModel::ActualColumn);
    type(QStringLiteral("24.5%"));
    press(Qt::Key_Return);
    CHECK(shownMessages(t.w.window).contains(QStringLiteral("\"24.5%\": 1.2-L7 is a count, so \"%\" is not its unit; type a whole "
                                                            "number, such as 25; the 2025-26 actual of 1.2-L7 was not changed.")));
    CHECK(t.stored() == before);
    CHECK(t.steps() == 0);

    // Nor is a fraction of a count of students.
    t.goTo(2025, YearTableModel::TargetColumn);
    type(QStringLiteral("130.5"));
    press(Qt::Key_Return);
    CHECK(shownMessages(t.w.window).contains(QStringLiteral("1.2-L7 is a count of whole things; type a whole number, such as 131")));
    CHECK(t.stored() == before);

    // A decimal comma is read as one, never as a thousands separator: "1,30" is 1.3.
    t.goTo(2025, YearTableModel::TargetColumn);
    type(QStringLiteral("1,30"));
    press(Qt::Key_Return);
    CHECK(shownMessages(t.w.window).contains(QStringLiteral("\"1,30\": 1.2-L7 is a count of whole things")));
    CHECK(t.stored() == before);
}

TEST_CASE("a value more than 3 times the largest the measure has had is asked about: No keeps the stored value, Yes saves "
          "it as one undo step",
          "[plausibility][gui]")
{
    CountMeasure t(GENERATE(from_range(backends())));
    const Measure before = t.stored();
    REQUIRE(before.actuals.at(SchoolYear(2024)).value == 119);
    {
        // Enter answers: No is the default, so a stray Enter enters nothing.
        QuestionAnswerer enter(Qt::Key_Return);
        t.goTo(2024, YearTableModel::ActualColumn);
        type(QStringLiteral("2400"));
        press(Qt::Key_Return);
        waitForQuestion(enter, &t.w.window);
        REQUIRE(enter.asked.size() == 1);
        CHECK(enter.asked.front()
              == QStringLiteral("Enter %1 as the 2024-25 actual of 1.2-L7? It is more than 3 times the largest value in the "
                                "baseline, targets and actuals of 1.2-L7 (131).")
                     .arg(shownNumber(2400)));
    }
    CHECK(t.stored() == before);
    CHECK(t.steps() == 0);
    CHECK(t.cell(2024, YearTableModel::ActualColumn).data().toString() == QStringLiteral("119"));
    CHECK(t.table->hasFocus());

    {
        QuestionAnswerer no(Qt::Key_Escape);
        t.goTo(2024, YearTableModel::ActualColumn);
        type(QStringLiteral("2400"));
        press(Qt::Key_Return);
        waitForQuestion(no, &t.w.window);
        CHECK(no.asked.size() == 1);
    }
    CHECK(t.stored() == before);

    {
        QuestionAnswerer yes(Qt::Key_Y, Qt::AltModifier);
        t.goTo(2024, YearTableModel::ActualColumn);
        type(QStringLiteral("2400"));
        press(Qt::Key_Return);
        waitForQuestion(yes, &t.w.window);
        CHECK(yes.asked.size() == 1);
    }
    CHECK(t.stored().actuals.at(SchoolYear(2024)).value == 2400);
    CHECK(t.steps() == 1);
    t.w.document()->undoStack()->undo();
    CHECK(t.stored() == before);

    // Within 3 times: no question.
    QuestionAnswerer none(QStringLiteral("No"));
    t.goTo(2024, YearTableModel::ActualColumn);
    type(QStringLiteral("393"));
    press(Qt::Key_Return);
    QTest::qWait(50);
    CHECK(none.asked.isEmpty());
    CHECK(t.stored().actuals.at(SchoolYear(2024)).value == 393);
}

TEST_CASE("pasting a block with values far beyond the measure's asks once for the block", "[plausibility][gui]")
{
    CountMeasure t(GENERATE(from_range(backends())));
    const Measure before = t.stored();
    QApplication::clipboard()->setText(QStringLiteral("130\n2400\n3,000\n"));
    {
        QuestionAnswerer no(QStringLiteral("No"));
        t.goTo(2024, YearTableModel::TargetColumn);
        press(Qt::Key_V, Qt::ControlModifier);
        waitForQuestion(no, &t.w.window);
        REQUIRE(no.asked.size() == 1);
        CHECK(no.asked.front().contains(QStringLiteral("2 of them")));
        CHECK(no.asked.front().contains(QStringLiteral("%1 as the 2026-27 target of 1.2-L7").arg(shownNumber(3000))));
    }
    CHECK(t.stored() == before);
    QuestionAnswerer yes(QStringLiteral("Yes"));
    t.goTo(2024, YearTableModel::TargetColumn);
    press(Qt::Key_V, Qt::ControlModifier);
    waitForQuestion(yes, &t.w.window);
    CHECK(yes.asked.size() == 1);
    const Measure after = t.stored();
    CHECK(after.targets.at(SchoolYear(2024)) == 130);
    CHECK(after.targets.at(SchoolYear(2025)) == 2400);
    CHECK(after.targets.at(SchoolYear(2026)) == 3000);
    CHECK(t.steps() == 1);
}

TEST_CASE("Update values refuses a unit the measure does not have and asks about a value far beyond it", "[plausibility][gui]")
{
    Window w;
    w.workspace()->showTab(Workspace::Tab::Values);
    ValuesView *values = w.workspace()->values();
    QTableView *table = values->table();
    ValuesModel *model = values->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ValuesModel::CodeColumn).data().toString() == QStringLiteral("1.2-L4"))
            row = r; // a count, final target 500, no values yet
    REQUIRE(row >= 0);
    const Plan before = w.stored();
    table->setFocus();
    table->setCurrentIndex(model->index(row, ValuesModel::ActualColumn));
    type(QStringLiteral("24.5%"));
    press(Qt::Key_Return);
    CHECK(shownMessages(w.window).contains(QStringLiteral("1.2-L4 is a count, so \"%\" is not its unit")));
    CHECK(withoutIds(w.stored()).goals == withoutIds(before).goals);

    {
        QuestionAnswerer no(QStringLiteral("No"));
        table->setCurrentIndex(model->index(row, ValuesModel::ActualColumn));
        type(QStringLiteral("2,400"));
        press(Qt::Key_Return);
        waitForQuestion(no, &w.window);
        REQUIRE(no.asked.size() == 1);
        CHECK(no.asked.front().startsWith(
            QStringLiteral("Enter %1 as the 2024-25 actual of 1.2-L4? It is more than 3 times").arg(shownNumber(2400))));
    }
    CHECK(withoutIds(w.stored()).goals == withoutIds(before).goals);
    QuestionAnswerer yes(QStringLiteral("Yes"));
    table->setCurrentIndex(model->index(row, ValuesModel::ActualColumn));
    type(QStringLiteral("2,400"));
    press(Qt::Key_Return);
    waitForQuestion(yes, &w.window);
    CHECK(measureOf(w.stored(), QStringLiteral("1.2-L4")).actuals.at(SchoolYear(2024)).value == 2400);
    CHECK(w.document()->undoStack()->count() == 1);
}

TEST_CASE("the measure pane refuses a unit the measure does not have and asks about a baseline or target far beyond it",
          "[plausibility][gui]")
{
    CountMeasure t(GENERATE(from_range(backends())));
    auto *pane = t.w.find<QWidget>("measurePane");
    auto *finalValue = pane->findChild<QLineEdit *>(QStringLiteral("finalValueEdit"));
    auto *tolerance = pane->findChild<QLineEdit *>(QStringLiteral("toleranceEdit"));
    REQUIRE(finalValue);
    REQUIRE(tolerance);
    const Measure before = t.stored();
    REQUIRE(before.finalTarget.value == 125);
    auto retype = [](QLineEdit *edit, const QString &text) {
        edit->setFocus();
        edit->selectAll();
        type(text);
        press(Qt::Key_Return);
    };

    retype(finalValue, QStringLiteral("50%"));
    CHECK(shownMessages(t.w.window).contains(QStringLiteral("\"50%\": 1.2-L7 is a count, so \"%\" is not its unit")));
    CHECK(finalValue->text() == QStringLiteral("125"));
    // A tolerance of "5%" on a count would be read as 5 students.
    retype(tolerance, QStringLiteral("5%"));
    CHECK(shownMessages(t.w.window).contains(QStringLiteral("\"5%\": 1.2-L7 is a count, so \"%\" is not its unit")));
    CHECK(t.stored() == before);

    {
        QuestionAnswerer no(QStringLiteral("No"));
        retype(finalValue, QStringLiteral("12500"));
        waitForQuestion(no, &t.w.window);
        REQUIRE(no.asked.size() == 1);
        CHECK(no.asked.front().startsWith(
            QStringLiteral("Enter %1 as the final target of 1.2-L7? It is more than 3 times").arg(shownNumber(12500))));
    }
    CHECK(t.stored() == before);
    CHECK(finalValue->text() == QStringLiteral("125"));
    QuestionAnswerer yes(QStringLiteral("Yes"));
    retype(finalValue, QStringLiteral("12500"));
    waitForQuestion(yes, &t.w.window);
    CHECK(yes.asked.size() == 1);
    CHECK(t.stored().finalTarget.value == 12500);
    CHECK(t.steps() == 1);
}

TEST_CASE("the values import preview refuses a unit the measure does not have and marks a value far beyond it to check",
          "[plausibility][gui]")
{
    Window w;
    QStringList rows;
    QString summary;
    CHECK_FALSE(w.window.importValuesFrom(dataPath(QStringLiteral("values/units-and-outliers.csv")), [&](ImportValuesDialog &dialog) {
        summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("rows"));
        REQUIRE(list);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            rows.append(QStringLiteral("%1 %2 %3").arg(item->text(0), item->text(1), item->text(4)));
        }
        return int(QDialog::Rejected);
    }));
    for (const QString &row : rows)
        UNSCOPED_INFO(row.toStdString());
    CHECK(rows.filter(QStringLiteral("2 Refused the actual of 1.2-L7 for 2024-25: \"24.5%\": 1.2-L7 is a count")).size() == 1);
    CHECK(rows.filter(QStringLiteral("3 Check check the actual of 1.2-L7 for 2025-26")).size() == 1);
    CHECK(summary.contains(QStringLiteral("1 value is far beyond what its measure has had")));
}
