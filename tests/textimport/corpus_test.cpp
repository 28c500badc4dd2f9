#include "outlinescore.h"

#include "core/plancheck.h"
#include "textimport/outlineplan.h"
#include "textimport/textimport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cairn;
using namespace cairn::textimport;

namespace {

QString corpusPath(const QString &name)
{
    return QStringLiteral(CAIRN_TEST_DATA "/plans-text/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Plan planOfFile(const QString &name)
{
    const Outline outline = readPlanText(QString::fromUtf8(readFile(corpusPath(name))), formatOfFile(name));
    return planOf(outline, SchoolYear(2024));
}

} // namespace

// Each corpus plan is read and scored against the outline kept beside it
// (NAME.expected.json): per kind, the share of the expected items found
// under the right parent with the right fields. The two real plans must be
// read almost whole; the plans written in other shapes must be read well.
TEST_CASE("plan texts are recognised as their expected outlines", "[textimport][corpus]")
{
    struct Case {
        const char *file;
        double floor;
    };
    const auto [file, floor] = GENERATE(values<Case>({
        {"belen-consolidated-strategic-plan.txt", 0.95},
        {"socorro-isd-strategic-plan-2023-2027.txt", 0.95},
        {"table-plan.html", 0.9},
        {"numbered-outline.txt", 0.9},
        {"goals-and-action-steps.md", 0.9},
        {"plan-estrategico.txt", 0.9},
    }));
    const QString name = QString::fromLatin1(file);
    const Plan plan = planOfFile(name);
    QString base = name;
    base.truncate(base.lastIndexOf(QLatin1Char('.')));
    const QJsonObject expected = QJsonDocument::fromJson(readFile(corpusPath(base + QStringLiteral(".expected.json")))).object();
    REQUIRE_FALSE(expected.isEmpty());

    const test::OutlineScore score = test::scoreOutline(plan, expected);
    const QString summary = score.summary(name);
    QStringList misses;
    for (const test::KindScore *kind : {&score.goals, &score.objectives, &score.actions, &score.measures, &score.about})
        misses.append(kind->misses);
    WARN(QString(summary + QLatin1Char('\n') + misses.join(QLatin1Char('\n'))).toStdString());
    CHECK(score.goals.share() >= floor);
    CHECK(score.objectives.share() >= floor);
    CHECK(score.actions.share() >= floor);
    CHECK(score.measures.share() >= floor);
    CHECK(score.about.share() >= floor);

    const std::vector<Finding> findings = PlanCheck::run(plan);
    for (const Finding &finding : findings)
        if (finding.severity == Finding::Severity::Error)
            UNSCOPED_INFO(QString(finding.item + QStringLiteral(": ") + finding.message).toStdString());
    CHECK_FALSE(PlanCheck::hasErrors(findings));
}
