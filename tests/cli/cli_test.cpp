#include "planfixtures.h"

#include <QProcess>

using namespace cairn::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CAIRN_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("import then export reproduces the sample", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));
    const Run imported = cli({QStringLiteral("import"), socorroSample(), file});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("4 goals, 12 objectives")));

    const Run exported = cli({QStringLiteral("export"), file, QStringLiteral("-")});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.toUtf8() == readAll(socorroSample()));

    const QString json = dir.filePath(QStringLiteral("out.json"));
    CHECK(cli({QStringLiteral("export"), file, json}).exitCode == 0);
    CHECK(readAll(json) == readAll(socorroSample()));
}

TEST_CASE("nothing is overwritten without --force", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.cairn"));
    writeAll(file, "keep me");
    const Run refused = cli({QStringLiteral("import"), belenSample(), file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK(readAll(file) == "keep me");

    CHECK(cli({QStringLiteral("import"), belenSample(), file, QStringLiteral("--force")}).exitCode == 0);
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    writeAll(json, "keep me too");
    CHECK(cli({QStringLiteral("export"), file, json}).exitCode == 1);
    CHECK(readAll(json) == "keep me too");
    CHECK(cli({QStringLiteral("export"), file, json, QStringLiteral("--force")}).exitCode == 0);
    CHECK(readAll(json) == readAll(belenSample()));
}

TEST_CASE("an invalid JSON plan is refused with each problem's path and no file", "[cli]")
{
    QTemporaryDir dir;
    QByteArray text = readAll(belenSample());
    text.replace("\"firstYear\": \"2022-23\"", "\"firstYear\": \"next year\"");
    text.replace("\"status\": \"not_started\"", "\"status\": \"started\"");
    const QString json = dir.filePath(QStringLiteral("broken.json"));
    writeAll(json, text);
    const QString file = dir.filePath(QStringLiteral("broken.cairn"));
    const Run run = cli({QStringLiteral("import"), json, file});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("plan.firstYear: expected a school year")));
    CHECK(run.err.contains(QStringLiteral("plan.goals[0].objectives[0].actions[0].status: expected one of not_started")));
    CHECK(run.err.contains(QStringLiteral("Nothing was written.")));
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("broken.json")});
}

TEST_CASE("files that are not plans are refused by every command that reads them", "[cli]")
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.cairn"));
    writeAll(notes, "just some notes");
    const Run exported = cli({QStringLiteral("export"), notes, QStringLiteral("-")});
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains(QStringLiteral("not a Cairn plan")));
    CHECK(exported.out.isEmpty());
    CHECK(cli({QStringLiteral("check"), notes}).exitCode == 1);
    CHECK(cli({QStringLiteral("export"), dir.filePath(QStringLiteral("missing.cairn")), QStringLiteral("-")}).err.contains(
        QStringLiteral("There is no file")));
    CHECK(readAll(notes) == "just some notes");
}

TEST_CASE("check reports findings by item code and fails only on errors", "[cli]")
{
    const Run sample = cli({QStringLiteral("check"), socorroSample()});
    CHECK(sample.exitCode == 0);
    CHECK(sample.out.contains(QStringLiteral("warning\t1.3-L1\tMeasure 1.3-L1's baseline for 2022-23 is still to be collected.")));
    CHECK(sample.out.contains(QStringLiteral("0 error(s)")));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));
    REQUIRE(cli({QStringLiteral("import"), socorroSample(), file}).exitCode == 0);
    const Run stored = cli({QStringLiteral("check"), file});
    CHECK(stored.exitCode == 0);
    CHECK(stored.out.contains(QStringLiteral("115 measures")));

    QByteArray text = readAll(belenSample());
    text.replace("\"description\": \"Increase college entry rates\",\n                \"status\": \"not_started\"",
                 "\"description\": \"Increase college entry rates\",\n                \"status\": \"not_started\",\n"
                 "                \"start\": \"2026-27\",\n                \"due\": \"2024-25\"");
    const QString json = dir.filePath(QStringLiteral("contradiction.json"));
    writeAll(json, text);
    const Run contradiction = cli({QStringLiteral("check"), json});
    CHECK(contradiction.exitCode == 1);
    CHECK(contradiction.out.contains(QStringLiteral("error\t1.7.1\tAction 1.7.1 is due before it starts.")));
}

TEST_CASE("wrong usage exits 2 and says how to get help", "[cli]")
{
    const auto arguments = GENERATE(QStringList{}, QStringList{QStringLiteral("frobnicate")},
                                    QStringList{QStringLiteral("import"), QStringLiteral("only-one.json")},
                                    QStringList{QStringLiteral("export"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                    QStringList{QStringLiteral("check"), QStringLiteral("--colour"), QStringLiteral("x")});
    const Run run = cli(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("help")));
}

TEST_CASE("every command explains itself with --help", "[cli]")
{
    const QString command = GENERATE(QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("check"));
    const Run run = cli({command, QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Usage: cairn-cli ") + command + QStringLiteral(" [options]")));
    CHECK(cli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("cairn-cli 0.1.0")));
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("import PLAN.json OUT.cairn")));
}
