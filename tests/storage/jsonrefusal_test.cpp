#include "planfixtures.h"

#include "core/planrules.h"
#include "storage/planjson.h"

using namespace cairn;
using namespace cairn::test;

namespace {

// A small valid document; each case below breaks one thing in it.
const char *const valid = R"({
  "format": "cairn-plan", "version": 1,
  "plan": {
    "title": "T", "firstYear": "2022-23", "lastYear": "2026-27", "reportYear": "2024-25",
    "goals": [
      {"code": "G1", "title": "Goal"},
      {"code": "G2", "title": "Goal two", "objectives": [
        {"code": "2.1", "title": "Objective", "measures": [
          {"code": "2.1-M1", "name": "M1", "kind": "long_term", "type": "numeric"},
          {"code": "2.1-M2", "name": "M2", "kind": "long_term", "type": "numeric"},
          {"code": "2.1-M3", "name": "M3", "kind": "long_term", "type": "numeric", "targets": {"2024": 56}}
        ]}
      ]}
    ]
  }
})";

QByteArray replaced(const char *from, const QByteArray &to)
{
    QByteArray text(valid);
    REQUIRE(text.contains(from));
    return text.replace(from, to);
}

QByteArray nested(int depth)
{
    QByteArray text = replaced(R"("title": "T",)", R"("title": "T", "description": )");
    QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
    const QByteArray value = "\"description\": " + deep + ",";
    return text.replace(R"("description": )", value);
}

struct Case {
    const char *name;
    QByteArray document;
    const char *path;  // the path the message must name
    const char *words; // and words it must contain
};

} // namespace

