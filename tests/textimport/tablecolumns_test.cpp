// Plan tables whose first column numbers the rows ("#", "No.", "Code"):
// the number is the code of the row's action, or of its objective.
#include "textimport/textimport.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::textimport;

namespace {

QStringList actionCodes(const OutlineItem &objective)
{
    QStringList codes;
    for (const OutlineItem &child : objective.children)
        if (child.kind == ItemKind::Action)
            codes.append(child.code + QLatin1Char(' ') + child.title);
    return codes;
}

} // namespace

TEST_CASE("a '#' column gives the codes of a table's actions", "[textimport][table]")
{
    struct Row {
        const char *heading;
        const char *first;
        const char *second;
        const char *codes; // the objective's actions, as "code title|…"
    };
    const Row row = GENERATE(values<Row>({
        {"#", "1.1.1", "1.1.2", "1.1.1 Train K-3 teachers in phonics|1.1.2 Buy decodable readers"},
        {"No.", "1", "2", "1.1.1 Train K-3 teachers in phonics|1.1.2 Buy decodable readers"},
        {"Code", "1.1A", "1.1B", "1.1A Train K-3 teachers in phonics|1.1B Buy decodable readers"},
        {"Núm.", "a", "b", "1.1.a Train K-3 teachers in phonics|1.1.b Buy decodable readers"},
    }));
    CAPTURE(row.heading);
    const QString text = QStringLiteral("Goal 1: Every student reads\n\nObjective 1.1: Early literacy\n\n"
                                        "| %1 | Action step | Person responsible | Timeline |\n|---|---|---|---|\n"
                                        "| %2 | Train K-3 teachers in phonics | Director of Curriculum | 2024-25 |\n"
                                        "| %3 | Buy decodable readers | Principal | 2024-25 (and ongoing) |\n")
                             .arg(QString::fromUtf8(row.heading), QString::fromUtf8(row.first), QString::fromUtf8(row.second));
    const Outline outline = readPlanText(text, TextFormat::Markdown);
    REQUIRE(outline.goals.size() == 1);
    REQUIRE(outline.goals[0].children.size() == 1);
    const OutlineItem &objective = outline.goals[0].children[0];
    CHECK(actionCodes(objective).join(QLatin1Char('|')).toStdString() == row.codes);
    REQUIRE(objective.children.size() == 2);
    CHECK(objective.children[1].owner == QStringLiteral("Principal"));
    CHECK(outline.unplaced.isEmpty());
}
