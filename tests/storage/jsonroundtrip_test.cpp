#include "planfixtures.h"

#include "core/plancheck.h"
#include "storage/planjson.h"
#include "storage/repository.h"
#include "storage/valuescsv.h"

using namespace cairn;
using namespace cairn::test;

TEST_CASE("export, import and export again give the same bytes", "[json]")
{
    const QString path = GENERATE(socorroSample(), belenSample(), dataPath(QStringLiteral("full-plan.json")), dataPath(QStringLiteral("activities-plan.json")));
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

TEST_CASE("a value the values sheet accepts is exported and imported again; one beyond the limits is refused everywhere",
          "[json][values]")
{
    const Plan plan = readPlanJson(socorroSample());
    const QString code = QStringLiteral("1.2-L1");
    const QDateTime now(QDate(2025, 10, 1), QTime(9, 0), Qt::UTC);
    struct Case {
        const char *actual;
        double value;
        int noteLength;
        bool accepted;
    };
    // The limits of docs/file-format.md: numbers within ±10^15, notes of
    // at most 100,000 characters.
    const Case cases[] = {
        {"1e15", 1e15, 10, true},
        {"-1000000000000000", -1e15, 10, true},
        {"70.5", 70.5, 100'000, true},
        {"1000000000000001", 1000000000000001.0, 10, false},
        {"-1e16", -1e16, 10, false},
        {"70.5", 70.5, 100'001, false},
    };
    for (const Case &c : cases) {
        INFO(c.actual << ", a note of " << c.noteLength << " characters");
        const QString note(c.noteLength, QLatin1Char('n'));
        const QByteArray sheet = "code,school year,actual,note\r\n" + code.toUtf8() + ",2024-25," + c.actual + "," + note.toUtf8() + "\r\n";
        const auto reading = ValuesCsv::read(plan, sheet, QStringLiteral("ana"), now);
        for (const auto &problem : reading.problems)
            UNSCOPED_INFO(problem.toString().toStdString());

        // The same value as if it had come in some other way.
        Plan changed = plan;
        Actual &actual = const_cast<Measure &>(measureOf(changed, code)).actuals[SchoolYear(2024)];
        actual.value = c.value;
        actual.note = note;
        const auto imported = PlanJson::read(PlanJson::write(changed));
        for (const auto &problem : imported.problems)
            UNSCOPED_INFO(problem.toString().toStdString());

        if (c.accepted) {
            REQUIRE(reading.problems.empty());
            REQUIRE(reading.changes.size() == 1);
            CHECK(reading.changes[0].after.value == c.value);
            CHECK(reading.changes[0].after.note == note);
            REQUIRE(imported.plan.has_value());
            CHECK(measureOf(*imported.plan, code).actuals.at(SchoolYear(2024)).value == c.value);
            CHECK(measureOf(*imported.plan, code).actuals.at(SchoolYear(2024)).note == note);
            CHECK_FALSE(PlanCheck::hasErrors(PlanCheck::run(changed)));
        } else {
            CHECK_FALSE(reading.problems.empty());
            CHECK(reading.changes.empty());
            CHECK_FALSE(imported.plan.has_value());
            CHECK(PlanCheck::hasErrors(PlanCheck::run(changed)));
        }
    }
}

TEST_CASE("the plans the reader accepts break none of the rules cairn-cli check applies", "[json][rules]")
{
    const QString path = GENERATE(socorroSample(), belenSample(), dataPath(QStringLiteral("full-plan.json")), dataPath(QStringLiteral("activities-plan.json")));
    INFO(path.toStdString());
    for (const Finding &finding : PlanCheck::run(readPlanJson(path))) {
        INFO(finding.item.toStdString() << ": " << finding.message.toStdString());
        CHECK(finding.severity == Finding::Severity::Warning);
    }
}

TEST_CASE("an audit entry longer than any one field is exported and imported again", "[json][rules]")
{
    // Editing an action's progress notes logs all of them in one entry: three
    // notes of 90,000 characters make a value of 270,000.
    Plan plan = readPlanJson(socorroSample());
    AuditEntry entry;
    entry.field = QStringLiteral("notes");
    entry.newValue = QString(270'000, QLatin1Char('n'));
    plan.audit.push_back(entry);
    const auto imported = PlanJson::read(PlanJson::write(plan));
    for (const auto &problem : imported.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    REQUIRE(imported.plan.has_value());
    CHECK(imported.plan->audit.back().newValue == entry.newValue);
}
