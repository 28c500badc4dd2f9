#include "reportpdf.h"

#include "report/boardreport.h"
#include "report/minutesreport.h"

#include <QDir>
#include <QRegularExpression>

using namespace cairn;
using namespace cairn::test;

namespace {

// Moves `position` past the next `needle`; fails the test when it is not there.
void expectNext(const QString &text, const QString &needle, qsizetype &position)
{
    INFO("looking for " << needle.toStdString());
    const qsizetype found = text.indexOf(needle, position);
    REQUIRE(found >= 0);
    position = found + needle.size();
}

} // namespace

TEST_CASE("the sample's report holds the cover, every goal and measure, the recommendations and the appendix, in order", "[report][pdf]")
{
    const Plan &plan = socorro();
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString pdf = write(report, dir);

    const QString cover = textOf(pdf, 1);
    CHECK(cover.contains(QStringLiteral("Socorro Independent School District")));
    CHECK(cover.contains(QStringLiteral("Socorro ISD Strategic Plan 2023-2027")));
    CHECK(cover.contains(QStringLiteral("Progress Report — School Year 2024-25")));
    CHECK(cover.contains(QStringLiteral("Plan status: On track")));

    const int summaryPage = report.sections().value(QStringLiteral("summary"));
    REQUIRE(summaryPage > 2);
    const QString body = textOf(pdf, summaryPage, report.pageCount(), true);
    qsizetype position = 0;
    expectNext(body, QStringLiteral("Summary"), position);
    for (const Goal &goal : plan.goals) {
        expectNext(body, goal.code + QLatin1Char(' ') + goal.title, position);
        // Under each objective, the measures' table, then the dated outcomes', then the narrative outcomes'.
        const MeasureType tables[] = {MeasureType::Numeric, MeasureType::Milestone, MeasureType::Narrative};
        // A child measure is listed under its parent, in its parent's table.
        auto tableOf = [](const ItemView &item) { return item.parentMeasure ? item.parentMeasure->type : item.measure->type; };
        for (const MeasureType type : tables) {
            forEachItem(plan, [&](const ItemView &item) {
                if (item.measure && item.goal == &goal && !item.objective && tableOf(item) == type)
                    expectNext(body, item.code + QLatin1Char(' '), position);
            });
        }
        for (const Objective &objective : goal.objectives) {
            for (const MeasureType type : tables) {
                forEachItem(plan, [&](const ItemView &item) {
                    if (item.measure && item.objective == &objective && tableOf(item) == type)
                        expectNext(body, item.code + QLatin1Char(' '), position);
                });
            }
        }
    }
    expectNext(body, QStringLiteral("Committee recommendations"), position);
    expectNext(body, QStringLiteral("Fall 2024 review"), position);
    for (const Recommendation &recommendation : plan.reviews.front().recommendations)
        CHECK(body.contains(recommendation.text.left(40)));
    CHECK(body.contains(QStringLiteral("Declined")));
    expectNext(body, QStringLiteral("Appendix: how statuses are determined"), position);
    expectNext(body, QStringLiteral("Data notes"), position);
}

