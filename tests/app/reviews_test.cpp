#include "windowfixture.h"

#include "app/document/commands.h"
#include "core/reviewcompare.h"
#include "app/reviews/reviewmode.h"
#include "app/reviews/reviewsview.h"
#include "app/reviews/startreviewdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

#include <map>

using namespace cairn;
using namespace cairn::test;

TEST_CASE("the Reviews tab shows a review's recommendations and what changed since it", "[app][gui][review]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return QDate(2025, 6, 30); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    ReviewsView *view = w.workspace()->reviews();
    REQUIRE(view->reviews()->count() == 1);
    CHECK(view->reviews()->currentRow() == 0);
    CHECK(view->reviews()->item(0)->text().startsWith(QStringLiteral("Fall 2024 review")));
    CHECK(view->recommendations()->rowCount() == 5);
    CHECK(view->recommendations()->item(3, 2)->text() == QStringLiteral("Declined"));

    // The CCMR value of the year the review looked at is corrected; the
    // comparison shows it at once.
    const auto changedRows = [view](const QString &code) {
        int rows = 0;
        for (int row = 0; row < view->changes()->rowCount(); ++row)
            rows += view->changes()->item(row, 0)->text().startsWith(code + QLatin1Char(' ')) ? 1 : 0;
        return rows;
    };
    CHECK(changedRows(QStringLiteral("1.2-L1")) == 0);
    const Measure before = measureOf(w.document()->plan(), QStringLiteral("1.2-L1"));
    Measure after = before;
    after.actuals[SchoolYear(2023)] = Actual::of(66);
    REQUIRE(w.document()->push(new SetMeasureValues(w.document(), {before}, {after}, QStringLiteral("Correct"))));
    CHECK(changedRows(QStringLiteral("1.2-L1")) == 2); // its actual and its status

    // Behind another tab the comparison waits, and is brought up to date when shown.
    w.workspace()->showTab(Workspace::Tab::Plan);
    w.document()->undoStack()->undo();
    w.workspace()->showTab(Workspace::Tab::Reviews);
    CHECK(changedRows(QStringLiteral("1.2-L1")) == 0);
}

TEST_CASE("starting a review freezes the plan as one undoable step", "[app][gui][review]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    StartReviewDialog dialog(*w.document());
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text() == QStringLiteral("Fall 2025 review"));
    dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("fall 2024 REVIEW"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("already has a review")));

    dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Fall 2025 review"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("attendeesEdit"))->setPlainText(QStringLiteral("Superintendent\n\nBoard liaison\n"));
    const Review review = dialog.review();
    CHECK(review.attendees == QStringList{QStringLiteral("Superintendent"), QStringLiteral("Board liaison")});
    CHECK(review.year == SchoolYear(2024));
    CHECK(review.snapshot.size() == w.document()->status().items().size());

    REQUIRE(w.document()->push(new StartReview(w.document(), review)));
    CHECK(w.document()->plan().reviews.size() == 2);
    CHECK(w.stored().reviews.size() == 2);
    CHECK(w.stored().reviews.back().snapshot == review.snapshot);
    CHECK(w.workspace()->reviews()->reviews()->count() == 2);

    w.document()->undoStack()->undo();
    CHECK(w.document()->plan().reviews.size() == 1);
    CHECK(w.stored().reviews.size() == 1);
    w.document()->undoStack()->redo();
    CHECK(w.stored().reviews.back().title == QStringLiteral("Fall 2025 review"));
}

