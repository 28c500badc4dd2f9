// What the committee types during a meeting: the Start Review form and the
// note, recommendation and reason dialogs, driven by real keys as a person
// at the keyboard would press them. On a file alone: the keys are the
// dialogs'; reviews_test.cpp stores reviews on both backends.

#include "windowfixture.h"

#include "app/dashboard/textstyle.h"
#include "app/reviews/reviewmode.h"
#include "app/reviews/reviewsview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <functional>

using namespace cairn;
using namespace cairn::test;

namespace {

using Answer = std::function<void(QDialog *dialog)>;

// Answers the next dialog that opens with `answer` when it is the one named
// `name`; any other is closed, and the test fails rather than waits.
void answerDialog(const QString &name, Answer answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, answer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        QApplication::setActiveWindow(dialog);
        if (dialog->objectName() != name) {
            FAIL_CHECK("a dialog opened that is not " << name.toStdString() << ": " << dialog->windowTitle().toStdString());
            dialog->reject();
            return;
        }
        answer(dialog);
        if (dialog->isVisible()) // an answer that leaves it open
            dialog->reject();
    });
    timer->start();
}

// A key as a person presses it: it goes to the widget that has the focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

int roomTypeSize(QWidget *on)
{
    return projectorFont(QFont(), on->screen()).pixelSize();
}

} // namespace

TEST_CASE("in the Start Review form Tab leaves the date in one press and Enter starts no review", "[app][gui][review][keys]")
{
    Window w;
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    auto *start = w.find<QPushButton>("startReview");

    QStringList visited;
    bool answered = false;
    answerDialog(QStringLiteral("startReviewDialog"), [&](QDialog *dialog) {
        answered = true;
        // Moving through the form to "Attendees", pressing Enter on the way.
        const auto stillOpen = [dialog] { return dialog->isVisible(); };
        visited.append(focusName());
        for (int field = 0; field < 3 && stillOpen(); ++field) {
            press(Qt::Key_Return);
            if (!stillOpen())
                break;
            press(Qt::Key_Tab);
            visited.append(focusName());
        }
        if (!stillOpen())
            return;
        type(QStringLiteral("Superintendent"));
        press(Qt::Key_Return);
        type(QStringLiteral("Board liaison"));
        CHECK(stillOpen());
        CHECK(dialog->findChild<QPlainTextEdit *>(QStringLiteral("attendeesEdit"))->toPlainText()
              == QStringLiteral("Superintendent\nBoard liaison"));
        // And back: one Shift+Tab from the year reaches the date, one more the title.
        press(Qt::Key_Tab, Qt::ShiftModifier);
        press(Qt::Key_Tab, Qt::ShiftModifier);
        CHECK(focusName() == QStringLiteral("dateEdit"));
        press(Qt::Key_Tab, Qt::ShiftModifier);
        CHECK(focusName() == QStringLiteral("titleEdit"));
        press(Qt::Key_Escape);
    });
    start->click();
    CHECK(answered);
    CHECK(visited == QStringList{QStringLiteral("titleEdit"), QStringLiteral("dateEdit"), QStringLiteral("yearCombo"), QStringLiteral("attendeesEdit")});
    CHECK(w.document()->plan().reviews.size() == 1);
    CHECK(w.stored().reviews.size() == 1);
}

TEST_CASE("Ctrl+Enter in the Start Review form, or its Start button, starts the review", "[app][gui][review][keys]")
{
    Window w;
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    auto *start = w.find<QPushButton>("startReview");

    answerDialog(QStringLiteral("startReviewDialog"), [](QDialog *) {
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("Superintendent"));
        press(Qt::Key_Return, Qt::ControlModifier);
    });
    start->click();
    REQUIRE(w.stored().reviews.size() == 2);
    CHECK(w.stored().reviews.back().attendees == QStringList{QStringLiteral("Superintendent")});

    answerDialog(QStringLiteral("startReviewDialog"), [](QDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->selectAll();
        type(QStringLiteral("Winter check-in"));
        // Tab to the Start button, then Enter presses it.
        const auto onStart = [] {
            auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
            return button && button->text() == QStringLiteral("Start Review");
        };
        for (int i = 0; i < 8 && !onStart(); ++i)
            press(Qt::Key_Tab);
        CHECK(onStart());
        press(Qt::Key_Return);
    });
    start->click();
    REQUIRE(w.stored().reviews.size() == 3);
    CHECK(w.stored().reviews.back().title == QStringLiteral("Winter check-in"));
}

