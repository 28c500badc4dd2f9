#include "sitepages.h"

#include "core/coveragetext.h"
#include "core/planstatus.h"
#include "core/statustext.h"
#include "storage/valuescsv.h"
#include "web/goalpage.h"
#include "web/html.h"

using namespace cairn;
using namespace cairn::test;
using cairn::web::GoalPage;
using cairn::web::Html;

namespace {

const SchoolYear Year(2024);
const QDate AsOf(2025, 6, 30);

// The status word shown first after `marker` in `page`.
QString statusAfter(const QString &page, const QString &marker)
{
    const qsizetype at = page.indexOf(marker);
    if (at < 0)
        return QStringLiteral("(no %1)").arg(marker);
    static const QRegularExpression word(QStringLiteral("<span class=\"status-word\">([^<]*)</span>"));
    const auto match = word.match(page, at);
    return match.hasMatch() ? match.captured(1) : QStringLiteral("(no status)");
}

} // namespace

TEST_CASE("every goal has a page, linked from the home page and the navigation", "[web]")
{
    const Plan plan = readPlanJson(GENERATE(socorroSample(), belenSample()));
    const SitePages site = SitePages::of(plan, Year);
    REQUIRE(site.pages.count(QStringLiteral("index.html")) == 1);
    REQUIRE(site.pages.count(QStringLiteral("about.html")) == 1);
    REQUIRE(site.pages.count(QStringLiteral("data.html")) == 1);
    CHECK(site.pages.size() == plan.goals.size() + 3);
    for (std::size_t i = 0; i < plan.goals.size(); ++i) {
        const QString file = GoalPage::fileName(plan.goals[i], i);
        INFO(file.toStdString());
        REQUIRE(site.pages.count(file) == 1);
        CHECK(site.pages.at(file).contains(QStringLiteral("<h1>%1 %2</h1>").arg(plan.goals[i].code, plan.goals[i].title.toHtmlEscaped())));
        for (const auto &[name, page] : site.pages)
            CHECK(page.contains(QStringLiteral("href=\"%1\"").arg(file)));
    }
}

TEST_CASE("the pages show the statuses the plan status computes", "[web]")
{
    const Plan plan = readPlanJson(socorroSample());
    const PlanStatus status = PlanStatus::evaluate(plan, Year, AsOf);
    const SitePages site = SitePages::of(plan, Year, AsOf);

    CHECK(statusAfter(site.pages.at(QStringLiteral("index.html")), QStringLiteral("class=\"standing\"")) == CoverageText::status(status.plan()));
    int checked = 0;
    for (std::size_t g = 0; g < plan.goals.size(); ++g) {
        const Goal &goal = plan.goals[g];
        const QString &page = site.pages.at(GoalPage::fileName(goal, g));
        CHECK(statusAfter(page, QStringLiteral("<h1>")) == CoverageText::status(*status.find(goal.code)));
        CHECK(statusAfter(site.pages.at(QStringLiteral("index.html")), QStringLiteral("<h3><a href=\"%1\">").arg(GoalPage::fileName(goal, g)))
              == CoverageText::status(*status.find(goal.code)));
        forEachItem(plan, [&](const ItemView &item) {
            if (item.goal != &goal || item.kind == ItemKind::Goal)
                return;
            const ItemStatus *expected = status.find(item.code);
            REQUIRE(expected);
            INFO(item.code.toStdString());
            QString marker;
            switch (item.kind) {
            case ItemKind::Objective: marker = QStringLiteral("id=\"%1\"").arg(Html::anchor(QStringLiteral("objective"), item.code)); break;
            case ItemKind::Measure: marker = QStringLiteral("id=\"%1\"").arg(Html::anchor(QStringLiteral("measure"), item.code)); break;
            case ItemKind::Action: marker = QStringLiteral("<th scope=\"row\">%1</th>").arg(item.code.toHtmlEscaped()); break;
            case ItemKind::Goal: break;
            }
            const QString shown = statusAfter(page, marker);
            INFO(shown.toStdString());
            CHECK((shown == CoverageText::status(*expected) || shown == StatusText::word(expected->judgement.status)));
            ++checked;
        });
    }
    CHECK(checked > 150); // every objective, measure and action of the sample
}

TEST_CASE("every status is a word with a shape beside it", "[web]")
{
    const SitePages site = SitePages::of(readPlanJson(socorroSample()), Year);
    for (const auto &[name, page] : site.pages) {
        INFO(name.toStdString());
        const QStringList statuses = SitePages::captures(page, QStringLiteral("<span class=\"status\">(.*?)</span></span>"));
        for (const QString &status : statuses) {
            CHECK(status.startsWith(QLatin1String("<svg class=\"shape\"")));
            CHECK(status.contains(QLatin1String("aria-hidden=\"true\"")));
            CHECK(!status.section(QLatin1String("status-word\">"), 1).trimmed().isEmpty());
        }
    }
}

TEST_CASE("links are relative and lead to files and anchors of the site", "[web]")
{
    const SitePages site = SitePages::of(readPlanJson(GENERATE(socorroSample(), belenSample())), Year);
    int links = 0;
    for (const auto &[name, page] : site.pages) {
        INFO(name.toStdString());
        const QStringList targets = SitePages::captures(page, QStringLiteral("(?:href|src)=\"([^\"]*)\""));
        for (const QString &target : targets) {
            INFO(target.toStdString());
            CHECK(!target.contains(QLatin1String(":")));
            CHECK(!target.startsWith(QLatin1Char('/')));
            const QString file = target.section(QLatin1Char('#'), 0, 0);
            const QString anchor = target.section(QLatin1Char('#'), 1);
            const QString &into = file.isEmpty() ? page : site.pages.count(file) ? site.pages.at(file) : QString();
            CHECK((file.isEmpty() || site.files.count(file) == 1));
            if (!anchor.isEmpty())
                CHECK(into.contains(QStringLiteral("id=\"%1\"").arg(anchor)));
            ++links;
        }
    }
    CHECK(links > 20);
}