TEST_CASE("recommendations move a step at a time and notes are added, each undoable, the snapshot untouched", "[app][gui][review]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    ReviewsView *view = w.workspace()->reviews();
    const Review frozen = w.document()->plan().reviews.front();

    CHECK(view->addRecommendation(QStringLiteral("  "), {}).contains(QStringLiteral("Write the recommendation")));
    CHECK(view->addRecommendation(QStringLiteral("Report chronic absenteeism by campus"), QStringLiteral("1.1")).isEmpty());
    REQUIRE(view->recommendations()->rowCount() == 6);
    CHECK(view->recommendations()->item(5, 2)->text() == QStringLiteral("Proposed"));

    // Proposed cannot be approved before it is forwarded; the message says what can come next.
    CHECK(view->advanceRecommendation(5, RecommendationState::Approved, QDate(2025, 11, 1), {})
              .contains(QStringLiteral("can next be forwarded to the board")));
    CHECK(view->advanceRecommendation(5, RecommendationState::Forwarded, QDate(2025, 11, 1), QStringLiteral("With the winter update")).isEmpty());
    CHECK(view->recommendations()->item(5, 2)->text() == QStringLiteral("Forwarded to the board"));
    CHECK(view->addNote(QStringLiteral("1.2-L1"), QStringLiteral("Ask for TSI data by campus")).isEmpty());

    const Plan stored = w.stored();
    const Review &saved = stored.reviews.front();
    CHECK(saved.recommendations.size() == 6);
    CHECK(saved.recommendations.back().state() == RecommendationState::Forwarded);
    CHECK(saved.recommendations.back().changes.back().note == QStringLiteral("With the winter update"));
    CHECK(saved.notes.size() == frozen.notes.size() + 1);
    CHECK(saved.snapshot == frozen.snapshot);
    CHECK(std::any_of(stored.audit.begin(), stored.audit.end(), [](const AuditEntry &entry) {
        return entry.field == QStringLiteral("recommendation (Fall 2024 review)") && entry.newValue.startsWith(QStringLiteral("forwarded"));
    }));

    w.document()->undoStack()->undo(); // the note
    w.document()->undoStack()->undo(); // the step
    CHECK(w.stored().reviews.front().recommendations.back().state() == RecommendationState::Proposed);
    CHECK(w.stored().reviews.front().notes.size() == frozen.notes.size());
}

