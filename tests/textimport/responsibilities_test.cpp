// "Role: duty" lines written under an action are its responsibilities,
// whatever their layout; a labelled note that names no role is not.
#include "textimport/textimport.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::textimport;

namespace {

QString duties(const OutlineItem &action)
{
    QStringList out;
    for (const Responsibility &responsibility : action.responsibilities)
        out.append(responsibility.role + QStringLiteral(" = ") + responsibility.duty);
    return out.join(QStringLiteral("; "));
}

} // namespace

TEST_CASE("role and duty lines under an action are its responsibilities", "[textimport][responsibilities]")
{
    struct Row {
        const char *under;    // the lines written under action 1.1.1
        const char *duties;   // its responsibilities, as "role = duty; …"
        const char *owner;    // its owner
        const char *description;
    };
    const Row row = GENERATE(values<Row>({
        {"Principal: monitors classroom implementation weekly\nLiteracy Coach: models lessons and coaches teachers",
         "Principal = monitors classroom implementation weekly; Literacy Coach = models lessons and coaches teachers", "Principal", ""},
        {"- Director of Curriculum – selects materials\n- Campus administrators: observe lessons",
         "Director of Curriculum = selects materials; Campus administrators = observe lessons", "Director of Curriculum", ""},
        {"Responsible: Director of Professional Learning", "Director of Professional Learning = ", "Director of Professional Learning", ""},
        {"Resources: Title I funds", "", "", "Resources: Title I funds"},
        {"Note: the pilot starts in two schools.", "", "", "Note: the pilot starts in two schools."},
    }));
    CAPTURE(row.under);
    const QString text = QStringLiteral("Goal 1: Student Achievement\n\nObjective 1.1: Improve early literacy\n"
                                        "Action 1.1.1: Adopt a K-3 phonics curriculum.\n")
                         + QString::fromUtf8(row.under)
                         + QStringLiteral("\nAction 1.1.2: Train all K-3 teachers in the science of reading.\n");
    const Outline outline = readPlanText(text, TextFormat::Plain);
    REQUIRE(outline.goals.size() == 1);
    REQUIRE(outline.goals[0].children.size() == 1);
    const OutlineItem &objective = outline.goals[0].children[0];
    REQUIRE(objective.children.size() == 2);
    const OutlineItem &action = objective.children[0];
    CHECK(action.title == QStringLiteral("Adopt a K-3 phonics curriculum."));
    CHECK(duties(action).toStdString() == row.duties);
    CHECK(action.owner.toStdString() == row.owner);
    CHECK(action.description.toStdString() == row.description);
    CHECK(objective.children[1].code == QStringLiteral("1.1.2"));
    CHECK(outline.unplaced.isEmpty());
}
