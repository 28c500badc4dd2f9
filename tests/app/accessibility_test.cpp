// What a screen reader is told about controls that show no name of their
// own: drop-downs, their lists of choices, empty table cells, the chart.
// tests/a11y runs the whole app through AT-SPI; these say what the names are.
#include "windowfixture.h"

#include "app/panes/yeartablemodel.h"
#include "app/reviews/entrydialog.h"
#include "app/values/valuesmodel.h"
#include "app/workspace.h"

#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QApplication>
#include <QComboBox>
#include <QTableView>

using namespace cairn;
using namespace cairn::test;

namespace {

QString said(QObject *object, QAccessible::Text text = QAccessible::Name)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    REQUIRE(iface);
    return iface->text(text);
}

QString cellSaid(QTableView *view, int row, int column)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    REQUIRE(iface);
    REQUIRE(iface->tableInterface());
    QAccessibleInterface *cell = iface->tableInterface()->cellAt(row, column);
    REQUIRE(cell);
    return cell->text(QAccessible::Name);
}

} // namespace

TEST_CASE("a drop-down is named by what it chooses, its value is what it shows", "[app][gui][accessibility]")
{
    Window w;
    w.workspace()->showTab(Workspace::Tab::Values);
    auto *owner = w.find<QComboBox>("valuesOwner");
    CHECK(said(owner) == QStringLiteral("Owner"));
    CHECK(said(owner, QAccessible::Value) == owner->currentText());
    CHECK(said(owner, QAccessible::Value) == QStringLiteral("Everyone"));
    // Its list of choices says whose choices they are.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(owner)->child(0);
    REQUIRE(list);
    CHECK(list->text(QAccessible::Name) == QStringLiteral("Choices for Owner"));

    // Without a name of its own, the label in front of it names it.
    EntryDialog dialog(QStringLiteral("Add Note"), QStringLiteral("&Note:"));
    QComboBox *about = dialog.addChoice(QStringLiteral("entryItem"), QStringLiteral("The note is &about:"), {QStringLiteral("1.2")}, true);
    CHECK(about->accessibleName().isEmpty());
    CHECK(said(about) == QStringLiteral("The note is about"));
    CHECK(said(about, QAccessible::Value) == QStringLiteral("1.2"));
}

TEST_CASE("an empty table cell says which row and column it is", "[app][gui][accessibility]")
{
    Window w;
    w.select(QStringLiteral("1.2-L1"));
    auto *years = w.find<QTableView>("yearTable");
    int row = -1;
    for (int r = 0; r < years->model()->rowCount(); ++r)
        if (years->model()->index(r, YearTableModel::ActualColumn).data().toString().isEmpty())
            row = r;
    REQUIRE(row >= 0);
    const QString year = years->model()->index(row, YearTableModel::YearColumn).data().toString();
    CHECK(cellSaid(years, row, YearTableModel::ActualColumn) == QStringLiteral("Actual of %1: empty").arg(year));
    // A cell with text says its text.
    CHECK(cellSaid(years, row, YearTableModel::YearColumn) == year);

    w.workspace()->showTab(Workspace::Tab::Values);
    auto *values = w.find<QTableView>("valuesTable");
    for (int r = 0; r < values->model()->rowCount(); ++r) {
        if (values->model()->index(r, ValuesModel::ActualColumn).data().toString().isEmpty()) {
            const QString code = values->model()->index(r, ValuesModel::CodeColumn).data().toString();
            const QString column = values->model()->headerData(ValuesModel::ActualColumn, Qt::Horizontal).toString();
            CHECK(cellSaid(values, r, ValuesModel::ActualColumn) == QStringLiteral("%1 of %2: missing").arg(column, code));
            break;
        }
    }
}

TEST_CASE("the chart is named and described before and after it shows a measure", "[app][gui][accessibility]")
{
    Window w;
    auto *chart = w.find<QWidget>("measureChart");
    CHECK_FALSE(said(chart).isEmpty());
    w.select(QStringLiteral("1.2-L1"));
    CHECK(said(chart) == QStringLiteral("Annual-target chart of 1.2-L1"));
    CHECK(said(chart, QAccessible::Description).contains(QStringLiteral("2023-24")));
}