TEST_CASE("the report says what each status stands on, and how far goals without measured progress are", "[report][pdf][coverage]")
{
    const Plan &plan = socorro();
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString pdf = write(report, dir);

    // 16 of the sample's 109 measures have a status for 2024-25.
    const QString cover = textOf(pdf, 1);
    CHECK(cover.contains(QStringLiteral("Plan status: On track · 16 of 109 measures reported")));
    CHECK(cover.contains(QStringLiteral("56% of the way from the baselines to the final targets")));

    const QString body = textOf(pdf, report.sections().value(QStringLiteral("summary")), report.pageCount());
    qsizetype position = 0;
    expectNext(body, QStringLiteral("The plan in 2024-25: On track · 16 of 109 measures reported · 56% of the way"), position);
    expectNext(body, QStringLiteral("P3 Serve and market"), position); // the summary table: actions, not a percentage
    expectNext(body, QStringLiteral("2 of 9 actions"), position);
    // P1's numeric measures give its progress; P3's measures are all narratives.
    expectNext(body, QStringLiteral("P1 Grow and support each student with robust opportunities On track · 6 of 45 measures reported · "
                                    "36% of the way from the baselines to the final targets"),
               position);
    expectNext(body, QStringLiteral("1.3 All students will have responsible decision making"), position);
    expectNext(body, QStringLiteral("On track · 0 of 4 measures reported · 0 of 3 actions complete"), position);
    expectNext(body, QStringLiteral("P3 Serve and market to our community through communication, collaboration, and engagement On track · "
                                    "0 of 22 measures reported · 2 of 9 actions complete"),
               position);
    CHECK_FALSE(body.contains(QStringLiteral("0% progress")));
}

TEST_CASE("the report's metadata, page count and contents agree", "[report][pdf]")
{
    const Plan &plan = socorro();
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString pdf = write(report, dir);

    const QString info = poppler(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("Author:          Socorro Independent School District")));
    CHECK(info.contains(QStringLiteral("Subject:         Progress Report — School Year 2024-25")));
    CHECK(info.contains(QStringLiteral("Title:           Socorro ISD Strategic Plan 2023-2027")));
    CHECK(info.contains(QStringLiteral("(letter)")));
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() == report.pageCount());
    CHECK(textOf(pdf, report.pageCount()).contains(QStringLiteral("Page %1 of %1").arg(report.pageCount())));
    CHECK(textOf(pdf, 3).contains(QStringLiteral("Page 3 of %1").arg(report.pageCount())));

    // Each goal is on the page the contents page gives for it.
    const QString contents = textOf(pdf, 2);
    CHECK(contents.startsWith(QStringLiteral("Socorro Independent School District")));
    for (const Goal &goal : plan.goals) {
        const int page = report.sections().value(goal.code);
        INFO(goal.code.toStdString() << " on page " << page);
        REQUIRE(page > 0);
        CHECK(contents.contains(QRegularExpression(QRegularExpression::escape(goal.title.section(QLatin1Char(' '), -2)) + QStringLiteral("[ .]*")
                                                   + QString::number(page))));
        CHECK(textOf(pdf, page).contains(goal.code + QLatin1Char(' ') + goal.title.section(QLatin1Char(' '), 0, 3)));
    }
}

TEST_CASE("text from the plan prints literally, never as markup", "[report][pdf]")
{
    Plan plan = socorro();
    plan.title = QStringLiteral("<b>x</b> & y");
    plan.goals.front().title = QStringLiteral("<i>Students</i> &amp; staff");
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString text = textOf(write(report, dir));
    CHECK(text.contains(QStringLiteral("<b>x</b> & y")));
    CHECK(text.contains(QStringLiteral("<i>Students</i> &amp; staff")));
}

TEST_CASE("report options change the content as they say", "[report][pdf]")
{
    const Plan &plan = socorro();
    QTemporaryDir dir;
    const BoardReport full(plan, optionsFor(plan));
    const QString fullText = textOf(write(full, dir, QStringLiteral("full.pdf")));
    CHECK(fullText.contains(QStringLiteral("Under review"))); // a chart's label
    CHECK(fullText.contains(QStringLiteral("1.1A ")));        // an action's code

    ReportOptions options = optionsFor(plan);
    options.goals = {QStringLiteral("P2")};
    options.charts = false;
    options.actions = false;
    options.recommendations = false;
    options.paper = ReportOptions::Paper::A4;
    const BoardReport trimmed(plan, options);
    const QString path = write(trimmed, dir, QStringLiteral("trimmed.pdf"));
    const QString text = textOf(path);
    CHECK(text.contains(QStringLiteral("P2 Recruit and value all staff")));
    CHECK_FALSE(text.contains(QStringLiteral("P1 Grow and support")));
    CHECK_FALSE(text.contains(QStringLiteral("1.2-L1 ")));
    CHECK_FALSE(text.contains(QStringLiteral("Under review")));
    CHECK_FALSE(text.contains(QStringLiteral("2.1A ")));
    CHECK_FALSE(text.contains(QStringLiteral("Committee recommendations")));
    CHECK(trimmed.pageCount() < full.pageCount());
    CHECK(poppler(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("(A4)")));

    options = optionsFor(plan);
    options.year = SchoolYear(2023);
    const QString earlier = textOf(write(BoardReport(plan, options), dir, QStringLiteral("earlier.pdf")), 1);
    CHECK(earlier.contains(QStringLiteral("Progress Report — School Year 2023-24")));
}