TEST_CASE("the walk-through's note dialog is in the room's type, Tab moves on, Enter is a new line, Ctrl+Enter records",
          "[app][gui][review][keys]")
{
    Window w;
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    w.workspace()->reviews()->walkThrough();
    auto *mode = w.window.findChild<ReviewMode *>(QStringLiteral("reviewMode"));
    REQUIRE(mode);
    const int walkSize = mode->findChild<QLabel *>(QStringLiteral("walkPosition"))->font().pixelSize();
    REQUIRE(walkSize >= 16);
    const std::size_t notesBefore = w.document()->plan().reviews.front().notes.size();

    bool answered = false;
    answerDialog(QStringLiteral("entryDialog"), [&](QDialog *dialog) {
        answered = true;
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("entryText"));
        REQUIRE(text);
        CHECK(text->font().pixelSize() == walkSize);
        CHECK(dialog->findChild<QComboBox *>(QStringLiteral("entryItem"))->font().pixelSize() == walkSize);
        CHECK(QApplication::focusWidget() == text);
        type(QStringLiteral("Ask for TSI data"));
        press(Qt::Key_Return);
        CHECK(dialog->isVisible());
        type(QStringLiteral("by campus"));
        press(Qt::Key_Tab);
        CHECK(QApplication::focusWidget() != text);
        CHECK_FALSE(text->toPlainText().contains(QLatin1Char('\t')));
        press(Qt::Key_Tab, Qt::ShiftModifier);
        CHECK(QApplication::focusWidget() == text);
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK_FALSE(dialog->isVisible());
    });
    QTest::keyClick(mode, Qt::Key_N);
    CHECK(answered);
    const Review stored = w.stored().reviews.front();
    REQUIRE(stored.notes.size() == notesBefore + 1);
    CHECK(stored.notes.back().item == QStringLiteral("P1"));
    CHECK(stored.notes.back().text == QStringLiteral("Ask for TSI data\nby campus"));
    QTest::keyClick(mode, Qt::Key_Escape);
}

