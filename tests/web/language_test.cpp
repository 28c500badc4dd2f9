// The website in Spanish whatever the language in force: every page says
// lang="es", none of the English site's fixed words, Spanish dates, the
// district's numbers, and the CSV files exactly as in English.
#include "sitepages.h"

#include "i18n/language.h"

using namespace cairn;
using namespace cairn::test;

namespace {

const SchoolYear Year(2024);

// Every page of the site, one after the other.
QString allPages(const SitePages &site)
{
    QString all;
    for (const auto &[name, page] : site.pages)
        all += page;
    return all;
}

} // namespace

TEST_CASE("the Spanish website has lang=\"es\" on every page and none of the English site's fixed words", "[web][language]")
{
    REQUIRE(Language::installed() == Language::English);
    const Plan plan = readPlanJson(socorroSample());
    const SitePages english = SitePages::of(plan, Year);
    const SitePages spanish = SitePages::of(plan, Year, QDate(2025, 6, 30), Language::Spanish);
    REQUIRE(spanish.pages.size() == english.pages.size());
    for (const auto &[name, page] : spanish.pages) {
        INFO(name.toStdString());
        CHECK(page.contains(QLatin1String("<html lang=\"es\">")));
        CHECK_FALSE(page.contains(QLatin1String("<html lang=\"en\">")));
    }
    const QString en = allPages(english);
    const QString es = allPages(spanish);
    const char *const fixedWords[] = {
        "Skip to the content", "Overview", "About the plan", "Where the plan stands in", "Statuses for the", "Published ",
        "Every status is shown as a word and a shape", "What the columns hold", "Values for 2024-25", "Measures and actions",
        "Objectives by year", "Each objective", "Milestones and outcomes", "by school year", "Latest value", "Baseline ",
        "Target ", "Value, with its status", "Owner: ", "Source: ", "On track", "Off track", "At risk",
        "No data", "Not yet due", "Mission", "Vision", "School year",
    };
    for (const char *words : fixedWords) {
        INFO(words);
        CHECK(en.contains(QLatin1String(words)));
        CHECK_FALSE(es.contains(QLatin1String(words)));
    }
    for (const QString &words : {QStringLiteral("Ir al contenido"), QStringLiteral("En buen camino"), QStringLiteral("Acerca del plan")}) {
        INFO(words.toStdString());
        CHECK(es.contains(words));
    }
    // The language in force did not change.
    CHECK(Language::installed() == Language::English);
}

TEST_CASE("the Spanish website writes its dates in Spanish and its numbers as the district does", "[web][language]")
{
    const Plan plan = readPlanJson(socorroSample());
    const SitePages spanish = SitePages::of(plan, Year, QDate(2025, 6, 30), Language::Spanish);
    const QString footer = spanish.pages.at(QStringLiteral("index.html")).section(QStringLiteral("<footer>"), 1);
    CHECK(footer.contains(QStringLiteral("30 de junio de 2025")));
    CHECK(footer.contains(QStringLiteral("1 de julio de 2025")));
    const QString es = allPages(spanish);
    for (const char *month : {"June", "July", "January", "September", "October", "December"}) {
        INFO(month);
        CHECK_FALSE(es.contains(QLatin1String(month)));
    }
    // Decimals after a point, as in English ("89.2 (derivado)"), never a comma.
    CHECK(es.contains(QRegularExpression(QStringLiteral(">\\d+\\.\\d+[ %<]"))));
    CHECK_FALSE(es.contains(QRegularExpression(QStringLiteral(">\\d+,\\d{1,2}[ %<]"))));
}

TEST_CASE("the Spanish website's CSV files are the English site's, column names and all", "[web][language]")
{
    const Plan plan = readPlanJson(socorroSample());
    const SitePages english = SitePages::of(plan, Year);
    const SitePages spanish = SitePages::of(plan, Year, QDate(2025, 6, 30), Language::Spanish);
    int csv = 0;
    for (const auto &[name, bytes] : english.files) {
        if (!name.endsWith(QLatin1String(".csv")))
            continue;
        ++csv;
        INFO(name.toStdString());
        CHECK(spanish.files.at(name) == bytes);
    }
    CHECK(csv == 3); // 2022-23 to 2024-25
    // The data page names the columns as the files do.
    CHECK(spanish.pages.at(QStringLiteral("data.html")).contains(QStringLiteral("<dt lang=\"en\"><code>school year</code></dt>")));
}

TEST_CASE("an action's timeline wraps between its years, never inside one, however long the words around them", "[web][language]")
{
    const SitePages spanish = SitePages::of(readPlanJson(socorroSample()), Year, QDate(2025, 6, 30), Language::Spanish);
    const QString page = spanish.pages.at(QStringLiteral("goal-p4.html"));
    CHECK(page.contains(QStringLiteral("<td><span class=\"unbroken\">2023-24</span> a <span class=\"unbroken\">2026-27</span></td>")));
    CHECK_FALSE(page.contains(QStringLiteral("<td>2023-24 a 2026-27</td>")));
}
