// Entering values in a measure's year table as in a spreadsheet: typing on a
// cell edits it, Enter moves down, Tab moves right, Ctrl+V fills a block,
// editing shows what is stored, and what is being typed survives a change
// saved elsewhere.
#include "windowfixture.h"

#include "app/document/commands.h"
#include "app/panes/yeartablemodel.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

constexpr int Target = YearTableModel::TargetColumn;
constexpr int ActualCol = YearTableModel::ActualColumn;

// Keys go where the focus is, as a person's typing does: the first one to
// the table, which opens the cell's editor, the rest to that editor.
void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

void press(Qt::Key key)
{
    QTest::keyClick(QApplication::focusWidget(), key);
    QCoreApplication::processEvents(); // the delegate commits from the event loop
}

struct YearTable {
    Window w;
    QTableView *table;
    QString code;

    YearTable(const QString &measure, Backend backend)
        : w(backend)
        , code(measure)
    {
        w.select(code);
        table = w.find<QTableView>("yearTable");
        REQUIRE(table->isVisible());
    }
    QAbstractItemModel *years() const { return table->model(); }
    int rowOf(int start) const
    {
        for (int row = 0; row < years()->rowCount(); ++row)
            if (years()->index(row, 0).data().toString().startsWith(SchoolYear(start).label()))
                return row;
        FAIL("no row for " << start);
        return -1;
    }
    void goTo(int start, int column) const
    {
        table->setFocus();
        table->setCurrentIndex(years()->index(rowOf(start), column));
    }
    Measure stored() const { return measureOf(w.stored(), code); }
};

} // namespace

TEST_CASE("a column of targets is typed into the year table as into a spreadsheet", "[sheet][gui]")
{
    YearTable t(QStringLiteral("1.1-L1"), GENERATE(from_range(backends())));
    REQUIRE(t.stored().targets.empty());
    t.goTo(2022, Target);
    type(QStringLiteral("90"));
    press(Qt::Key_Return);
    type(QStringLiteral("91"));
    press(Qt::Key_Return);
    type(QStringLiteral("92"));
    press(Qt::Key_Tab);

    const Measure stored = t.stored();
    CHECK(stored.targets.at(SchoolYear(2022)) == 90);
    CHECK(stored.targets.at(SchoolYear(2023)) == 91);
    CHECK(stored.targets.at(SchoolYear(2024)) == 92);
    // Tab moved right from the last one.
    CHECK(t.table->currentIndex().row() == t.rowOf(2024));
    CHECK(t.table->currentIndex().column() == ActualCol);
}

TEST_CASE("a block pasted into the year table fills its cells as one undoable edit", "[sheet][gui]")
{
    YearTable t(QStringLiteral("1.1-L1"), GENERATE(from_range(backends())));
    QGuiApplication::clipboard()->setText(QStringLiteral("70\t71\n72\t73\n"));
    t.goTo(2022, Target);
    QTest::keyClick(t.table, Qt::Key_V, Qt::ControlModifier);

    Measure stored = t.stored();
    CHECK(stored.targets.at(SchoolYear(2022)) == 70);
    CHECK(stored.actuals.at(SchoolYear(2022)).value == 71);
    CHECK(stored.targets.at(SchoolYear(2023)) == 72);
    CHECK(stored.actuals.at(SchoolYear(2023)).value == 73);

    t.w.document()->undoStack()->undo();
    stored = t.stored();
    CHECK(stored.targets.empty());
    CHECK(stored.actuals.at(SchoolYear(2022)).value != 71);
}

TEST_CASE("editing a year-table cell shows the value as stored, not as rounded for display", "[sheet][gui]")
{
    YearTable t(QStringLiteral("1.2-L1"), GENERATE(from_range(backends())));
    REQUIRE(t.stored().decimals == 0);
    const QModelIndex cell = t.years()->index(t.rowOf(2025), ActualCol);
    REQUIRE(t.years()->setData(cell, QStringLiteral("38.5")));
    CHECK(cell.data().toString() == QLocale().toString(38.5, 'f', 0));

    t.goTo(2025, ActualCol);
    press(Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("38.5"));
    press(Qt::Key_Return);
    CHECK(t.stored().actuals.at(SchoolYear(2025)).value == 38.5);
}

TEST_CASE("a derived target shows a decimal more than its measure only when it has one", "[sheet]")
{
    Measure measure;
    measure.decimals = 0;
    CHECK(derivedNumber(measure, 33.0) == QLocale().toString(33.0, 'f', 0));
    CHECK(derivedNumber(measure, 91.6) == QLocale().toString(91.6, 'f', 1));
    measure.decimals = 1;
    CHECK(derivedNumber(measure, 91.6) == QLocale().toString(91.6, 'f', 1));
    CHECK(derivedNumber(measure, 91.64) == QLocale().toString(91.64, 'f', 2));
}