TEST_CASE("a report compared with a review shows what changed since it", "[report][pdf][review]")
{
    const Plan &plan = socorro();
    ReportOptions options = optionsFor(plan);
    const BoardReport plain(plan, options);
    options.compareWith = plan.reviews.front().title;
    const BoardReport compared(plan, options);
    CHECK(compared.pageCount() > plain.pageCount());
    const int page = compared.sections().value(QStringLiteral("changes"));
    REQUIRE(page > 0);
    QTemporaryDir dir;
    const QString text = textOf(write(compared, dir), page, compared.pageCount());
    CHECK(text.contains(QStringLiteral("Changes since the Fall 2024 review")));
    CHECK(text.contains(QStringLiteral("1.2-L1 Graduates meeting CCMR criteria status")));
    CHECK(text.contains(QStringLiteral("1.2-L1 Graduates meeting CCMR criteria actual 71 72")));
    CHECK(text.contains(QStringLiteral("Recommendations decided since")));
}

TEST_CASE("a cancelled export leaves no file and keeps an older one", "[report][pdf]")
{
    const Plan &plan = socorro();
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    bool cancelled = false;
    int seen = 0;
    const QString message = report.writePdf(path, [&](int done, int) { return ++seen, done < 3; }, &cancelled);
    CHECK(cancelled);
    CHECK(seen == 3);
    CHECK(message.contains(QStringLiteral("cancelled")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    writeAll(path, "an older report");
    CHECK_FALSE(report.writePdf(path, [](int done, int) { return done < 2; }).isEmpty());
    CHECK(readAll(path) == "an older report");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("a review's minutes hold its attendees, notes by goal and recommendations", "[report][pdf][review]")
{
    Plan plan = socorro();
    REQUIRE_FALSE(plan.reviews.empty());
    Review &review = plan.reviews.front();
    // The committee's assessment of 2.3 for the year it reviewed, in its words.
    plan.goals[1].objectives[2].assessments = {Assessment{review.year, Status::AtRisk, QStringLiteral("Response rate too low to trust"), {}, {}}};
    const MinutesReport minutes(plan, review);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("minutes.pdf"));
    REQUIRE(minutes.writePdf(pdf).isEmpty());
    const QString text = textOf(pdf);
    qsizetype position = 0;
    expectNext(text, QStringLiteral("Minutes — Fall 2024 review"), position);
    expectNext(text, QStringLiteral("Attendees"), position);
    for (const QString &attendee : review.attendees)
        CHECK(text.contains(attendee));
    expectNext(text, QStringLiteral("P1 Grow and support"), position);
    expectNext(text, QStringLiteral("CCMR rose to 71%"), position);
    expectNext(text, QStringLiteral("P2 Recruit and value"), position);
    expectNext(text, QStringLiteral("Survey response rate was low"), position);
    expectNext(text, QStringLiteral("Response rate too low to trust"), position);
    expectNext(text, QStringLiteral("P4 Transparent"), position);
    expectNext(text, QStringLiteral("Recommendations"), position);
    for (const Recommendation &recommendation : review.recommendations)
        CHECK(text.contains(recommendation.text.left(30)));
    CHECK(text.contains(QStringLiteral("Approved by the board, 6-1")));
    CHECK(poppler(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Minutes — Fall 2024 review")));
}

TEST_CASE("dated outcomes have their own table, and every role's duties are listed under its actions and by role", "[report][pdf][activities]")
{
    const Plan plan = fullPlan();
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString pdf = write(report, dir);
    const QString body = textOf(pdf, 1, report.pageCount());

    // The milestone: outcome, due as the plan writes it, completed, evidence, status.
    qsizetype position = 0;
    expectNext(body, QStringLiteral("Dated outcome Due Completed Evidence"), position);
    expectNext(body, QStringLiteral("1.1-M2 Plan adopted By June 2024 2024-05-14"), position);
    CHECK(body.contains(QStringLiteral("Board minutes, May 2024")));
    CHECK_FALSE(body.contains(QStringLiteral("due 2024-06-30")));

    // Under the action, each role and its duty; the timeline as written.
    // (pdftotext reads a table column by column.)
    position = 0;
    expectNext(body, QStringLiteral("1.1A Tutoring"), position);
    expectNext(body, QStringLiteral("1.1B Ongoing work"), position);
    expectNext(body, QStringLiteral("2022-23, then every year"), position);
    expectNext(body, QStringLiteral("Principal Schedules tutors Teachers"), position);

    // The appendix: every duty of every role.
    expectNext(body, QStringLiteral("Appendix: responsibilities by role"), position);
    for (const Goal &goal : plan.goals)
        for (const Objective &objective : goal.objectives)
            for (const Action &action : objective.actions)
                for (const Responsibility &responsibility : action.responsibilities) {
                    CHECK(body.indexOf(responsibility.role, position) >= 0);
                    CHECK(body.indexOf(responsibility.duty, position) >= 0);
                }
}

TEST_CASE("narrative outcomes show the committee's latest judgement and its reason", "[report][pdf][activities]")
{
    Plan plan = fullPlan();
    Measure &narrative = plan.goals[0].measures[0];
    REQUIRE(narrative.type == MeasureType::Narrative);
    // An older judgement, and none yet for a second narrative outcome.
    narrative.assessments.insert(narrative.assessments.begin(),
                                 Assessment{SchoolYear(2023), Status::OnTrack, QStringLiteral("Started well"), QStringLiteral("Committee"), {}});
    Measure unjudged;
    unjudged.code = QStringLiteral("P1-M9");
    unjudged.name = QStringLiteral("Families feel heard");
    unjudged.type = MeasureType::Narrative;
    plan.goals[0].measures.push_back(unjudged);
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString body = textOf(write(report, dir), 1, report.pageCount(), true);

    qsizetype position = 0;
    expectNext(body, QStringLiteral("Narrative outcome Latest judgement Reason"), position);
    expectNext(body, QStringLiteral("P1-M1"), position);
    expectNext(body, QStringLiteral("At risk"), position);
    expectNext(body, QStringLiteral("Survey late"), position);
    expectNext(body, QStringLiteral("2024-25, Committee"), position);
    expectNext(body, QStringLiteral("P1-M9 Families feel heard Not yet judged"), position);
    CHECK_FALSE(body.contains(QStringLiteral("Started well")));
}

TEST_CASE("lists inside descriptions print as lists", "[report][pdf][activities]")
{
    Plan plan = fullPlan();
    plan.goals[0].description = QStringLiteral("Every student grows in:\n- reading\n- mathematics, with tutoring\n  after school\n\nMeasured each spring.");
    plan.goals[0].objectives[0].actions[0].description = QStringLiteral("Tutoring:\n1. hire tutors\n2. schedule them");
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    // Line by line as the page shows it: each item on a line of its own, behind its bullet or number.
    const QString page = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), write(report, dir), QStringLiteral("-")});
    auto line = [&](const char *pattern) {
        INFO(pattern);
        CHECK(page.contains(QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::MultilineOption)));
    };
    line(R"(^\s*Every student grows in:\s*$)");
    line(R"(^\s*•\s+reading\s*$)");
    line(R"(^\s*•\s+mathematics, with tutoring after school\s*$)");
    line(R"(^\s*Measured each spring\.\s*$)");
    line(R"(^1\.1A Tutoring:\s)");
    line(R"(^\s*1\. hire tutors\s*$)");
    line(R"(^\s*2\. schedule them\s*$)");
    CHECK_FALSE(page.contains(QStringLiteral(" - reading")));
}

