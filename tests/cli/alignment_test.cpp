// cairn-cli alignment: the sample school improvement plans behind the
// Socorro district plan, as text and as JSON, and the files it refuses.
#include "clirun.h"
#include "planfixtures.h"

#include "storage/planjson.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cairn;
using namespace cairn::test;

namespace {

QJsonObject rowOf(const QJsonObject &document, const QString &code)
{
    for (const QJsonValue &item : document.value(QStringLiteral("items")).toArray())
        if (item[QStringLiteral("code")].toString() == code)
            return item.toObject();
    FAIL("no row " << code.toStdString());
    return {};
}

QStringList field(const QJsonArray &array, const char *name)
{
    QStringList values;
    for (const QJsonValue &value : array)
        values.append(value[QLatin1String(name)].toString());
    return values;
}

} // namespace

TEST_CASE("the sample school plans load, and align to the Socorro sample by its id", "[cli][alignment]")
{
    const Plan district = readPlanJson(socorroSample());
    for (const QString &path : {elementarySample(), middleSample()}) {
        const Plan school = readPlanJson(path);
        CHECK(school.kind == PlanKind::School);
        CHECK(school.alignsTo.id == district.uuid);
        CHECK(school.alignsTo.title == district.title);
        CHECK(school.description.startsWith(QStringLiteral("Illustrative")));
        // Written as Cairn writes it, so that an export of it reads the same.
        CHECK(PlanJson::write(school) == readAll(path));
    }
}