TEST_CASE("a value being typed in the year table survives a change saved elsewhere", "[sheet][concurrent][gui]")
{
    const bool sameCell = GENERATE(false, true);
    YearTable t(QStringLiteral("1.2-L1"), GENERATE(from_range(backends())));
    t.goTo(2026, ActualCol);
    type(QStringLiteral("61"));

    {
        // Another window saves a value in this very cell, or in another measure.
        const auto other = PlanDocument::open(t.w.path);
        const Measure before = measureOf(other->plan(), sameCell ? t.code : QStringLiteral("1.2-L7"));
        Measure after = before;
        Actual actual;
        actual.value = 62;
        after.actuals[SchoolYear(2026)] = actual;
        REQUIRE(other->push(new SetMeasureValues(other.get(), {before}, {after}, QStringLiteral("Value"))));
    }
    REQUIRE(t.w.document()->reloadIfChangedElsewhere());
    QCoreApplication::processEvents();

    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("61"));
    const auto messages = t.w.find<QWidget>("measurePane")->findChildren<QLabel *>(QStringLiteral("message"));
    const bool told = std::any_of(messages.begin(), messages.end(), [](const QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("61")) && label->text().contains(QStringLiteral("62"));
    });
    CHECK(told == sameCell);

    press(Qt::Key_Return);
    CHECK(t.stored().actuals.at(SchoolYear(2026)).value == 61);
    if (!sameCell)
        CHECK(measureOf(t.w.stored(), QStringLiteral("1.2-L7")).actuals.at(SchoolYear(2026)).value == 62);
}

TEST_CASE("a student group's size is typed beside its value, undone like it, and a wrong one is refused",
          "[sheet][suppression][gui]")
{
    constexpr int GroupSize = YearTableModel::GroupSizeColumn;
    YearTable t(QStringLiteral("1.1-L1c"), GENERATE(from_range(backends())));
    REQUIRE(t.stored().actuals.count(SchoolYear(2022)));
    REQUIRE_FALSE(t.stored().actuals.at(SchoolYear(2022)).n);
    CHECK(t.years()->headerData(GroupSize, Qt::Horizontal).toString() == QStringLiteral("Group size (n)"));
    const QModelIndex cell = t.years()->index(t.rowOf(2022), GroupSize);
    CHECK(cell.data(Qt::AccessibleTextRole).toString() == QStringLiteral("Group size (n) of 2022-23: empty"));

    t.goTo(2022, GroupSize);
    type(QStringLiteral("14"));
    press(Qt::Key_Return);
    CHECK(t.stored().actuals.at(SchoolYear(2022)).n == 14);
    CHECK(cell.data().toString() == QStringLiteral("14"));
    CHECK(t.stored().actuals.at(SchoolYear(2022)).value == 21); // the value itself untouched

    t.w.document()->undoStack()->undo();
    CHECK_FALSE(t.stored().actuals.at(SchoolYear(2022)).n);
    t.w.document()->undoStack()->redo();
    CHECK(t.stored().actuals.at(SchoolYear(2022)).n == 14);

    auto told = [&](const QString &words) {
        const auto messages = t.w.find<QWidget>("measurePane")->findChildren<QLabel *>(QStringLiteral("message"));
        return std::any_of(messages.begin(), messages.end(),
                           [&](const QLabel *label) { return label->isVisible() && label->text().contains(words); });
    };
    const Measure before = t.stored();
    t.goTo(2022, GroupSize);
    type(QStringLiteral("2.5"));
    press(Qt::Key_Return);
    CHECK(told(QStringLiteral("\"2.5\": a group size is a whole number of students, 0 or more; the 2022-23 group size (n) of 1.1-L1c "
                              "was not changed.")));
    CHECK(t.stored() == before);

    // A size is the size of a value's group: no value, no size.
    t.goTo(2025, GroupSize);
    type(QStringLiteral("9"));
    press(Qt::Key_Return);
    CHECK(told(QStringLiteral("Enter the 2025-26 actual before its group size.")));
    CHECK(t.stored() == before);

    // Emptying the cell takes the size away.
    t.goTo(2022, GroupSize);
    press(Qt::Key_F2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    press(Qt::Key_Return);
    CHECK_FALSE(t.stored().actuals.at(SchoolYear(2022)).n);
}