TEST_CASE("the walk-through moves goal by goal by keyboard and records the committee's assessment", "[app][gui][review]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    ReviewsView *view = w.workspace()->reviews();
    view->walkThrough();
    auto *mode = w.window.findChild<ReviewMode *>(QStringLiteral("reviewMode"));
    REQUIRE(mode);
    CHECK(mode->isFullScreen());
    auto *position = mode->findChild<QLabel *>(QStringLiteral("walkPosition"));
    CHECK(position->text() == QStringLiteral("Fall 2024 review · goal 1 of 4"));
    CHECK(position->font().pixelSize() >= 16); // large type for the room

    QTest::keyClick(mode, Qt::Key_PageDown);
    CHECK(mode->goalIndex() == 1);
    CHECK(position->text().endsWith(QStringLiteral("goal 2 of 4")));
    QTest::keyClick(mode, Qt::Key_End);
    QTest::keyClick(mode, Qt::Key_PageDown); // stays on the last
    CHECK(mode->goalIndex() == 3);
    QTest::keyClick(mode, Qt::Key_PageUp);
    QTest::keyClick(mode, Qt::Key_Left);
    CHECK(mode->goalIndex() == 1);

    // P2 judged at risk by the committee for the year the review looks at.
    CHECK(mode->assessGoal(Status::AtRisk, QStringLiteral("Vacancies rising at two campuses")).isEmpty());
    const Plan stored = w.stored();
    const Goal &staff = stored.goals[1];
    REQUIRE(staff.assessments.size() == 1);
    CHECK(staff.assessments.front().year == SchoolYear(2023));
    CHECK(staff.assessments.front().rationale == QStringLiteral("Vacancies rising at two campuses"));
    CHECK(mode->goalIndex() == 1); // still on the goal after the edit
    // An objective of the goal in view; not one of another goal.
    CHECK(mode->assess(QStringLiteral("2.1"), Status::OnTrack, QStringLiteral("Vacancies filled")).isEmpty());
    CHECK(w.stored().goals[1].objectives[0].assessments.size() == 1);
    CHECK(mode->assess(QStringLiteral("1.1"), Status::OnTrack, {}).contains(QStringLiteral("not this goal")));

    QTest::keyClick(mode, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(w.window.findChild<ReviewMode *>(QStringLiteral("reviewMode")) == nullptr);
}

// On a file alone: the minutes are a PDF written from the plan in memory.
TEST_CASE("the Reviews tab writes a review's minutes", "[app][gui][review]")
{
    Window w;
    w.workspace()->showTab(Workspace::Tab::Reviews);
    const QString pdf = w.dir.filePath(QStringLiteral("minutes.pdf"));
    CHECK(w.workspace()->reviews()->writeMinutes(pdf).isEmpty());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Minutes — Fall 2024 review")));
}

TEST_CASE("two reviews are compared with each other, the earlier first", "[app][gui][review]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    ReviewsView *view = w.workspace()->reviews();
    // A year on, the CCMR value corrected, a second review starts.
    const Measure before = measureOf(w.document()->plan(), QStringLiteral("1.2-L1"));
    Measure after = before;
    after.actuals[SchoolYear(2023)] = Actual::of(66);
    REQUIRE(w.document()->push(new SetMeasureValues(w.document(), {before}, {after}, QStringLiteral("Correct"))));
    StartReviewDialog dialog(*w.document());
    Review review = dialog.review();
    review.year = SchoolYear(2023);
    review.snapshot = ReviewCompare::snapshotOf(PlanStatus::evaluate(w.document()->plan(), review.year, QDate(2024, 10, 22)));
    REQUIRE(w.document()->push(new StartReview(w.document(), review)));

    view->reviews()->setCurrentRow(1); // the new review
    QComboBox *with = view->compareWith();
    REQUIRE(with->count() == 2); // now, and the Fall 2024 review
    with->setCurrentIndex(1);
    emit with->activated(1);
    bool corrected = false;
    for (int row = 0; row < view->changes()->rowCount(); ++row)
        corrected = corrected
                    || (view->changes()->item(row, 0)->text().startsWith(QStringLiteral("1.2-L1 ")) && view->changes()->item(row, 1)->text() == QStringLiteral("actual")
                        && view->changes()->item(row, 2)->text() == QStringLiteral("71") && view->changes()->item(row, 3)->text() == QStringLiteral("66"));
    CHECK(corrected);
}

TEST_CASE("a mock fall meeting: start, walk every goal, record, forward, minutes, then the comparison shows the edits", "[app][gui][review]")
{
    Window w(GENERATE(from_range(backends())));
    const QDate meeting(2025, 10, 21);
    w.document()->setToday([meeting] { return meeting; });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    ReviewsView *view = w.workspace()->reviews();

    // Start the Fall 2025 review of 2024-25.
    StartReviewDialog dialog(*w.document());
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("attendeesEdit"))->setPlainText(QStringLiteral("Superintendent\nChief Academic Officer"));
    REQUIRE(w.document()->push(new StartReview(w.document(), dialog.review())));
    view->reviews()->setCurrentRow(1);
    REQUIRE(view->currentReview()->title == QStringLiteral("Fall 2025 review"));

    // Walk every goal by keyboard, recording as the committee speaks.
    view->walkThrough();
    auto *mode = w.window.findChild<ReviewMode *>(QStringLiteral("reviewMode"));
    REQUIRE(mode);
    CHECK(view->addNote(QStringLiteral("P1"), QStringLiteral("CCMR below trajectory again")).isEmpty());
    CHECK(mode->assessGoal(Status::AtRisk, QStringLiteral("CCMR and Masters grade level behind")).isEmpty());
    CHECK(view->addRecommendation(QStringLiteral("Expand TSI preparation to 9th grade"), QStringLiteral("1.2")).isEmpty());
    QTest::keyClick(mode, Qt::Key_PageDown);
    CHECK(view->addNote(QStringLiteral("P2"), QStringLiteral("Turnover improving")).isEmpty());
    CHECK(view->addRecommendation(QStringLiteral("Keep the fall staff survey"), QStringLiteral("2.3")).isEmpty());
    QTest::keyClick(mode, Qt::Key_PageDown);
    QTest::keyClick(mode, Qt::Key_PageDown);
    CHECK(mode->goalIndex() == 3);
    CHECK(mode->assessGoal(Status::OnTrack, QStringLiteral("Facilities plan adopted")).isEmpty());
    CHECK(view->addRecommendation(QStringLiteral("Publish the facilities plan"), QStringLiteral("4.1")).isEmpty());
    QTest::keyClick(mode, Qt::Key_Escape);
    QApplication::processEvents();

    // Forward the three recommendations to the board.
    for (int row = 0; row < 3; ++row)
        CHECK(view->advanceRecommendation(row, RecommendationState::Forwarded, meeting.addDays(120), {}).isEmpty());
    const Review &review = *view->currentReview();
    CHECK(review.recommendations.size() == 3);
    CHECK(std::all_of(review.recommendations.begin(), review.recommendations.end(),
                      [](const Recommendation &r) { return r.state() == RecommendationState::Forwarded; }));

    // The minutes hold what was recorded.
    const QString pdf = w.dir.filePath(QStringLiteral("minutes.pdf"));
    REQUIRE(view->writeMinutes(pdf).isEmpty());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString minutes = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &expected : {QStringLiteral("CCMR below trajectory again"), QStringLiteral("CCMR and Masters grade level behind"),
                                    QStringLiteral("Expand TSI preparation to 9th grade"), QStringLiteral("Forwarded to the board")})
        CHECK(minutes.contains(expected));

    // Values change after the meeting; the comparison shows those edits.
    const Measure before = measureOf(w.document()->plan(), QStringLiteral("2.1-L1"));
    Measure after = before;
    after.actuals[SchoolYear(2024)] = Actual::of(98.5);
    REQUIRE(w.document()->push(new SetMeasureValues(w.document(), {before}, {after}, QStringLiteral("Final HR count"))));
    view->reviews()->setCurrentRow(1);
    QStringList changed;
    for (int row = 0; row < view->changes()->rowCount(); ++row)
        changed.append(view->changes()->item(row, 0)->text().section(QLatin1Char(' '), 0, 0) + QLatin1Char(':')
                       + view->changes()->item(row, 1)->text());
    CHECK(changed.contains(QStringLiteral("2.1-L1:actual")));
    CHECK(changed.contains(QStringLiteral("2.1-L1:status")));
    CHECK(changed.contains(QStringLiteral("P1:status"))); // the committee's assessment
    for (const QString &change : changed)
        CHECK((change.startsWith(QStringLiteral("2.1")) || change.startsWith(QStringLiteral("P1:")) || change.startsWith(QStringLiteral("P2:"))
               || change.startsWith(QStringLiteral("P4:"))));
}

