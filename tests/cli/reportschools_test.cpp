// cairn-cli report --schools: the board report with a School plans section
// on the sample school plans (files, or a folder of them), and the school
// plans it refuses, with what is wrong and no PDF written.
#include "clirun.h"
#include "pdftext.h"
#include "planfixtures.h"

#include <QDir>
#include <QFile>

using namespace cairn;
using namespace cairn::test;

namespace {

QStringList reportOf(const QString &plan, const QString &pdf, const QStringList &more)
{
    return QStringList{QStringLiteral("report"), plan, QStringLiteral("-o"), pdf, QStringLiteral("--as-of"), QStringLiteral("2025-06-30")} + more;
}

} // namespace

TEST_CASE("report --schools adds a School plans section, the school plans named one by one or by their folder", "[cli][report][schools]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("schools"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QFile::copy(elementarySample(), folder + QStringLiteral("/paseo.json")));
    REQUIRE(QFile::copy(middleSample(), folder + QStringLiteral("/cerro.json")));
    struct Case {
        const char *name;
        QStringList schools;
    };
    const Case cases[] = {
        {"files after one --schools", {QStringLiteral("--schools"), elementarySample(), middleSample()}},
        {"--schools given twice", {QStringLiteral("--schools"), elementarySample(), QStringLiteral("--schools"), middleSample()}},
        {"a folder", {QStringLiteral("--schools"), folder}},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString pdf = dir.filePath(QString::fromLatin1(c.name).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".pdf"));
        const Run run = cli(reportOf(socorroSample(), pdf, c.schools + QStringList{QStringLiteral("--paper"), QStringLiteral("a4")}));
        CHECK(run.exitCode == 0);
        CHECK(run.err.isEmpty());
        REQUIRE(QFile::exists(pdf));
        const QString text = textOf(pdf);
        CHECK(text.contains(QStringLiteral("Support by district goal and objective")));
        CHECK(text.contains(QStringLiteral("Paseo del Sol Elementary School")));
        CHECK(text.contains(QStringLiteral("Cerro Alto Middle School")));
        CHECK(text.contains(QStringLiteral("Of the district plan's 12 objectives, 6 have at least one school behind them and 6 have none.")));
    }
    // Without --schools, no such section.
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    REQUIRE(cli(reportOf(socorroSample(), plain, {})).exitCode == 0);
    CHECK_FALSE(textOf(plain).contains(QStringLiteral("Support by district goal and objective")));
}

TEST_CASE("report --schools refuses what is not a school plan of this district plan, says what is wrong and writes nothing",
          "[cli][report][schools]")
{
    QTemporaryDir dir;
    QByteArray text = readAll(middleSample());
    text.replace("5f0c2b7e-8a1d-4c3e-9b6a-2d7e4f1a9c30", "11111111-2222-4333-8444-555555555555");
    text.replace("\"title\": \"Socorro ISD Strategic Plan 2023-2027\"", "\"title\": \"Ysleta ISD Strategic Plan\"");
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.json"));
    writeAll(elsewhere, text);
    QByteArray unaligned = readAll(middleSample());
    const qsizetype start = unaligned.indexOf("\"alignsTo\"");
    unaligned.remove(start, unaligned.indexOf('}', start) + 2 - start);
    const QString none = dir.filePath(QStringLiteral("none.json"));
    writeAll(none, unaligned);
    const QString empty = dir.filePath(QStringLiteral("empty"));
    REQUIRE(QDir().mkpath(empty));

    struct Case {
        const char *name;
        QString plan;
        QStringList schools;
        int exitCode;
        QString says;
    };
    const Case cases[] = {
        {"a district plan", socorroSample(), {belenSample()}, 1, QStringLiteral("is a district plan (Belén Consolidated Schools")},
        {"another district's school", socorroSample(), {elementarySample(), elsewhere}, 1,
         QStringLiteral("(Cerro Alto Middle School) aligns to the plan \"Ysleta ISD Strategic Plan\" (id 11111111-2222-4333-8444-555555555555), "
                        "not to this district plan \"Socorro ISD Strategic Plan 2023-2027\" (id 5f0c2b7e-8a1d-4c3e-9b6a-2d7e4f1a9c30). "
                        "Nothing was written.")},
        {"a school plan naming no district plan", socorroSample(), {none}, 1, QStringLiteral("does not say which district plan it aligns to")},
        {"the same school twice", socorroSample(), {middleSample(), middleSample()}, 1, QStringLiteral("are the same school plan")},
        {"a missing file", socorroSample(), {dir.filePath(QStringLiteral("nowhere.json"))}, 1, QStringLiteral("There is no file at")},
        {"an empty folder", socorroSample(), {empty}, 1, QStringLiteral("holds no plan files (.cairn or .json)")},
        {"a school plan's own report", elementarySample(), {middleSample()}, 1, QStringLiteral("--schools is for a district plan's report")},
        {"no file after --schools", socorroSample(), {}, 2, QStringLiteral("Missing value after '--schools'")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const Run run = cli(reportOf(c.plan, pdf, QStringList{QStringLiteral("--schools")} + c.schools));
        CHECK(run.exitCode == c.exitCode);
        CHECK(run.err.contains(c.says));
        CHECK(run.out.isEmpty());
        CHECK_FALSE(QFile::exists(pdf));
    }
}
