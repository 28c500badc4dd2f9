// Plans made of activities and dated outcomes: goal tags, activities that
// recur every year and due dates written as plans write them are entered in
// the panes and saved.
#include "windowfixture.h"

#include "core/statustext.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("a goal's tags are typed in its pane and saved", "[activities][panes]")
{
    Window w(GENERATE(from_range(backends())));
    w.select(QStringLiteral("P1"));
    auto *tags = w.find<QWidget>("goalPane")->findChild<QLineEdit *>(QStringLiteral("tagsEdit"));
    REQUIRE(tags);
    typeInto(tags, QStringLiteral("Communicator,  Critical thinker ,"));
    CHECK(w.stored().goals[0].tags == QStringList{QStringLiteral("Communicator"), QStringLiteral("Critical thinker")});
    w.document()->undoStack()->undo();
    CHECK(w.stored().goals[0].tags.isEmpty());
    CHECK(tags->text().isEmpty());
}

TEST_CASE("an activity that recurs every year is judged on that year's notes", "[activities][panes]")
{
    Window w(GENERATE(from_range(backends())));
    const Objective &objective = w.document()->plan().goals[0].objectives[1];
    REQUIRE_FALSE(objective.actions.empty());
    const QString code = objective.actions[0].code;
    w.select(code);
    auto *pane = w.find<QWidget>("actionPane");
    auto *recurring = pane->findChild<QCheckBox *>(QStringLiteral("recurringCheck"));
    REQUIRE(recurring);
    CHECK_FALSE(recurring->isChecked());
    typeInto(pane->findChild<QLineEdit *>(QStringLiteral("startEdit")), QStringLiteral("2023-24"));

    recurring->setFocus();
    QTest::keyClick(recurring, Qt::Key_Space);
    const Action stored = w.stored().goals[0].objectives[1].actions[0];
    CHECK(stored.recurring);
    // Judged on the year's progress notes: reported, not yet reported while
    // the year lasts, or no data once it ended without a report.
    const ItemStatus *status = w.document()->status().find(code);
    REQUIRE(status);
    const SchoolYear year = w.document()->statusYear();
    const QDate today = w.document()->today();
    const Status expected = StatusRules::isReportedIn(stored, year, today) ? Status::OnTrack
                            : today > year.lastDay()                       ? Status::NoData
                                                                           : Status::NotStarted;
    CHECK(status->judgement.status == expected);
    CHECK(pane->findChild<QLabel *>(QStringLiteral("heading"))->text().contains(StatusText::word(status->judgement.status)));

    w.document()->undoStack()->undo();
    CHECK_FALSE(w.stored().goals[0].objectives[1].actions[0].recurring);
    CHECK_FALSE(recurring->isChecked());
}

TEST_CASE("a milestone's due date is typed as the plan writes it and kept so", "[activities][panes]")
{
    Window w(GENERATE(from_range(backends())));
    // The first milestone of the sample.
    QString code;
    forEachItem(w.document()->plan(), [&](const ItemView &view) {
        if (code.isEmpty() && view.measure && view.measure->type == MeasureType::Milestone)
            code = view.code;
    });
    REQUIRE_FALSE(code.isEmpty());
    w.select(code);
    auto *pane = w.find<QWidget>("measurePane");
    auto *due = pane->findChild<QLineEdit *>(QStringLiteral("dueDateEdit"));
    REQUIRE(due);
    typeInto(due, QStringLiteral("By January 2026"));
    Measure stored = measureOf(w.stored(), code);
    CHECK(stored.dueDate == QDate(2026, 1, 31));
    CHECK(stored.dueText == QStringLiteral("By January 2026"));
    CHECK(due->text() == QStringLiteral("By January 2026"));

    typeInto(due, QStringLiteral("Sometime soon"));
    CHECK(measureOf(w.stored(), code).dueText == QStringLiteral("By January 2026"));
    CHECK(due->text() == QStringLiteral("By January 2026"));
    const auto messages = pane->findChildren<QLabel *>(QStringLiteral("message"));
    CHECK(std::any_of(messages.begin(), messages.end(), [](const QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("Sometime soon"));
    }));

    typeInto(due, QStringLiteral("2026-03-15"));
    stored = measureOf(w.stored(), code);
    CHECK(stored.dueDate == QDate(2026, 3, 15));
    CHECK(stored.dueText.isEmpty());
}

TEST_CASE("an activity's start typed as the plan writes it sets its timeline", "[activities][panes]")
{
    Window w(GENERATE(from_range(backends())));
    const QString code = w.document()->plan().goals[0].objectives[1].actions[0].code;
    w.select(code);
    auto *pane = w.find<QWidget>("actionPane");
    auto *start = pane->findChild<QLineEdit *>(QStringLiteral("startEdit"));
    typeInto(start, QStringLiteral("2023-24 (and recurring)"));
    Action stored = w.stored().goals[0].objectives[1].actions[0];
    CHECK(stored.start == Timepoint::ofYear(SchoolYear(2023)));
    CHECK(stored.recurring);
    CHECK(start->text() == QStringLiteral("2023-24"));
    CHECK(pane->findChild<QCheckBox *>(QStringLiteral("recurringCheck"))->isChecked());

    w.document()->undoStack()->undo();
    typeInto(start, QStringLiteral("2022-23 (and ongoing)"));
    stored = w.stored().goals[0].objectives[1].actions[0];
    CHECK(stored.start == Timepoint::ofYear(SchoolYear(2022)));
    CHECK(stored.due == Timepoint::ongoing());
    CHECK_FALSE(stored.recurring);
    CHECK(pane->findChild<QLineEdit *>(QStringLiteral("dueEdit"))->text() == QStringLiteral("ongoing"));
}