TEST_CASE("recommendations are listed by review or all together, filtered by state, and a step applies to the row chosen", "[app][gui][review]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    ReviewsView *view = w.workspace()->reviews();
    QComboBox *scope = view->scopeFilter();
    QComboBox *state = view->stateFilter();

    state->setCurrentIndex(state->findData(int(RecommendationState::Forwarded)));
    REQUIRE(view->recommendations()->rowCount() == 1);
    CHECK(view->recommendations()->item(0, 1)->text() == QStringLiteral("2.3"));
    CHECK(view->advanceRecommendation(0, RecommendationState::Approved, QDate(2025, 10, 21), QStringLiteral("Board vote")).isEmpty());
    CHECK(view->recommendations()->rowCount() == 0); // no longer forwarded
    state->setCurrentIndex(state->findData(int(RecommendationState::Approved)));
    CHECK(view->recommendations()->rowCount() == 2);

    StartReviewDialog dialog(*w.document());
    REQUIRE(w.document()->push(new StartReview(w.document(), dialog.review())));
    view->reviews()->setCurrentRow(1);
    CHECK(view->addRecommendation(QStringLiteral("Report attendance monthly"), {}).isEmpty());
    state->setCurrentIndex(0); // any state
    CHECK(view->recommendations()->rowCount() == 1);
    scope->setCurrentIndex(scope->findData(true));
    REQUIRE(view->recommendations()->rowCount() == 6);
    CHECK(view->recommendations()->item(0, 4)->text() == QStringLiteral("Fall 2024 review"));
    CHECK(view->recommendations()->item(5, 4)->text() == QStringLiteral("Fall 2025 review"));
}