TEST_CASE("alignment as JSON: each district item's supporting school items, then what needs fixing", "[cli][alignment]")
{
    const Run run = cli({QStringLiteral("alignment"), socorroSample(), elementarySample(), middleSample(), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(document[QStringLiteral("year")].toString() == QStringLiteral("2024-25"));
    CHECK(field(document[QStringLiteral("schools")].toArray(), "name")
          == QStringList{QStringLiteral("Paseo del Sol Elementary School"), QStringLiteral("Cerro Alto Middle School")});

    // Coverage, per district goal and objective and school.
    struct Case {
        const char *code;
        int elementary;
        int middle;
    };
    const Case cases[] = {{"P1", 10, 14}, {"1.1", 7, 4}, {"1.2", 0, 6}, {"1.3", 2, 2}, {"P2", 5, 4},
                          {"2.1", 0, 0},  {"2.2", 2, 0}, {"2.3", 2, 3}, {"P3", 2, 3}, {"3.1", 2, 2}, {"P4", 0, 0}};
    for (const Case &c : cases) {
        INFO(c.code);
        const QJsonArray schools = rowOf(document, QString::fromLatin1(c.code))[QStringLiteral("schools")].toArray();
        REQUIRE(schools.size() == 2);
        CHECK(schools[0][QStringLiteral("count")].toInt() == c.elementary);
        CHECK(schools[1][QStringLiteral("count")].toInt() == c.middle);
    }

    // A supporting item says which school, what it is and its status for the year.
    const QJsonArray supporting = rowOf(document, QStringLiteral("1.1"))[QStringLiteral("supportedBy")].toArray();
    QJsonObject rating;
    for (const QJsonValue &item : supporting)
        if (item[QStringLiteral("code")].toString() == QStringLiteral("G1.1-M2") && item[QStringLiteral("school")].toString().startsWith(QStringLiteral("Paseo")))
            rating = item.toObject();
    CHECK(rating[QStringLiteral("type")].toString() == QStringLiteral("measure"));
    CHECK(rating[QStringLiteral("title")].toString() == QStringLiteral("Campus accountability rating"));
    CHECK(rating[QStringLiteral("status")].toString() == QStringLiteral("on_track"));

    CHECK(field(document[QStringLiteral("unsupported")].toArray(), "code")
          == QStringList{QStringLiteral("2.1"), QStringLiteral("3.2"), QStringLiteral("3.3"), QStringLiteral("4.1"),
                         QStringLiteral("4.2"), QStringLiteral("4.3")});
    CHECK(field(document[QStringLiteral("unaligned")].toArray(), "code") == QStringList{QStringLiteral("G4.2"), QStringLiteral("G3.2")});
    const QJsonArray broken = document[QStringLiteral("broken")].toArray();
    REQUIRE(broken.size() == 2);
    CHECK(broken[0][QStringLiteral("code")].toString() == QStringLiteral("G2.1"));
    CHECK(broken[0][QStringLiteral("supports")].toString() == QStringLiteral("1.4"));
    CHECK(broken[0][QStringLiteral("suggestion")][QStringLiteral("code")].toString() == QStringLiteral("1.3"));
    CHECK(broken[1][QStringLiteral("code")].toString() == QStringLiteral("G3.1-M1"));
    CHECK(broken[1][QStringLiteral("supports")].toString() == QStringLiteral("1.3-L5"));
    CHECK(broken[1][QStringLiteral("suggestion")][QStringLiteral("code")].toString() == QStringLiteral("1.3-L3"));
}

TEST_CASE("alignment as text: the matrix, the supporting items and what needs fixing", "[cli][alignment]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));
    Repository::create(file, readPlanJson(socorroSample()));
    const Run run = cli({QStringLiteral("alignment"), file, elementarySample(), middleSample()});
    CHECK(run.exitCode == 0);
    const QString &out = run.out;
    CHECK(out.contains(QStringLiteral("School plans aligned: 2 · school year 2024-25")));
    CHECK(out.contains(QRegularExpression(QStringLiteral("\n  1\\.1 Improve academic achievement[^\n]*  7  ● On track +4  ▲ At risk"))));
    CHECK(out.contains(QRegularExpression(QStringLiteral("\n  2\\.1 Recruit high quality talent +- +-"))));
    CHECK(out.contains(QStringLiteral("    Paseo del Sol Elementary School · measure G1.1-M2 Campus accountability rating  ● On track")));
    CHECK(out.contains(QStringLiteral("District objectives no school supports: 6\n  2.1 Recruit high quality talent\n")));
    CHECK(out.contains(QStringLiteral("School goals and objectives that support nothing: 2\n"
                                      "  Paseo del Sol Elementary School · objective G4.2 Turn the courtyard into a student garden\n")));
    CHECK(out.contains(QStringLiteral("Supports 1.4, which the district plan does not have: did you mean 1.3 \"All students will have")));
}

TEST_CASE("alignment refuses a missing file, a school plan given as the district's, and names plans aligned elsewhere", "[cli][alignment]")
{
    QTemporaryDir dir;
    const Run missing = cli({QStringLiteral("alignment"), socorroSample(), dir.filePath(QStringLiteral("nowhere.cairn"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no file at")));
    CHECK(missing.out.isEmpty());

    const Run swapped = cli({QStringLiteral("alignment"), elementarySample(), socorroSample()});
    CHECK(swapped.exitCode == 1);
    CHECK(swapped.err.contains(QStringLiteral("is the plan of Paseo del Sol Elementary School, not a district plan")));

    CHECK(cli({QStringLiteral("alignment"), socorroSample()}).exitCode == 2);

    // A school plan that names another district plan is left out, and the rest is still shown.
    QByteArray text = readAll(middleSample());
    text.replace("5f0c2b7e-8a1d-4c3e-9b6a-2d7e4f1a9c30", "11111111-2222-4333-8444-555555555555");
    text.replace("\"title\": \"Socorro ISD Strategic Plan 2023-2027\"", "\"title\": \"Ysleta ISD Strategic Plan\"");
    const QString other = dir.filePath(QStringLiteral("other.json"));
    writeAll(other, text);
    const Run elsewhere = cli({QStringLiteral("alignment"), socorroSample(), elementarySample(), other});
    CHECK(elsewhere.exitCode == 1);
    CHECK(elsewhere.err.contains(QStringLiteral("Cerro Alto Middle School aligns to the plan \"Ysleta ISD Strategic Plan\"")));
    CHECK(elsewhere.err.contains(QStringLiteral("not to this district plan \"Socorro ISD Strategic Plan 2023-2027\"")));
    CHECK(elsewhere.out.contains(QStringLiteral("School plans aligned: 1 ·")));
}