TEST_CASE("the walk-through's recommendation and assessment dialogs are filled by keyboard alone", "[app][gui][review][keys]")
{
    Window w;
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    w.workspace()->reviews()->walkThrough();
    auto *mode = w.window.findChild<ReviewMode *>(QStringLiteral("reviewMode"));
    REQUIRE(mode);
    const std::size_t recommendationsBefore = w.document()->plan().reviews.front().recommendations.size();

    answerDialog(QStringLiteral("entryDialog"), [](QDialog *dialog) {
        CHECK(dialog->findChild<QPlainTextEdit *>(QStringLiteral("entryText"))->font().pixelSize() == roomTypeSize(dialog));
        // An empty recommendation is refused where the eye is, and the dialog stays.
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("entryMessage"))->isVisible());
        type(QStringLiteral("Expand TSI preparation"));
        press(Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(mode, Qt::Key_R);
    REQUIRE(w.stored().reviews.front().recommendations.size() == recommendationsBefore + 1);
    CHECK(w.stored().reviews.front().recommendations.back().text == QStringLiteral("Expand TSI preparation"));
    CHECK(w.stored().reviews.front().recommendations.back().item == QStringLiteral("P1"));

    // The assessment: which item, its status and why, in one dialog.
    answerDialog(QStringLiteral("entryDialog"), [](QDialog *dialog) {
        CHECK(dialog->findChild<QPlainTextEdit *>(QStringLiteral("entryText"))->font().pixelSize() == roomTypeSize(dialog));
        press(Qt::Key_Tab, Qt::ShiftModifier);
        CHECK(focusName() == QStringLiteral("entryStatus"));
        press(Qt::Key_Down); // On track → At risk
        press(Qt::Key_Tab, Qt::ShiftModifier);
        CHECK(focusName() == QStringLiteral("entryItem"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        CHECK(focusName() == QStringLiteral("entryText"));
        type(QStringLiteral("CCMR behind"));
        press(Qt::Key_Return);
        type(QStringLiteral("two years running"));
        press(Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(mode, Qt::Key_A);
    const Plan stored = w.stored();
    REQUIRE(stored.goals.front().assessments.size() == 1);
    CHECK(stored.goals.front().assessments.front().status == Status::AtRisk);
    CHECK(stored.goals.front().assessments.front().rationale == QStringLiteral("CCMR behind\ntwo years running"));
    QTest::keyClick(mode, Qt::Key_Escape);
}

TEST_CASE("the Reviews tab's note and next-step dialogs are filled by keyboard alone, in the room's type", "[app][gui][review][keys]")
{
    Window w;
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    ReviewsView *view = w.workspace()->reviews();
    const std::size_t notesBefore = w.document()->plan().reviews.front().notes.size();

    answerDialog(QStringLiteral("entryDialog"), [](QDialog *dialog) {
        CHECK(dialog->findChild<QPlainTextEdit *>(QStringLiteral("entryText"))->font().pixelSize() == roomTypeSize(dialog));
        type(QStringLiteral("Ask for TSI data by campus"));
        press(Qt::Key_Tab, Qt::ShiftModifier);
        CHECK(focusName() == QStringLiteral("entryItem"));
        auto *item = dialog->findChild<QComboBox *>(QStringLiteral("entryItem"));
        item->lineEdit()->selectAll();
        type(QStringLiteral("1.2-L1"));
        press(Qt::Key_Return); // not OK yet
        CHECK(dialog->isVisible());
        press(Qt::Key_Return, Qt::ControlModifier);
    });
    w.find<QPushButton>("addNote")->click();
    REQUIRE(w.stored().reviews.front().notes.size() == notesBefore + 1);
    CHECK(w.stored().reviews.front().notes.back().item == QStringLiteral("1.2-L1"));
    CHECK(w.stored().reviews.front().notes.back().text == QStringLiteral("Ask for TSI data by campus"));

    // A proposed recommendation moves a step, with its reason.
    int proposed = -1;
    for (int row = 0; row < view->recommendations()->rowCount() && proposed < 0; ++row)
        proposed = view->recommendations()->item(row, 2)->text() == QStringLiteral("Proposed") ? row : -1;
    REQUIRE(proposed >= 0);
    view->recommendations()->setCurrentCell(proposed, 0);
    answerDialog(QStringLiteral("entryDialog"), [](QDialog *dialog) {
        CHECK(dialog->findChild<QPlainTextEdit *>(QStringLiteral("entryText"))->font().pixelSize() == roomTypeSize(dialog));
        type(QStringLiteral("With the winter update"));
        press(Qt::Key_Tab, Qt::ShiftModifier);
        CHECK(focusName() == QStringLiteral("entryState"));
        press(Qt::Key_Return, Qt::ControlModifier);
    });
    w.find<QPushButton>("advanceRecommendation")->click();
    const Review stored = w.stored().reviews.front();
    const auto forwarded = std::find_if(stored.recommendations.begin(), stored.recommendations.end(), [](const Recommendation &r) {
        return !r.changes.empty() && r.changes.back().note == QStringLiteral("With the winter update");
    });
    REQUIRE(forwarded != stored.recommendations.end());
    CHECK(forwarded->state() == RecommendationState::Forwarded);
}