namespace {

// Every row of a table as "cell | cell | …".
QStringList rowsOf(const QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

bool anyContainsAll(const QStringList &rows, const QStringList &parts)
{
    return std::any_of(rows.begin(), rows.end(), [&parts](const QString &row) {
        return std::all_of(parts.begin(), parts.end(), [&row](const QString &part) { return row.contains(part); });
    });
}

} // namespace

TEST_CASE("an item's notes are shown with who wrote them and when, in the walk-through and the Reviews tab", "[app][gui][review]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    w.workspace()->showTab(Workspace::Tab::Reviews);
    ReviewsView *view = w.workspace()->reviews();
    REQUIRE(view->addNote(QStringLiteral("1.2-L1"), QStringLiteral("Ask for TSI data by campus")).isEmpty());
    const ItemNote added = w.document()->plan().reviews.front().notes.back();
    const QString addedOn = added.when.toLocalTime().date().toString(Qt::ISODate);
    const QString who = w.document()->repository().actor();
    REQUIRE_FALSE(who.isEmpty());

    // The Reviews tab lists the chosen review's notes: the sample's and the new one.
    auto *notes = view->findChild<QTableWidget *>(QStringLiteral("reviewNotes"));
    REQUIRE(notes);
    CHECK(notes->isVisible());
    const QStringList rows = rowsOf(notes);
    CHECK(anyContainsAll(rows, {QStringLiteral("1.2-L1"), QStringLiteral("CCMR rose to 71%"), QStringLiteral("Chief Academic Officer"),
                                QStringLiteral("2024-10-22")}));
    CHECK(anyContainsAll(rows, {QStringLiteral("1.2-L1"), QStringLiteral("Ask for TSI data by campus"), who, addedOn}));
    CHECK(rows.size() == 4);

    // The walk-through shows, on each goal's page, the notes on that goal's items.
    view->walkThrough();
    auto *mode = w.window.findChild<ReviewMode *>(QStringLiteral("reviewMode"));
    REQUIRE(mode);
    auto *walkNotes = mode->findChild<QLabel *>(QStringLiteral("walkNotes"));
    REQUIRE(walkNotes);
    CHECK(walkNotes->isVisible());
    QString page = walkNotes->text();
    for (const QString &expected : {QStringLiteral("CCMR rose to 71%"), QStringLiteral("Chief Academic Officer"), QStringLiteral("2024-10-22"),
                                    QStringLiteral("Ask for TSI data by campus"), who, addedOn})
        CHECK(page.contains(expected));
    CHECK_FALSE(page.contains(QStringLiteral("Survey response rate"))); // a note on 2.3, goal 2's
    QTest::keyClick(mode, Qt::Key_PageDown);
    page = walkNotes->text();
    CHECK(page.contains(QStringLiteral("Survey response rate")));
    CHECK(page.contains(QStringLiteral("Chief Human Resources Officer")));
    CHECK_FALSE(page.contains(QStringLiteral("CCMR rose")));

    // A note recorded during the walk appears on the page at once.
    REQUIRE(view->addNote(QStringLiteral("P2"), QStringLiteral("Turnover improving")).isEmpty());
    CHECK(walkNotes->text().contains(QStringLiteral("Turnover improving")));
    QTest::keyClick(mode, Qt::Key_Escape);
}

TEST_CASE("the Reviews tab opens on the latest review by date, and its counts agree with the list", "[app][gui][review]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return QDate(2025, 10, 21); });
    // The Fall 2025 review, then a Spring 2024 check-in entered late.
    Plan plan = readPlanJson(socorroSample());
    Review fall = plan.reviews.front();
    fall.title = QStringLiteral("Fall 2025 review");
    fall.date = QDate(2025, 10, 21);
    fall.year = SchoolYear(2024);
    fall.notes.clear();
    Recommendation recommendation;
    recommendation.text = QStringLiteral("Report chronic absenteeism by campus");
    recommendation.changes.push_back(StateChange{RecommendationState::Proposed, fall.date, {}});
    fall.recommendations = {recommendation};
    Review spring = fall;
    spring.title = QStringLiteral("Spring 2024 check-in");
    spring.date = QDate(2024, 4, 10);
    spring.year = SchoolYear(2023);
    spring.recommendations.clear();
    plan.reviews.push_back(fall);
    plan.reviews.push_back(spring);
    const QString path = w.dir.filePath(QStringLiteral("three-reviews.cairn"));
    Repository::create(path, plan);
    REQUIRE(w.window.openPlan(path));
    w.workspace()->showTab(Workspace::Tab::Reviews);
    ReviewsView *view = w.workspace()->reviews();
    REQUIRE(view->reviews()->count() == 3);
    REQUIRE(view->currentReview());
    CHECK(view->currentReview()->title == QStringLiteral("Fall 2025 review"));

    // Every count said above the lists is the count of what they list.
    const auto countsAgree = [view] {
        auto *heading = view->findChild<QLabel *>(QStringLiteral("recommendationsHeading"));
        REQUIRE(heading);
        std::map<QString, int> byState;
        for (int row = 0; row < view->recommendations()->rowCount(); ++row)
            ++byState[view->recommendations()->item(row, 2)->text().toLower()];
        INFO(heading->text().toStdString());
        for (const auto &[state, count] : byState)
            CHECK(heading->text().contains(QStringLiteral("%1 %2").arg(count).arg(state)));
        CHECK(heading->text().contains(QString::number(view->recommendations()->rowCount())));
        const QString changes = view->findChild<QLabel *>(QStringLiteral("changesHeading"))->text();
        INFO(changes.toStdString());
        const QRegularExpressionMatch proposed = QRegularExpression(QStringLiteral("(\\d+) recommendations? proposed")).match(changes);
        if (proposed.hasMatch())
            CHECK(proposed.captured(1).toInt() == byState[QStringLiteral("proposed")]);
        const QRegularExpressionMatch changed = QRegularExpression(QStringLiteral("(\\d+) changes?")).match(changes);
        REQUIRE(changed.hasMatch());
        CHECK(changed.captured(1).toInt() == view->changes()->rowCount());
    };
    REQUIRE(view->recommendations()->rowCount() == 1);
    countsAgree();
    view->reviews()->setCurrentRow(0); // Fall 2024: five, each in another state
    REQUIRE(view->recommendations()->rowCount() == 5);
    countsAgree();
    view->scopeFilter()->setCurrentIndex(view->scopeFilter()->findData(true));
    REQUIRE(view->recommendations()->rowCount() == 6);
    countsAgree();
}
