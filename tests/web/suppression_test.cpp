#include "planfixtures.h"
#include "sitepages.h"

#include "core/suppression.h"

using namespace cairn;
using namespace cairn::test;

namespace {

const SchoolYear Year(2024);

// `rule` overrides the plan's own; nullptr: the plan's.
SitePages publishedWith(const Plan &plan, const char *rule)
{
    SitePages site;
    web::PublishOptions options{Year, QDate(2025, 6, 30), QDate(2025, 7, 1),
                                rule ? SuppressionRule::parse(QString::fromLatin1(rule)) : std::nullopt};
    for (const web::Website::File &file : web::Website::build(plan, options)) {
        site.files[file.path] = file.bytes;
        if (file.path.endsWith(QLatin1String(".html")))
            site.pages[file.path] = QString::fromUtf8(file.bytes);
    }
    return site;
}

bool anywhere(const SitePages &site, const QString &text)
{
    return std::any_of(site.files.begin(), site.files.end(), [&](const auto &file) { return QString::fromUtf8(file.second).contains(text); });
}

} // namespace

TEST_CASE("a published site carries no value of a group the rule hides, nor one that would give it away", "[web][suppression]")
{
    struct Row {
        const char *rule;
        std::vector<const char *> hidden;
        std::vector<const char *> shown;
    };
    // The 2024-25 values, then the 2023-24 baselines (groups of 4, 41, 24, 13, 31).
    const Row row = GENERATE(values<Row>({
        {"none", {}, {"12.3", "34.5", "56.7", "78.9", "98.4", "71.1", "11.1", "33.3", "55.5", "77.7", "97.7", "70.2"}},
        {"tx", {"12.3", "78.9", "11.1", "77.7"}, {"34.5", "56.7", "98.4", "71.1", "33.3", "55.5", "97.7", "70.2"}}, // 1 to 4, and the next-smallest
        {"wi", {"12.3", "78.9", "11.1", "77.7"}, {"34.5", "56.7", "98.4", "71.1", "33.3", "55.5", "97.7", "70.2"}}, // 5 or fewer, and the complement
        {"de", {"12.3", "78.9", "98.4", "11.1", "77.7", "97.7"}, {"34.5", "56.7", "71.1", ">95%", "33.3", "55.5", "70.2"}}, // 15 or fewer; above 95 coded
        {"ca", {"12.3", "11.1"}, {"34.5", "56.7", "78.9", "98.4", "71.1", "33.3", "55.5", "77.7", "97.7", "70.2"}},          // fewer than 11
        {"min-n:30", {"12.3", "56.7", "78.9", "11.1", "55.5", "77.7"}, {"34.5", "98.4", "71.1", "33.3", "97.7", "70.2"}},   // fewer than 30
    }));
    INFO("rule " << row.rule);
    const SitePages site = publishedWith(smallGroupsPlan(), row.rule);
    for (const char *value : row.hidden) {
        INFO("hidden " << value);
        CHECK_FALSE(anywhere(site, QString::fromLatin1(value)));
    }
    for (const char *value : row.shown) {
        INFO("shown " << value);
        CHECK(anywhere(site, QString::fromLatin1(value).toHtmlEscaped()));
    }
    const bool suppressing = !row.hidden.empty();
    CHECK(site.pages.at(QStringLiteral("index.html")).contains(QStringLiteral("To protect students")) == suppressing);
    if (suppressing) {
        const QString &page = site.pages.at(QStringLiteral("goal-1.html"));
        CHECK(page.contains(QStringLiteral("not shown (small group)")));
        // A's withheld baseline keeps its year in A's table.
        CHECK(page.contains(QStringLiteral("<th scope=\"row\">2023-24 (baseline)</th><td>—</td><td>not shown (small group)</td>")));
    }
}

TEST_CASE("the plan's own rule is the default, and a group's value without its size is not published under it", "[web][suppression]")
{
    Plan plan = smallGroupsPlan();
    plan.suppression = QStringLiteral("ca");
    Measure &b = plan.goals[0].objectives[0].measures[0].children[1];
    b.actuals[Year].n.reset(); // B's sizes unknown
    b.baseline.n.reset();
    const SitePages site = publishedWith(plan, nullptr);
    CHECK_FALSE(anywhere(site, QStringLiteral("12.3")));
    CHECK_FALSE(anywhere(site, QStringLiteral("34.5")));
    CHECK_FALSE(anywhere(site, QStringLiteral("33.3")));
    CHECK(anywhere(site, QStringLiteral("56.7")));
    CHECK(anywhere(site, QStringLiteral("55.5")));
    // Overridden for one publication.
    CHECK(anywhere(publishedWith(plan, "none"), QStringLiteral("12.3")));
}

TEST_CASE("a withheld group's chart says it was withheld and why, not that no value was recorded", "[web][suppression]")
{
    const QString page = publishedWith(smallGroupsPlan(), "tx").pages.at(QStringLiteral("goal-1.html"));
    // A's chart (its own, five groups being too many to draw over M's).
    const qsizetype chart = page.indexOf(QStringLiteral("<desc id=\"chart-a-desc\">"));
    REQUIRE(chart >= 0);
    const QString description = page.mid(chart, page.indexOf(QStringLiteral("</desc>"), chart) - chart);
    CHECK(description.contains(QStringLiteral("Withheld to protect a small student group: not shown (small group) in 2024-25.")));
    CHECK_FALSE(description.contains(QStringLiteral("No value recorded yet.")));
    // Its table says the same.
    CHECK(page.contains(QStringLiteral("<td>not shown (small group)</td>")));
}
