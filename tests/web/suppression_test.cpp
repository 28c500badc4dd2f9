#include "sitepages.h"

#include "core/suppression.h"

using namespace cairn;
using namespace cairn::test;

namespace {

const SchoolYear Year(2024);

Measure group(const char *code, double value, std::optional<int> n)
{
    Measure measure;
    measure.code = QString::fromLatin1(code);
    measure.name = QStringLiteral("Group ") + measure.code;
    measure.unit = Unit::Percent;
    measure.decimals = 1;
    Actual actual = Actual::of(value);
    actual.n = n;
    measure.actuals[Year] = actual;
    return measure;
}

// A plan whose one measure has five student groups of different sizes.
Plan smallGroups()
{
    Measure all = group("M", 71.1, 500);
    all.name = QStringLiteral("All students");
    all.children = {group("A", 12.3, 3), group("B", 34.5, 40), group("C", 56.7, 25), group("D", 78.9, 12), group("E", 98.4, 30)};
    Objective objective;
    objective.code = QStringLiteral("1.1");
    objective.title = QStringLiteral("Reading");
    objective.measures.push_back(all);
    Goal goal;
    goal.code = QStringLiteral("1");
    goal.title = QStringLiteral("Students");
    goal.objectives.push_back(objective);
    Plan plan;
    plan.title = QStringLiteral("Small groups");
    plan.firstYear = SchoolYear(2023);
    plan.lastYear = SchoolYear(2025);
    plan.reportYear = Year;
    plan.goals.push_back(goal);
    return plan;
}

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
    const Row row = GENERATE(values<Row>({
        {"none", {}, {"12.3", "34.5", "56.7", "78.9", "98.4", "71.1"}},
        {"tx", {"12.3", "78.9"}, {"34.5", "56.7", "98.4", "71.1"}},             // 3 hidden, 12 (next-smallest) with it
        {"wi", {"12.3", "78.9"}, {"34.5", "56.7", "98.4", "71.1"}},             // 5 or fewer, and its complement
        {"de", {"12.3", "78.9", "98.4"}, {"34.5", "56.7", "71.1", ">95%"}},     // 15 or fewer; 98.4 coded
        {"ca", {"12.3"}, {"34.5", "56.7", "78.9", "98.4", "71.1"}},             // fewer than 11
        {"min-n:30", {"12.3", "56.7", "78.9"}, {"34.5", "98.4", "71.1"}},       // fewer than 30
    }));
    INFO("rule " << row.rule);
    const SitePages site = publishedWith(smallGroups(), row.rule);
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
    if (suppressing)
        CHECK(site.pages.at(QStringLiteral("goal-1.html")).contains(QStringLiteral("not shown (small group)")));
}

TEST_CASE("the plan's own rule is the default, and a group's value without its size is not published under it", "[web][suppression]")
{
    Plan plan = smallGroups();
    plan.suppression = QStringLiteral("ca");
    plan.goals[0].objectives[0].measures[0].children[1].actuals[Year].n.reset(); // B's size unknown
    const SitePages site = publishedWith(plan, nullptr);
    CHECK_FALSE(anywhere(site, QStringLiteral("12.3")));
    CHECK_FALSE(anywhere(site, QStringLiteral("34.5")));
    CHECK(anywhere(site, QStringLiteral("56.7")));
    // Overridden for one publication.
    CHECK(anywhere(publishedWith(plan, "none"), QStringLiteral("12.3")));
}

TEST_CASE("a withheld group's chart says it was withheld and why, not that no value was recorded", "[web][suppression]")
{
    const QString page = publishedWith(smallGroups(), "tx").pages.at(QStringLiteral("goal-1.html"));
    // A's chart (its own, five groups being too many to draw over M's).
    const qsizetype chart = page.indexOf(QStringLiteral("<desc id=\"chart-a-desc\">"));
    REQUIRE(chart >= 0);
    const QString description = page.mid(chart, page.indexOf(QStringLiteral("</desc>"), chart) - chart);
    CHECK(description.contains(QStringLiteral("Withheld to protect a small student group: not shown (small group) in 2024-25.")));
    CHECK_FALSE(description.contains(QStringLiteral("No value recorded yet.")));
    // Its table says the same.
    CHECK(page.contains(QStringLiteral("<td>not shown (small group)</td>")));
}