TEST_CASE("nothing refers to another host: no http, no web font, no script", "[web]")
{
    const SitePages site = SitePages::of(readPlanJson(socorroSample()), Year);
    for (const auto &[name, bytes] : site.files) {
        INFO(name.toStdString());
        if (name.endsWith(QLatin1String(".csv")))
            continue;
        const QString text = QString::fromUtf8(bytes);
        CHECK(!text.contains(QLatin1String("http:"), Qt::CaseInsensitive));
        CHECK(!text.contains(QLatin1String("https:"), Qt::CaseInsensitive));
        CHECK(!text.contains(QLatin1String("\"//")));
        CHECK(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        CHECK(!text.contains(QLatin1String("@import")));
        CHECK(!text.contains(QLatin1String("url(")));
    }
}

TEST_CASE("every page has its language, landmarks, a skip link and headings in order", "[web]")
{
    const SitePages site = SitePages::of(readPlanJson(GENERATE(socorroSample(), belenSample())), Year);
    for (const auto &[name, page] : site.pages) {
        INFO(name.toStdString());
        CHECK(page.contains(QLatin1String("<html lang=\"en\">")));
        CHECK(page.contains(QLatin1String("<title>")));
        for (const char *landmark : {"<header", "<nav aria-label=", "<main id=\"main\"", "<footer"})
            CHECK(page.count(QLatin1String(landmark)) == 1);
        CHECK(page.indexOf(QLatin1String("<a class=\"skip\" href=\"#main\">")) < page.indexOf(QLatin1String("<nav")));
        CHECK(page.count(QLatin1String("<h1")) == 1);
        int previous = 0;
        for (const QString &level : SitePages::captures(page, QStringLiteral("<h([1-6])[ >]"))) {
            CHECK(level.toInt() <= previous + 1);
            previous = level.toInt();
        }
        CHECK(page.count(QLatin1String("<th>")) == 0); // every header cell has its scope
        CHECK(page.count(QLatin1String("<table")) == page.count(QLatin1String("<caption>")));
        CHECK(page.count(QLatin1String("<svg class=\"chart\"")) == page.count(QLatin1String("role=\"img\" aria-labelledby=")));
    }
}

TEST_CASE("each chart has a description in words and its values in a table", "[web]")
{
    const Plan plan = readPlanJson(socorroSample());
    const SitePages site = SitePages::of(plan, Year);
    const QString &page = site.pages.at(GoalPage::fileName(plan.goals[0], 0));
    const Measure &measure = measureOf(plan, QStringLiteral("1.1-L1"));
    const qsizetype section = page.indexOf(QStringLiteral("id=\"%1\"").arg(Html::anchor(QStringLiteral("measure"), measure.code)));
    REQUIRE(section >= 0);
    const QString rest = page.mid(section, page.indexOf(QLatin1String("</section>"), section) - section);
    CHECK(rest.contains(QLatin1String("<desc id=")));
    CHECK(rest.contains(QStringLiteral("Baseline 88 in 2021-22.")));
    CHECK(rest.contains(QStringLiteral("Target 94 by 2026-27.")));
    CHECK(rest.contains(QStringLiteral("<caption>1.1-L1 by school year</caption>")));
    const Actual &latest = measure.actuals.at(Year);
    CHECK(rest.contains(QStringLiteral("<th scope=\"row\">2024-25</th><td>91.6 (derived)</td><td>%1</td>").arg(latest.value)));
}

TEST_CASE("the data page offers the plan's values as the CSV values export writes", "[web]")
{
    const Plan plan = readPlanJson(socorroSample());
    const SitePages site = SitePages::of(plan, Year);
    const QString &page = site.pages.at(QStringLiteral("data.html"));
    for (SchoolYear year = plan.firstYear; year <= Year; year = year.next()) {
        const QString file = QStringLiteral("values-%1.csv").arg(year.label());
        INFO(file.toStdString());
        CHECK(page.contains(QStringLiteral("href=\"%1\"").arg(file)));
        REQUIRE(site.files.count(file) == 1);
        ValuesCsv::Selection selection;
        selection.year = year;
        CHECK(site.files.at(file) == ValuesCsv::write(plan, selection));
    }
    // A value a user would look for is in the year's file.
    const QString csv = QString::fromUtf8(site.files.at(QStringLiteral("values-2024-25.csv")));
    CHECK(csv.contains(QStringLiteral("1.1-L1,District accountability rating,")));
    CHECK(csv.contains(QStringLiteral(",2024-25,91.6,%1,").arg(measureOf(plan, QStringLiteral("1.1-L1")).actuals.at(Year).value)));
    // Nothing from after the year published.
    CHECK(site.files.count(QStringLiteral("values-2025-26.csv")) == 0);
}

TEST_CASE("the plan's own text never turns into markup", "[web]")
{
    Plan plan = readPlanJson(socorroSample());
    plan.title = QStringLiteral("<script>alert(1)</script>");
    plan.goals[0].description = QStringLiteral("<img src=x onerror=alert(2)>\n- one <b>\n- two");
    const SitePages site = SitePages::of(plan, Year);
    for (const auto &[name, page] : site.pages) {
        CHECK(!page.contains(QLatin1String("<script>")));
        CHECK(!page.contains(QLatin1String("<img")));
    }
    CHECK(site.pages.at(QStringLiteral("index.html")).contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(site.pages.at(GoalPage::fileName(plan.goals[0], 0)).contains(QLatin1String("<ul><li>one &lt;b&gt;</li><li>two</li></ul>")));
}
