// A pane field being typed in when another window or cairn-cli saves the
// same item: what was typed is never thrown away, and never saved over the
// other writer's value without asking.
#include "windowfixture.h"

#include "app/document/commands.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

using namespace cairn;
using namespace cairn::test;

namespace {

// Objective 1.2 as the file holds it.
const Objective &storedObjective(const Plan &plan)
{
    return plan.goals[0].objectives[1];
}

// Another window changes objective 1.2 and saves.
void editElsewhere(const QString &path, const std::function<void(Objective &)> &change)
{
    const auto other = PlanDocument::open(path);
    const Objective before = storedObjective(other->plan());
    Objective after = before;
    change(after);
    REQUIRE(other->push(new EditObjective(other.get(), before, after, QStringLiteral("Edit elsewhere"))));
}

struct TypingInTitle {
    Window w;
    QWidget *pane = nullptr;
    QLineEdit *title = nullptr;
    QString typed;

    explicit TypingInTitle(Backend backend)
        : w(backend)
    {
        w.select(QStringLiteral("1.2"));
        pane = w.find<QWidget>("objectivePane");
        title = pane->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        REQUIRE(title);
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, QStringLiteral(" (revised)"));
        typed = title->text();
    }
};

} // namespace

TEST_CASE("a pane field being typed in survives a change saved elsewhere to another field", "[concurrent][panes]")
{
    TypingInTitle t(GENERATE(from_range(backends())));
    editElsewhere(t.w.path, [](Objective &objective) { objective.description = QStringLiteral("Theirs"); });
    // With or without the one-second check having seen it first.
    if (GENERATE(true, false))
        REQUIRE(t.w.document()->reloadIfChangedElsewhere());
    CHECK(t.title->text() == t.typed);

    QTest::keyClick(t.title, Qt::Key_Return);

    const Objective stored = storedObjective(t.w.stored());
    CHECK(stored.title == t.typed);
    CHECK(stored.description == QStringLiteral("Theirs"));
    CHECK(t.pane->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->toPlainText() == QStringLiteral("Theirs"));
}

TEST_CASE("a pane field typed over a value saved elsewhere asks before saving over it", "[concurrent][panes]")
{
    TypingInTitle t(GENERATE(from_range(backends())));
    editElsewhere(t.w.path, [](Objective &objective) { objective.title = QStringLiteral("Their title"); });
    const bool seenFirst = GENERATE(true, false);
    if (seenFirst)
        REQUIRE(t.w.document()->reloadIfChangedElsewhere());
    // The typing is still there, whoever saved meanwhile.
    CHECK(t.title->text() == t.typed);

    SECTION("keeping theirs shows theirs and saves nothing of mine")
    {
        QString question;
        answerNextQuestion(QStringLiteral("Keep Theirs"), &question);
        QTest::keyClick(t.title, Qt::Key_Return);
        CHECK(question.contains(QStringLiteral("Their title")));
        CHECK(question.contains(t.typed));
        CHECK(t.title->text() == QStringLiteral("Their title"));
        CHECK(storedObjective(t.w.stored()).title == QStringLiteral("Their title"));
    }
    SECTION("saving mine saves what I typed over theirs, as one undoable edit")
    {
        answerNextQuestion(QStringLiteral("Save Mine"));
        QTest::keyClick(t.title, Qt::Key_Return);
        CHECK(t.title->text() == t.typed);
        CHECK(storedObjective(t.w.stored()).title == t.typed);
        t.w.document()->undoStack()->undo();
        CHECK(storedObjective(t.w.stored()).title == QStringLiteral("Their title"));
    }
}

TEST_CASE("a pane field typed to what was saved elsewhere saves without a question", "[concurrent][panes]")
{
    TypingInTitle t(GENERATE(from_range(backends())));
    editElsewhere(t.w.path, [&t](Objective &objective) { objective.title = t.typed; });
    REQUIRE(t.w.document()->reloadIfChangedElsewhere());
    // A question here is a failure, closed so that the test goes on.
    QTimer::singleShot(0, qApp, [] {
        QWidget *question = QApplication::activeModalWidget();
        CHECK_FALSE(question);
        if (question)
            question->close();
    });
    QTest::keyClick(t.title, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(storedObjective(t.w.stored()).title == t.typed);
}
