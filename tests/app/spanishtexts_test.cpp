// The plan's own words in Spanish, written in the panes beside the original
// (docs/translation.md, "The plan's own words in Spanish").
#include "windowfixture.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace cairn;
using namespace cairn::test;

namespace {

// The Socorro sample with two core values, each with its name in Spanish.
Plan planWithValuesInSpanish()
{
    Plan plan = readPlanJson(socorroSample());
    plan.coreValues = {{QStringLiteral("Caring"), QStringLiteral("Kindness"), {{QStringLiteral("name"), QStringLiteral("Cuidado")}}},
                       {QStringLiteral("Courage"), QStringLiteral(""), {{QStringLiteral("name"), QStringLiteral("Valentía")}}}};
    return plan;
}

} // namespace

TEST_CASE("the Spanish words of a goal's title are typed under it, saved, undone, and hidden again by the View menu",
          "[app][gui][spanish]")
{
    Window w(GENERATE(from_range(backends())));
    w.workspace()->showTab(Workspace::Tab::Plan);
    w.select(QStringLiteral("P1"));
    auto *pane = w.find<QWidget>("goalPane");
    auto *title = pane->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *spanish = pane->findChild<QLineEdit *>(QStringLiteral("titleEditSpanish"));
    REQUIRE(spanish);
    // Off until asked for, in an app that speaks English.
    CHECK_FALSE(spanish->isVisible());
    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(spanish->isVisible());
    CHECK(spanish->accessibleName() == QStringLiteral("Title in Spanish"));
    auto *form = pane->findChild<QFormLayout *>(QStringLiteral("form"));
    REQUIRE(form);
    int titleRow = -1;
    int spanishRow = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(title, &titleRow, &role);
    form->getWidgetPosition(spanish, &spanishRow, &role);
    CHECK(spanishRow == titleRow + 1); // right under the original
    // The sample's Spanish is shown.
    CHECK(spanish->text() == QStringLiteral("Hacer crecer y apoyar a cada estudiante con oportunidades sólidas"));

    // Tab from the title reaches its Spanish words.
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == spanish);
    spanish->selectAll();
    QTest::keyClicks(spanish, QStringLiteral("Cada estudiante crece"));
    QTest::keyClick(spanish, Qt::Key_Return);
    CHECK(w.stored().goals[0].es.at(QStringLiteral("title")) == QStringLiteral("Cada estudiante crece"));
    CHECK(w.stored().goals[0].title == QStringLiteral("Grow and support each student with robust opportunities"));
    CHECK(w.stored().goals[0].es.at(QStringLiteral("shortName")) == QStringLiteral("Estudiantes")); // the others kept

    // Emptied, the goal has no Spanish title: documents show the original.
    spanish->selectAll();
    QTest::keyClick(spanish, Qt::Key_Backspace);
    QTest::keyClick(spanish, Qt::Key_Return);
    CHECK_FALSE(w.stored().goals[0].es.count(QStringLiteral("title")));
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    CHECK(w.stored().goals[0].es.at(QStringLiteral("title")) == QStringLiteral("Hacer crecer y apoyar a cada estudiante con oportunidades sólidas"));
    CHECK(spanish->text() == QStringLiteral("Hacer crecer y apoyar a cada estudiante con oportunidades sólidas"));

    // The plan's mission, in its pane; the core values keep their Spanish when the pane saves.
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *planPane = w.find<QWidget>("planPane");
    auto *mission = planPane->findChild<QPlainTextEdit *>(QStringLiteral("missionEditSpanish"));
    REQUIRE(mission);
    CHECK(mission->isVisible());
    CHECK(mission->toPlainText().startsWith(QStringLiteral("La misión del Distrito Escolar Independiente de Socorro")));

    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(mission->isVisible());
}