TEST_CASE("the valid base document is accepted", "[json]")
{
    const auto result = PlanJson::read(valid);
    for (const auto &problem : result.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    CHECK(result.plan.has_value());
}

TEST_CASE("malformed and hostile documents are refused with the path of the problem", "[json]")
{
    const QByteArray huge(PlanRules::MaxTextLength + 10, 'x');
    const std::vector<Case> cases{
        {"not JSON at all", "Goal 1: students", "", "not valid JSON"},
        {"truncated", QByteArray(valid).left(200), "", "not valid JSON"},
        {"empty", "", "", "not valid JSON"},
        {"a list, not an object", "[1, 2]", "", "expected an object"},
        {"wrong format", replaced(R"("format": "cairn-plan")", R"("format": "clearpoint")"), "format", "not a Cairn plan"},
        {"newer version", replaced(R"("version": 1)", R"("version": 7)"), "version", "newer Cairn"},
        {"version as text", replaced(R"("version": 1)", R"("version": "1")"), "version", "expected a whole number"},
        {"no plan", replaced(R"("plan": {)", R"("plot": {)"), "plot", "unknown field"},
        {"target as text", replaced(R"("2024": 56)", R"("2024": "56%")"),
         R"(plan.goals[1].objectives[0].measures[2].targets["2024"])", R"(expected a number, got "56%")"},
        {"target null", replaced(R"("2024": 56)", R"("2024": null)"), R"(targets["2024"])", "expected a number"},
        {"target key not a year", replaced(R"("2024": 56)", R"("next year": 56)"), R"(targets["next year"])", "not a school year"},
        {"year outside 1900-2200", replaced(R"("firstYear": "2022-23")", R"("firstYear": "1850-51")"), "plan.firstYear", "between 1900 and 2200"},
        {"year far future", replaced(R"("2024": 56)", R"("2999": 56)"), R"(targets["2999"])", "not a school year"},
        {"years out of order", replaced(R"("lastYear": "2026-27")", R"("lastYear": "2020-21")"), "plan.lastYear", "before the first year"},
        {"report year outside", replaced(R"("reportYear": "2024-25")", R"("reportYear": "2030-31")"), "plan.reportYear", "outside the plan"},
        {"missing title", replaced(R"("title": "T",)", ""), "plan.title", "is required"},
        {"empty code", replaced(R"("code": "G1")", R"("code": "  ")"), "plan.goals[0].code", "the code is required and must not be blank"},
        {"duplicate code", replaced(R"("code": "2.1-M2")", R"("code": "2.1-M1")"), "plan.goals[1].objectives[0].measures[1].code",
         "already used by plan.goals[1].objectives[0].measures[0];"},
        {"duplicate code across kinds", replaced(R"("code": "2.1")", R"("code": "G1")"), "plan.goals[1].objectives[0].code", "already used"},
        {"unknown enum", replaced(R"("kind": "long_term", "type": "numeric"})", R"("kind": "long_term", "type": "percentage"})"),
         "plan.goals[1].objectives[0].measures[0].type", "expected one of numeric, milestone or narrative"},
        {"unknown field", replaced(R"("code": "G1",)", R"("code": "G1", "colour": "red",)"), "plan.goals[0].colour", "unknown field"},
        {"plan identity not a UUID", replaced(R"("title": "T",)", R"("id": "plan-42", "title": "T",)"), "plan.id",
         R"(expected a plan identity, a UUID such as)"},
        {"unknown plan kind", replaced(R"("title": "T",)", R"("kind": "campus", "title": "T",)"), "plan.kind",
         "expected one of district, school or department"},
        {"aligned to no plan", replaced(R"("title": "T",)", R"("alignsTo": {"title": "District plan"}, "title": "T",)"), "plan.alignsTo.id",
         "the identity (\"id\") of the district plan"},
        {"supports not a list", replaced(R"("code": "G1",)", R"("code": "G1", "supports": "P1",)"), "plan.goals[0].supports", "expected a list"},
        {"duplicate key", replaced(R"("code": "G1",)", R"("code": "G1", "code": "G9",)"), "plan.goals[0].code", "appears twice"},
        {"NaN literal", replaced(R"("2024": 56)", R"("2024": NaN)"), "", "not valid JSON"},
        {"numbers written no known way", replaced(R"("title": "T",)", R"("title": "T", "numbers": "1'234.5",)"), "plan.numbers",
         "is no way of writing numbers; use \"1,234.5\", \"1.234,5\" or \"1 234,5\""},
        {"numbers as a number", replaced(R"("title": "T",)", R"("title": "T", "numbers": 1234.5,)"), "plan.numbers", "expected"},
        {"unknown suppression rule", replaced(R"("title": "T",)", R"("title": "T", "suppression": "ny",)"), "plan.suppression",
         "use tx, wi, de, ca or min-n:N"},
        {"group size not whole", replaced(R"("targets": {"2024": 56})", R"("actuals": {"2024": {"value": 56, "n": 12.5}})"),
         R"(measures[2].actuals["2024"].n)", "a whole number, 0 or more"},
        {"group size negative", replaced(R"("targets": {"2024": 56})", R"("actuals": {"2024": {"value": 56, "n": -3}})"),
         R"(actuals["2024"].n)", "a whole number, 0 or more"},
        {"Infinity literal", replaced(R"("2024": 56)", R"("2024": Infinity)"), "", "not valid JSON"},
        {"number overflowing to infinity", replaced(R"("2024": 56)", R"("2024": 1e999)"), R"(targets["2024"])", "number overflow"},
        {"number too large", replaced(R"("2024": 56)", R"("2024": 1e300)"), R"(targets["2024"])", "between -1e15 and 1e15"},
        {"deep nesting", nested(10000), "plan.description", "nested more than"},
        {"moderate nesting in a text field", nested(5), "plan.description", "expected a text"},
        {"enormous string", replaced(R"("title": "T")", QByteArray("\"title\": \"") + huge + QByteArray("\"")), "plan.title", "characters"},
        {"goals not a list", replaced(R"("goals": [)", R"("goals": {"x": [)").replace("]\n  }\n}", "]}\n  }\n}"), "plan.goals", "expected a list"},
        {"percent complete out of range",
         replaced(R"({"code": "G1", "title": "Goal"})",
                  R"({"code": "G1", "title": "Goal", "objectives": [{"code": "1.1", "title": "O", "actions": [{"code": "1.1A", "description": "A", "percentComplete": 150}]}]})"),
         "plan.goals[0].objectives[0].actions[0].percentComplete", "from 0 to 100"},
        {"bad due", replaced(R"({"code": "G1", "title": "Goal"})",
                             R"({"code": "G1", "title": "Goal", "objectives": [{"code": "1.1", "title": "O", "actions": [{"code": "1.1A", "description": "A", "due": "soon"}]}]})"),
         "plan.goals[0].objectives[0].actions[0].due", "\"ongoing\""},
        {"bad date", replaced(R"("name": "M1",)", R"("name": "M1", "due": "2024-02-30",)"), "measures[0].due", "expected a date"},
        {"negative tolerance", replaced(R"("name": "M1",)", R"("name": "M1", "tolerance": -1,)"), "measures[0].tolerance", "must not be negative"},
        {"actual without value", replaced(R"("name": "M1",)", R"("name": "M1", "actuals": {"2023-24": {"note": "n"}},)"),
         R"(measures[0].actuals["2023-24"].value)", "is required"},
        {"recommendation without state", replaced(R"("goals": [)", R"("reviews": [{"title": "R", "year": "2024-25", "recommendations": [{"text": "Do"}]}], "goals": [)"),
         "plan.reviews[0].recommendations[0].changes", "at least one state change"},
        {"two assessments for one year", replaced(R"({"code": "G1", "title": "Goal"})",
                                                  R"({"code": "G1", "title": "Goal", "assessments": [{"year": "2024-25", "status": "on_track"}, {"year": "2024", "status": "at_risk"}]})"),
         "plan.goals[0].assessments[1].year", "are the same school year (2024-25); keep one"},
        {"the same assessment year twice", replaced(R"({"code": "G1", "title": "Goal"})",
                                                   R"({"code": "G1", "title": "Goal", "assessments": [{"year": "2024-25", "status": "on_track"}, {"year": "2024-25", "status": "at_risk"}]})"),
         "plan.goals[0].assessments[1].year", "2024-25 appears a second time; keep one"},
        {"name longer than 1,000 characters", replaced(R"("name": "M1",)", "\"name\": \"" + QByteArray(1'001, 'm') + "\","),
         "plan.goals[1].objectives[0].measures[0].name", "1001 characters long; at most 1000"},
        {"actual note longer than 100,000 characters",
         replaced(R"("name": "M1",)", "\"name\": \"M1\", \"actuals\": {\"2023-24\": {\"value\": 1, \"note\": \"" + QByteArray(100'001, 'n') + "\"}},"),
         R"(plan.goals[1].objectives[0].measures[0].actuals["2023-24"].note)", "100001 characters long; at most 100000"},
        {"date before 1900", replaced(R"("name": "M1",)", R"("name": "M1", "due": "1850-06-30",)"), "measures[0].due",
         "1850-06-30 is not between 1900 and 2201"},
        {"baseline value without year", replaced(R"("name": "M1",)", R"("name": "M1", "baseline": {"value": 40},)"),
         "measures[0].baseline.year", "is required"},
        {"invalid UTF-8", replaced(R"("title": "T")", "\"title\": \"\xff\xfe\""), "", "not valid JSON"},
        {"too many entries", replaced(R"("goals": [)", QByteArray("\"people\": [") + QByteArray("{\"name\": \"x\"},").repeated(JsonLimits::MaxArrayLength + 1) + QByteArray("{\"name\": \"y\"}], \"goals\": [")),
         "plan.people", "more than"},
    };
    REQUIRE(cases.size() >= 25);

    for (const Case &c : cases) {
        INFO(c.name);
        const auto result = PlanJson::read(c.document);
        CHECK_FALSE(result.plan.has_value());
        REQUIRE_FALSE(result.problems.empty());
        const bool named = std::any_of(result.problems.begin(), result.problems.end(), [&](const JsonProblem &problem) {
            return problem.path.contains(QString::fromUtf8(c.path)) && problem.toString().contains(QString::fromUtf8(c.words));
        });
        for (const JsonProblem &problem : result.problems)
            UNSCOPED_INFO(problem.toString().toStdString());
        CHECK(named);
    }
}

TEST_CASE("every problem in a document is reported, not just the first", "[json]")
{
    QByteArray text = replaced(R"("2024": 56)", R"("2024": "56%")");
    text.replace(R"("code": "G1")", R"("code": 12)");
    text.replace(R"("type": "numeric"})", R"("type": "graph"})");
    const auto result = PlanJson::read(text);
    CHECK(result.problems.size() >= 3);
}

TEST_CASE("two spellings of one school year in a year-keyed collection refuse the plan", "[json]")
{
    struct Spellings {
        const char *name;
        const char *from;
        const char *to;
        const char *path;   // the collection the message must name
        const char *first;  // the two spellings, as written
        const char *second;
        const char *year;   // the school year they both mean
    };
    const char *const m1 = R"("name": "M1",)";
    const std::vector<Spellings> cases{
        {"targets: a start year and a label", m1, R"("name": "M1", "targets": {"2024": 56, "2024-25": 60},)",
         "plan.goals[1].objectives[0].measures[0].targets", "2024", "2024-25", "2024-25"},
        {"targets: a slash and a dash", m1, R"("name": "M1", "targets": {"2022/23": 56, "2022-23": 60},)",
         "plan.goals[1].objectives[0].measures[0].targets", "2022/23", "2022-23", "2022-23"},
        {"actuals: a start year and a label", m1,
         R"("name": "M1", "actuals": {"2024": {"value": 50, "note": "Final", "who": "Ana"}, "2024-25": {"value": 51, "note": "Revised", "who": "Ben"}},)",
         "plan.goals[1].objectives[0].measures[0].actuals", "2024", "2024-25", "2024-25"},
        {"actuals: a slash and a dash", m1,
         R"("name": "M1", "actuals": {"2022/23": {"value": 50}, "2022-23": {"value": 51}},)",
         "plan.goals[1].objectives[0].measures[0].actuals", "2022/23", "2022-23", "2022-23"},
        {"actuals: four digits and an en dash", m1,
         "\"name\": \"M1\", \"actuals\": {\"2023-2024\": {\"value\": 50}, \"2023\u201324\": {\"value\": 51}},",
         "plan.goals[1].objectives[0].measures[0].actuals", "2023-2024", "2023\u201324", "2023-24"},
        {"assessments of a goal", R"({"code": "G1", "title": "Goal"})",
         R"({"code": "G1", "title": "Goal", "assessments": [{"year": "2024-25", "status": "on_track"}, {"year": "2024", "status": "at_risk"}]})",
         "plan.goals[0].assessments[1].year", "2024-25", "2024", "2024-25"},
        {"assessments of a measure", m1,
         R"("name": "M1", "assessments": [{"year": "2022/23", "status": "on_track"}, {"year": "2022-2023", "status": "at_risk"}],)",
         "plan.goals[1].objectives[0].measures[0].assessments[1].year", "2022/23", "2022-2023", "2022-23"},
    };
    for (const Spellings &c : cases) {
        INFO(c.name);
        const auto result = PlanJson::read(replaced(c.from, QByteArray(c.to)));
        for (const JsonProblem &problem : result.problems)
            UNSCOPED_INFO(problem.toString().toStdString());
        CHECK_FALSE(result.plan.has_value());
        const auto quoted = [](const char *text) -> QString { return QLatin1Char('"') + QString::fromUtf8(text) + QLatin1Char('"'); };
        const bool named = std::any_of(result.problems.begin(), result.problems.end(), [&](const JsonProblem &problem) {
            return problem.path == QString::fromUtf8(c.path) && problem.message.contains(quoted(c.first))
                && problem.message.contains(quoted(c.second))
                && problem.message.contains(QStringLiteral("same school year (%1); keep one").arg(QString::fromUtf8(c.year)));
        });
        CHECK(named);
    }
}
