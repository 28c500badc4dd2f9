#include "windowfixture.h"

#include "app/panes/yeartablemodel.h"
#include "app/values/valuesmodel.h"
#include "app/values/valuesview.h"
#include "storage/planjson.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

// Types into a pane's line and commits it, as a person would.
void commitText(QWidget *pane, const char *name, const QString &text)
{
    auto *edit = pane->findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(edit);
    edit->setFocus();
    edit->setText(text);
    edit->setModified(true);
    QTest::keyClick(edit, Qt::Key_Return);
}

QString shownMessage(QWidget *pane)
{
    const auto *message = pane->findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(message);
    return message->isVisible() ? message->text() : QString();
}

} // namespace

TEST_CASE("the editor panes keep the plan's limits, so what they save exports and imports again", "[app][gui]")
{
    Window w(GENERATE(from_range(backends())));
    const QString code = QStringLiteral("1.2-L1");
    w.select(code);
    auto *pane = w.find<QWidget>("measurePane");
    QAbstractItemModel *years = w.find<QTableView>("yearTable")->model();
    const int row = 4; // 2025-26
    REQUIRE(years->index(row, YearTableModel::YearColumn).data().toString() == QStringLiteral("2025-26"));

    // Exactly at the limits: saved. 1e15 is far beyond the measure's other
    // values, so it is confirmed first; then -1e15 is not.
    QuestionAnswerer yes(QStringLiteral("Yes"));
    years->setData(years->index(row, YearTableModel::ActualColumn), QStringLiteral("1e15"));
    QTest::qWait(50);
    REQUIRE(years->setData(years->index(row, YearTableModel::NoteColumn), QString(100'000, QLatin1Char('n'))));
    years->setData(years->index(row, YearTableModel::TargetColumn), QStringLiteral("-1000000000000000"));
    QTest::qWait(50);
    REQUIRE(yes.asked.size() == 1);
    commitText(pane, "toleranceEdit", QStringLiteral("1000000000000000"));
    CHECK(shownMessage(pane).isEmpty());

    // Beyond them: refused in place, and nothing changes.
    const Plan before = w.stored();
    CHECK_FALSE(years->setData(years->index(row, YearTableModel::ActualColumn), QStringLiteral("1000000000000001")));
    CHECK(shownMessage(pane).contains(QStringLiteral("between -1e15 and 1e15; the 2025-26 actual of 1.2-L1 was not changed")));
    CHECK_FALSE(years->setData(years->index(row, YearTableModel::NoteColumn), QString(100'001, QLatin1Char('n'))));
    CHECK(shownMessage(pane).contains(QStringLiteral("100001 characters long; at most 100000")));
    CHECK_FALSE(years->setData(years->index(row, YearTableModel::TargetColumn), QStringLiteral("-1e16")));
    commitText(pane, "toleranceEdit", QStringLiteral("-1"));
    CHECK(shownMessage(pane).contains(QStringLiteral("The tolerance must not be negative; nothing was saved.")));
    commitText(pane, "toleranceEdit", QStringLiteral("1e16"));
    CHECK(shownMessage(pane).contains(QStringLiteral("between -1e15 and 1e15")));
    commitText(pane, "nameEdit", QString(1'001, QLatin1Char('m')));
    CHECK(shownMessage(pane).contains(QStringLiteral("at most 1000")));
    CHECK(withoutIds(w.stored()).goals == withoutIds(before).goals);

    // The values grid keeps them too.
    w.workspace()->showTab(Workspace::Tab::Values);
    ValuesModel *values = w.workspace()->values()->model();
    CHECK_FALSE(values->setData(values->index(0, ValuesModel::ActualColumn), QStringLiteral("-1e16")));
    CHECK(withoutIds(w.stored()).goals == withoutIds(before).goals);

    // What the panes saved is a plan the JSON reader takes back.
    const auto imported = PlanJson::read(PlanJson::write(w.stored()));
    for (const JsonProblem &problem : imported.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    REQUIRE(imported.plan.has_value());
    const Measure &measure = measureOf(*imported.plan, code);
    CHECK(measure.actuals.at(SchoolYear(2025)).value == 1e15);
    CHECK(measure.actuals.at(SchoolYear(2025)).note.size() == 100'000);
    CHECK(measure.targets.at(SchoolYear(2025)) == -1e15);
    CHECK(measure.tolerance == 1e15);
}

TEST_CASE("a goal's code and title are checked by the same rules as an import", "[app][gui]")
{
    Window w(GENERATE(from_range(backends())));
    w.select(QStringLiteral("P2"));
    auto *pane = w.find<QWidget>("goalPane");
    commitText(pane, "codeEdit", QStringLiteral("1.1"));
    CHECK(shownMessage(pane).contains(QStringLiteral("The code \"1.1\" is already used by the objective")));
    commitText(pane, "codeEdit", QString(41, QLatin1Char('P')));
    CHECK(shownMessage(pane).contains(QStringLiteral("at most 40")));
    commitText(pane, "codeEdit", QStringLiteral("P2"));
    commitText(pane, "titleEdit", QStringLiteral("  "));
    CHECK(shownMessage(pane).contains(QStringLiteral("The title is required and must not be blank; nothing was saved.")));
    CHECK(w.stored().goals[1].code == QStringLiteral("P2"));
    CHECK_FALSE(w.stored().goals[1].title.trimmed().isEmpty());
}