TEST_CASE("a plan made of activities and outcomes prints whole: every duty, due date, judgement and attribute", "[report][pdf][activities]")
{
    const Plan plan = activitiesPlan();
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString pdf = write(report, dir);
    const QString body = textOf(pdf, 1, report.pageCount());
    const QString rows = textOf(pdf, 1, report.pageCount(), true);

    // Progress said by its basis, never as a distance from baselines.
    const QString cover = textOf(pdf, 1);
    CHECK(cover.contains(QStringLiteral("Plan status: On track · 11 of 15 measures reported")));
    CHECK(cover.contains(QStringLiteral("5 of 20 actions complete · 4 of 5 dated outcomes met")));
    CHECK_FALSE(body.contains(QStringLiteral("of the way from the baselines")));

    int duties = 0;
    int dated = 0;
    int narratives = 0;
    forEachItem(plan, [&](const ItemView &item) {
        INFO(item.code.toStdString());
        if (item.action) {
            CHECK(body.contains(item.code + QLatin1Char(' ')));
            for (const Responsibility &responsibility : item.action->responsibilities) {
                CHECK(body.contains(responsibility.role));
                CHECK(body.contains(responsibility.duty));
                ++duties;
            }
        } else if (item.measure && item.measure->type == MeasureType::Milestone) {
            CHECK(rows.contains(item.code + QLatin1Char(' ') + item.measure->name.section(QLatin1Char(' '), 0, 2)));
            CHECK(body.contains(item.measure->dueText));
            ++dated;
        } else if (item.measure && item.measure->type == MeasureType::Narrative) {
            CHECK(rows.contains(item.code + QLatin1Char(' ') + item.measure->name.left(30)));
            if (!item.measure->assessments.empty())
                CHECK(body.contains(item.measure->assessments.back().rationale.left(30)));
            ++narratives;
        }
    });
    CHECK(duties >= 40);
    CHECK(dated == 5);
    CHECK(narratives == 10);

    // The profile of a graduate: attributes × goals and objectives, with the count under each.
    qsizetype position = 0;
    expectNext(rows, QStringLiteral("The profile of a graduate across the plan"), position);
    // Each attribute's name whole in its column's heading, never cut inside a word.
    expectNext(rows, QStringLiteral("Goal or objective Critical Effective Collaborator Engaged Resilient"), position);
    expectNext(rows, QStringLiteral("Thinker Communicator Citizen Learner"), position);
    expectNext(rows, QStringLiteral("1 Teaching and Learning ✓ ✓"), position);
    expectNext(rows, QStringLiteral("Goals and objectives 2 4 4 2 4"), position);
}

TEST_CASE("the plan's own sections print in About the plan, one headed as a part introducing it", "[report][pdf]")
{
    Plan plan = fullPlan();
    plan.sections.push_back({QStringLiteral("Core values"), QStringLiteral("Our values answer how we act."), {}});
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString pdf = write(report, dir);
    const QString about = textOf(pdf, report.sections().value(QStringLiteral("about")), report.sections().value(QStringLiteral("summary")));
    qsizetype position = 0;
    expectNext(about, QStringLiteral("Core values Our values answer how we act. Caring — Kindness"), position);
    expectNext(about, QStringLiteral("Oversight The committee meets every fall."), position);
    CHECK(about.count(QStringLiteral("Core values")) == 1);
}
