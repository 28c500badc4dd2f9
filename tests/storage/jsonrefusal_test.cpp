#include "planfixtures.h"

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
    const QByteArray huge(JsonLimits::MaxTextLength + 10, 'x');
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
        {"empty code", replaced(R"("code": "G1")", R"("code": "  ")"), "plan.goals[0].code", "must not be empty"},
        {"duplicate code", replaced(R"("code": "2.1-M2")", R"("code": "2.1-M1")"), "plan.goals[1].objectives[0].measures[1].code",
         "already used at plan.goals[1].objectives[0].measures[0].code"},
        {"duplicate code across kinds", replaced(R"("code": "2.1")", R"("code": "G1")"), "plan.goals[1].objectives[0].code", "already used"},
        {"unknown enum", replaced(R"("kind": "long_term", "type": "numeric"})", R"("kind": "long_term", "type": "percentage"})"),
         "plan.goals[1].objectives[0].measures[0].type", "expected one of numeric, milestone or narrative"},
        {"unknown field", replaced(R"("code": "G1",)", R"("code": "G1", "colour": "red",)"), "plan.goals[0].colour", "unknown field"},
        {"duplicate key", replaced(R"("code": "G1",)", R"("code": "G1", "code": "G9",)"), "plan.goals[0].code", "appears twice"},
        {"NaN literal", replaced(R"("2024": 56)", R"("2024": NaN)"), "", "not valid JSON"},
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
         "plan.goals[0].assessments[1].year", "already has an assessment"},
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