TEST_CASE("editing the plan's lists keeps each entry's Spanish words", "[app][gui][spanish]")
{
    Window w(planWithValuesInSpanish(), GENERATE(from_range(backends())));
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *pane = w.find<QWidget>("planPane");
    // Any edit in the pane reads every field back: the title here.
    auto *title = pane->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Strategic Plan"));
    QTest::keyClick(title, Qt::Key_Return);
    const Plan stored = w.stored();
    REQUIRE(stored.title == QStringLiteral("Strategic Plan"));
    REQUIRE(stored.coreValues.size() == 2);
    CHECK(stored.coreValues[0].es.at(QStringLiteral("name")) == QStringLiteral("Cuidado"));
    CHECK(stored.coreValues[1].es.at(QStringLiteral("name")) == QStringLiteral("Valentía"));
    CHECK(stored.sections[0].es.at(QStringLiteral("heading")) == QStringLiteral("En Socorro ISD, creemos"));
}

TEST_CASE("a core value's Spanish words are typed in columns of their own, shown with the Spanish texts", "[app][gui][spanish]")
{
    Window w(planWithValuesInSpanish(), GENERATE(from_range(backends())));
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *pane = w.find<QWidget>("planPane");
    QTableWidget *values = nullptr;
    for (auto *table : pane->findChildren<QTableWidget *>())
        values = table->accessibleName() == QStringLiteral("Core values") ? table : values;
    REQUIRE(values);
    CHECK(values->isColumnHidden(2)); // an English app shows them when asked
    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_FALSE(values->isColumnHidden(2));
    CHECK(values->horizontalHeaderItem(3)->text() == QStringLiteral("Description in Spanish"));
    CHECK(values->item(0, 2)->text() == QStringLiteral("Cuidado"));

    QLineEdit *editor = typeInCell(values, values->model()->index(0, 3), QStringLiteral("Amabilidad"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    REQUIRE(w.stored().coreValues[0].es.count(QStringLiteral("description")));
    CHECK(w.stored().coreValues[0].es.at(QStringLiteral("description")) == QStringLiteral("Amabilidad"));
    CHECK(w.stored().coreValues[0].es.at(QStringLiteral("name")) == QStringLiteral("Cuidado"));

    // An entry removed takes its Spanish with it; the next keeps its own.
    values->setCurrentCell(0, 0);
    QPushButton *remove = nullptr;
    for (auto *button : pane->findChildren<QPushButton *>())
        remove = button->accessibleName() == QStringLiteral("Remove from Core values") ? button : remove;
    REQUIRE(remove);
    remove->click();
    REQUIRE(w.stored().coreValues.size() == 1);
    CHECK(w.stored().coreValues[0].name == QStringLiteral("Courage"));
    CHECK(w.stored().coreValues[0].es.at(QStringLiteral("name")) == QStringLiteral("Valentía"));

    QTest::keyClick(&w.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(values->isColumnHidden(2));
    CHECK(values->isColumnHidden(3));
}

TEST_CASE("how documents write numbers is chosen in Plan Details, saved and undone", "[app][gui][spanish]")
{
    Window w(GENERATE(from_range(backends())));
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *numbers = w.find<QComboBox>("numbersCombo");
    CHECK(numbers->currentText().startsWith(QStringLiteral("1,234.5")));
    numbers->setFocus();
    QTest::keyClick(numbers, Qt::Key_Down);
    CHECK(w.stored().numbers == NumberStyle::PointComma);
    w.document()->undoStack()->undo();
    CHECK(w.stored().numbers == NumberStyle::CommaPoint);
    CHECK(numbers->currentText().startsWith(QStringLiteral("1,234.5")));
}

// On a file alone: finding reads the plan in memory.
TEST_CASE("finding by title finds an item by its Spanish words too", "[app][gui][spanish]")
{
    Window w; // the Socorro sample: objective 1.1 is "Mejorar el rendimiento académico…" in Spanish
    w.workspace()->showTab(Workspace::Tab::Plan);
    auto *find = w.find<QLineEdit>("filterText");
    auto *outline = w.find<QTreeView>("outline");
    find->setFocus();
    QTest::keyClicks(find, QStringLiteral("rendimiento"));
    QTest::keyClick(find, Qt::Key_Down);
    REQUIRE(outline->currentIndex().isValid());
    CHECK(outline->currentIndex().siblingAtColumn(0).data().toString() == QStringLiteral("1.1"));
}
