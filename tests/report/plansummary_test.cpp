#include "planfixtures.h"

#include "report/plansummary.h"

#include <QTextDocument>

using namespace cairn;
using namespace cairn::test;

namespace {

// What a reader sees: the HTML laid out as text.
QString shownText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

TEST_CASE("plan text is shown literally, never as markup", "[report]")
{
    Plan plan = fullPlan();
    plan.title = QStringLiteral("<b>x</b> & y");
    plan.goals[0].title = QStringLiteral("<script>alert(1)</script>");
    const QString html = PlanSummary::html(plan);
    CHECK_FALSE(html.contains(QStringLiteral("<b>x</b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    const QString text = shownText(html);
    CHECK(text.contains(QStringLiteral("<b>x</b> & y")));
    CHECK(text.contains(QStringLiteral("<script>alert(1)</script>")));
    CHECK(text.contains(QStringLiteral("Río Grande Unified <School> District & Co")));
}

TEST_CASE("the summary shows the plan's front matter and goals", "[report]")
{
    const QString text = shownText(PlanSummary::html(readPlanJson(socorroSample())));
    CHECK(text.contains(QStringLiteral("Socorro Independent School District")));
    CHECK(text.contains(QStringLiteral("School years 2022-23 to 2026-27")));
    CHECK(text.contains(QStringLiteral("Tomorrow\u2019s Leaders Learning Today")));
    CHECK(text.contains(QStringLiteral("In Socorro ISD, We Believe")));
    CHECK(text.contains(QStringLiteral("P4 Finance: Transparent and efficient processes")));
    CHECK(text.contains(QStringLiteral("Objectives: 3 · Measures: 24 · Actions: 9")));
}

TEST_CASE("the overview shows the profile of a graduate across goals and objectives, and lists as lists", "[report][activities]")
{
    const Plan plan = activitiesPlan();
    QTextDocument document;
    document.setHtml(PlanSummary::html(plan));
    const QString text = document.toPlainText();
    CHECK(text.contains(QStringLiteral("Critical Thinker Analyzes evidence and solves complex problems.")));
    // The matrix: a row per goal and objective, marked under its attributes, counted.
    CHECK(text.contains(QStringLiteral("Goal or objective\nCritical Thinker\nEffective Communicator\nCollaborator\nEngaged Citizen\nResilient Learner")));
    CHECK(text.contains(QStringLiteral("Teaching and Learning\n✓ yes\n✓ yes\n\n\n\n")));
    CHECK(text.contains(QStringLiteral("Goals and objectives\n2\n4\n4\n2\n4")));
    // The plan's description keeps its list.
    CHECK(document.toHtml().contains(QStringLiteral("three goals, each tied to our Portrait of a Graduate</li>")));
}
