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
