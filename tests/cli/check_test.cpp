// cairn-cli check: findings grouped by kind, and a plan-quality rubric
// (Cairn's own, or a state's from a file) as text and as JSON.
#include "clirun.h"
#include "planfixtures.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cairn;
using namespace cairn::test;

namespace {

QString middle()
{
    return sourcePath(QStringLiteral("resources/samples/cerro-alto-middle-2024-25.json"));
}

QString exampleRubric()
{
    return sourcePath(QStringLiteral("resources/rubrics/state-review-example.json"));
}

QJsonObject componentOf(const QJsonObject &document, const QString &name)
{
    for (const QJsonValue &component : document.value(QStringLiteral("rubric")).toObject().value(QStringLiteral("components")).toArray())
        if (component.toObject().value(QStringLiteral("component")).toString() == name)
            return component.toObject();
    FAIL("no component " << name.toStdString());
    return {};
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("check groups findings of one kind on one line that names their items", "[cli][check]")
{
    const Run run = cli({QStringLiteral("check"), belenSample()});
    CHECK(run.exitCode == 0);
    // Belén's plan gives no owners: one line, not one per action.
    CHECK(run.out.contains(QRegularExpression(QStringLiteral("\nwarning\tActions without an owner: \\d+ \\(1\\.1\\.1, 1\\.1\\.2, .* and \\d+ more\\)\n"))));
    CHECK_FALSE(run.out.contains(QStringLiteral("Action 1.1.2 has no owner.")));
}

TEST_CASE("check --criteria default reviews the plan component by component, saying what to add", "[cli][check]")
{
    const Run run = cli({QStringLiteral("check"), middle(), QStringLiteral("--criteria"), QStringLiteral("default")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Plan quality by Cairn's plan-quality rubric:")));
    CHECK(run.out.contains(QStringLiteral("  ● Met              Mission: Stated in")));
    // The middle school lists no core values, and two of its objectives support nothing.
    CHECK(run.out.contains(QStringLiteral("  ○ Missing          Core values: None listed.")));
    CHECK(run.out.contains(QStringLiteral("Name the district item each of these supports (its Supports field): G3.2")));
    CHECK(run.out.contains(QStringLiteral("Components met: ")));
}

TEST_CASE("check --format json keeps every finding and gives each component its rating and items", "[cli][check]")
{
    const Run run = cli({QStringLiteral("check"), middle(), QStringLiteral("--criteria"), exampleRubric(), QStringLiteral("--format"),
                         QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray findings = document.value(QStringLiteral("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    CHECK(findings.size() == document.value(QStringLiteral("warnings")).toInt() + document.value(QStringLiteral("errors")).toInt());
    CHECK(findings.first().toObject().contains(QStringLiteral("group")));
    const QJsonArray components = document.value(QStringLiteral("rubric")).toObject().value(QStringLiteral("components")).toArray();
    // The state's components in its order, under its labels.
    REQUIRE(components.size() == 8);
    CHECK(components.first().toObject().value(QStringLiteral("component")).toString() == QStringLiteral("data_analysis"));
    const QJsonObject alignment = componentOf(document, QStringLiteral("alignment"));
    CHECK(alignment.value(QStringLiteral("label")).toString() == QStringLiteral("Aligns with the district improvement plan"));
    // 11 of 12 goals and objectives support a district item: met at the state's 90 %, with the last one still named.
    CHECK(alignment.value(QStringLiteral("rating")).toString() == QStringLiteral("met"));
    const QJsonObject gap = alignment.value(QStringLiteral("toAdd")).toArray().first().toObject();
    CHECK(gap.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("code")).toString() == QStringLiteral("G3.2"));
}

TEST_CASE("a rubric file that is not right is refused with what to fix, and nothing is checked", "[cli][check]")
{
    QTemporaryDir dir;
    const QString rubric = dir.filePath(QStringLiteral("rubric.json"));
    struct Case {
        const char *text;
        const char *says;
    };
    const Case cases[] = {
        {"{ not json", "rubric.json"},
        {R"({"format": "cairn-rubric", "version": 1, "components": [{"component": "smart_goals"}]})",
         "components[0].component: \"smart_goals\" is not a component Cairn reviews; use one of mission, vision, core_values"},
        {R"({"format": "cairn-rubric", "version": 1, "components": [{"component": "mission", "metPercent": 150}]})",
         "components[0].metPercent: expected a whole number from 1 to 100, got 150"},
        {R"({"format": "cairn-rubric", "version": 1, "components": [{"component": "mission"}, {"component": "mission"}]})",
         "\"mission\" is listed twice"},
        {R"({"format": "cairn-rubric", "version": 1, "components": []})", "components: lists no component"},
        {R"({"format": "cairn-plan", "version": 1, "components": [{"component": "mission"}]})", "this is not a Cairn rubric"},
    };
    for (const Case &test : cases) {
        write(rubric, test.text);
        const Run run = cli({QStringLiteral("check"), middle(), QStringLiteral("--criteria"), rubric});
        INFO(test.text << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QString::fromUtf8(test.says)));
        CHECK(run.err.contains(QStringLiteral("Nothing was checked.")));
        CHECK(run.out.isEmpty());
    }
    const Run missing = cli({QStringLiteral("check"), middle(), QStringLiteral("--criteria"), dir.filePath(QStringLiteral("none.json"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no file at")));
    CHECK(cli({QStringLiteral("check"), middle(), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
}
