#include "planfixtures.h"

#include "storage/planjson.h"
#include "storage/repository.h"

using namespace cairn;
using namespace cairn::test;

TEST_CASE("export, import and export again give the same bytes", "[json]")
{
    const QString path = GENERATE(socorroSample(), belenSample(), dataPath(QStringLiteral("full-plan.json")));
    INFO(path.toStdString());
    const QByteArray original = readAll(path);
    const Plan plan = readPlanJson(path);

    // Through a plan file, as `cairn-cli import` then `export` do.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.cairn"));
    Repository::create(file, plan);
    const QByteArray exported = PlanJson::write(Repository::open(file)->load());
    CHECK(exported == original);
    CHECK(PlanJson::write(readPlanJson(path)) == original);
}

TEST_CASE("the Socorro sample holds the plan's SMART measures faithfully", "[json][samples]")
{
    const Plan plan = readPlanJson(socorroSample());
    REQUIRE(plan.goals.size() == 4);
    CHECK(plan.goals[0].code == QStringLiteral("P1"));
    const Objective &ccmrObjective = plan.goals[0].objectives[1];
    CHECK(ccmrObjective.code == QStringLiteral("1.2"));
    const auto ccmr = std::find_if(ccmrObjective.measures.begin(), ccmrObjective.measures.end(),
                                   [](const Measure &m) { return m.name.contains(QStringLiteral("CCMR")); });
    REQUIRE(ccmr != ccmrObjective.measures.end());
    CHECK(ccmr->baseline.year == SchoolYear(2021));
    CHECK(ccmr->baseline.value == 56.0);
    const std::map<SchoolYear, double> targets{{SchoolYear(2022), 63}, {SchoolYear(2023), 70}, {SchoolYear(2024), 77},
                                               {SchoolYear(2025), 84}, {SchoolYear(2026), 91}};
    CHECK(ccmr->targets == targets);

    const Measure &rating = plan.goals[0].objectives[0].measures[4];
    CHECK(rating.name == QStringLiteral("District accountability rating"));
    REQUIRE(rating.children.size() == 3);
    CHECK(rating.children[0].name == QStringLiteral("Approaches Grade Level"));
    CHECK(rating.children[0].baseline.value == 77.0);
    CHECK(rating.children[0].finalTarget.value == 90.0);

    const Measure &sel = plan.goals[0].objectives[2].measures[1];
    CHECK(sel.baseline.isPending());
    CHECK(plan.description.contains(QStringLiteral("illustrative"), Qt::CaseInsensitive));
}

TEST_CASE("the example in docs/file-format.md is a valid plan", "[json][docs]")
{
    const QString doc = QString::fromUtf8(readAll(sourcePath(QStringLiteral("docs/file-format.md"))));
    const qsizetype start = doc.indexOf(QStringLiteral("```json\n"));
    REQUIRE(start >= 0);
    const qsizetype end = doc.indexOf(QStringLiteral("```"), start + 8);
    const auto result = PlanJson::read(doc.mid(start + 8, end - start - 8).toUtf8());
    for (const JsonProblem &problem : result.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    REQUIRE(result.plan.has_value());
    CHECK(result.plan->goals[0].objectives[0].measures[0].actuals.at(SchoolYear(2024)).value == 44.5);
}
