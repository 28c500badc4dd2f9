#include "clirun.h"
#include "planfixtures.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <numeric>

using namespace cairn::test;

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

TEST_CASE("check reports findings grouped by kind, by item code, and fails only on errors", "[cli]")
{
    const Run sample = cli({QStringLiteral("check"), socorroSample()});
    CHECK(sample.exitCode == 0);
    // A finding whose message says more than its code (the year) is listed under its kind.
    CHECK(sample.out.contains(QRegularExpression(QStringLiteral("\nwarning\tBaselines still to be collected: \\d+\n"))));
    CHECK(sample.out.contains(QStringLiteral("\n\t1.3-L1\tMeasure 1.3-L1's baseline for 2022-23 is still to be collected.\n")));
    CHECK(sample.out.contains(QStringLiteral("errors: 0, warnings: ")));

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
    CHECK(contradiction.out.contains(QStringLiteral("error\tActions due before they start: 1 (1.7.1)\n")));
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
    const QString command = GENERATE(QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("check"), QStringLiteral("status"));
    const Run run = cli({command, QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Usage: cairn-cli ") + command + QStringLiteral(" [options]")));
    CHECK(cli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("cairn-cli 0.1.0")));
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("import PLAN.json OUT.cairn")));
}

namespace {

QJsonObject statusItem(const QJsonArray &items, const QString &code)
{
    for (const QJsonValue &item : items) {
        if (item[QStringLiteral("code")].toString() == code)
            return item.toObject();
    }
    FAIL("no item " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("status --format json gives the hand-computed judgements for the Socorro sample", "[cli][status]")
{
    const Run run = cli({QStringLiteral("status"), socorroSample(), QStringLiteral("--as-of"), QStringLiteral("2025-06-30"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(document[QStringLiteral("year")].toInt() == 2024);
    CHECK(document[QStringLiteral("yearLabel")].toString() == QStringLiteral("2024-25"));
    CHECK(document[QStringLiteral("asOf")].toString() == QStringLiteral("2025-06-30"));
    const QJsonArray items = document[QStringLiteral("items")].toArray();

    // CCMR: explicit target 77, actual 72; 5 short with a tolerance of 3.85 -> off track.
    // Progress (72 - 56) / (91 - 56) = 0.4571.
    const QJsonObject ccmr = statusItem(items, QStringLiteral("1.2-L1"));
    CHECK(ccmr[QStringLiteral("status")].toString() == QStringLiteral("off_track"));
    CHECK(ccmr[QStringLiteral("score")].toDouble() == 0);
    CHECK(ccmr[QStringLiteral("target")].toDouble() == 77);
    CHECK_FALSE(ccmr[QStringLiteral("targetDerived")].toBool());
    CHECK(ccmr[QStringLiteral("actual")].toDouble() == 72);
    CHECK(ccmr[QStringLiteral("progress")].toDouble() == Approx(0.4571));

    // Accountability rating: derived target 88 + (94 - 88) * 3/5 = 91.6; actual 89 is 2.6
    // short, within 5 % of 91.6 (4.58) -> at risk. Progress (89 - 88) / 6 = 0.1667.
    const QJsonObject rating = statusItem(items, QStringLiteral("1.1-L1"));
    CHECK(rating[QStringLiteral("status")].toString() == QStringLiteral("at_risk"));
    CHECK(rating[QStringLiteral("target")].toDouble() == Approx(91.6));
    CHECK(rating[QStringLiteral("targetDerived")].toBool());
    CHECK(rating[QStringLiteral("progress")].toDouble() == Approx(0.1667));

    // Turnover, lower is better: 9.1 against 8.8, within 0.44 -> at risk; no baseline, no progress.
    const QJsonObject turnover = statusItem(items, QStringLiteral("2.3-L4"));
    CHECK(turnover[QStringLiteral("status")].toString() == QStringLiteral("at_risk"));
    CHECK(turnover[QStringLiteral("progress")].isNull());

    // Milestone due 2024-12-31 and not complete by 2025-06-30 -> off track.
    CHECK(statusItem(items, QStringLiteral("4.3-L1"))[QStringLiteral("status")].toString() == QStringLiteral("off_track"));

    // Objective 1.1: rating 0.5 and three actions in progress 1, 1, 1 (narrative measures
    // have no data) -> 3.5 / 4 = 0.875 -> on track.
    const QJsonObject objective = statusItem(items, QStringLiteral("1.1"));
    CHECK(objective[QStringLiteral("score")].toDouble() == Approx(0.875));
    CHECK(objective[QStringLiteral("status")].toString() == QStringLiteral("on_track"));
    CHECK(objective[QStringLiteral("progress")].toDouble() == Approx((1.0 / 6 + 0.6 + 0.45 + 0.5) / 4).epsilon(0.001));

    // Goal P1: objectives 1.1 (0.875), 1.2 (9.5 / 13) and 1.3 (0.75) -> 0.7853 -> on track.
    const QJsonObject goal = statusItem(items, QStringLiteral("P1"));
    CHECK(goal[QStringLiteral("score")].toDouble() == Approx((0.875 + 9.5 / 13 + 0.75) / 3).epsilon(0.001));
    CHECK(goal[QStringLiteral("status")].toString() == QStringLiteral("on_track"));
    CHECK(statusItem(items, QStringLiteral("1.2"))[QStringLiteral("status")].toString() == QStringLiteral("at_risk"));
}

TEST_CASE("status says what each rolled-up status stands on, in text and JSON", "[cli][status][coverage]")
{
    const QStringList arguments{QStringLiteral("status"), socorroSample(), QStringLiteral("--as-of"), QStringLiteral("2025-06-30")};
    const Run text = cli(arguments);
    REQUIRE(text.exitCode == 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'));
    auto lineOf = [&lines](const QString &start) {
        for (const QString &line : lines) {
            if (line.startsWith(start))
                return line;
        }
        FAIL("no line " << start.toStdString());
        return QString();
    };
    CHECK(lineOf(QStringLiteral("Plan ")).endsWith(QStringLiteral("56 %  16 of 109 measures reported")));
    // P3's measures are all narratives: no percentage, its actions instead.
    const QString p3 = lineOf(QStringLiteral("P3 "));
    CHECK(p3.endsWith(QStringLiteral("0 of 22 measures reported · 2 of 9 actions complete")));
    CHECK_FALSE(p3.contains(QLatin1Char('%')));

    const Run json = cli(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject plan = document[QStringLiteral("plan")][QStringLiteral("coverage")].toObject();
    CHECK(plan[QStringLiteral("measures")].toInt() == 109);
    CHECK(plan[QStringLiteral("measuresReported")].toInt() == 16);
    const QJsonObject goal = statusItem(document[QStringLiteral("items")].toArray(), QStringLiteral("P3"))[QStringLiteral("coverage")].toObject();
    CHECK(goal[QStringLiteral("measuresWithProgress")].toInt() == 0);
    CHECK(goal[QStringLiteral("actions")].toInt() == 9);
    CHECK(goal[QStringLiteral("actionsComplete")].toInt() == 2);
    CHECK_FALSE(statusItem(document[QStringLiteral("items")].toArray(), QStringLiteral("1.2-L1")).contains(QStringLiteral("coverage")));
}

TEST_CASE("in status JSON every parent's status follows from its children's scores", "[cli][status]")
{
    const QString sample = GENERATE(socorroSample(), belenSample());
    const Run run = cli({QStringLiteral("status"), sample, QStringLiteral("--as-of"), QStringLiteral("2025-06-30"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray items = document[QStringLiteral("items")].toArray();

    QHash<QString, QJsonObject> byId;
    QHash<QString, QList<double>> childScores;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        byId.insert(item[QStringLiteral("id")].toString(), item);
    }
    for (const QJsonObject &item : byId) {
        const QString parent = item[QStringLiteral("parent")].toString();
        // Child measures roll into nothing: only items under objectives and goals count.
        if (parent.isEmpty() || byId[parent][QStringLiteral("type")].toString() == QStringLiteral("measure"))
            continue;
        if (!item[QStringLiteral("score")].isNull())
            childScores[parent].append(item[QStringLiteral("score")].toDouble());
    }
    int parents = 0;
    for (const QJsonObject &item : byId) {
        const QString type = item[QStringLiteral("type")].toString();
        if (type != QStringLiteral("goal") && type != QStringLiteral("objective"))
            continue;
        ++parents;
        const QList<double> scores = childScores.value(item[QStringLiteral("id")].toString());
        INFO(item[QStringLiteral("code")].toString().toStdString());
        if (scores.isEmpty()) {
            CHECK(item[QStringLiteral("status")].toString() == QStringLiteral("no_data"));
            continue;
        }
        const double mean = std::accumulate(scores.begin(), scores.end(), 0.0) / scores.size();
        CHECK(item[QStringLiteral("score")].toDouble() == Approx(mean).margin(0.0001));
        const QString expected = mean >= 0.75 ? QStringLiteral("on_track") : mean >= 0.4 ? QStringLiteral("at_risk") : QStringLiteral("off_track");
        CHECK(item[QStringLiteral("status")].toString() == expected);
    }
    CHECK(parents > 8);
}

TEST_CASE("status prints a readable outline and refuses years outside the plan", "[cli][status]")
{
    const Run run = cli({QStringLiteral("status"), socorroSample(), QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("School year 2024-25, as of 2025-06-30")));
    CHECK(run.out.contains(QStringLiteral("    1.2-L1 Graduates meeting CCMR criteria")));
    CHECK(run.out.contains(QStringLiteral("\u25C6 Off track    46 %  target 77 · actual 72")));
    CHECK(run.out.contains(QStringLiteral("target 91.6 (derived) · actual 89")));

    const Run earlier = cli({QStringLiteral("status"), socorroSample(), QStringLiteral("--year"), QStringLiteral("2022-2023"),
                             QStringLiteral("--as-of"), QStringLiteral("2023-06-30")});
    CHECK(earlier.exitCode == 0);
    CHECK(earlier.out.contains(QStringLiteral("target 63 · actual 61")));

    const Run outside = cli({QStringLiteral("status"), socorroSample(), QStringLiteral("--year"), QStringLiteral("2031-32")});
    CHECK(outside.exitCode == 1);
    CHECK(outside.err.contains(QStringLiteral("outside the plan's school years 2022-23 to 2026-27")));
    CHECK(cli({QStringLiteral("status"), socorroSample(), QStringLiteral("--year"), QStringLiteral("soon")}).exitCode == 2);
    CHECK(cli({QStringLiteral("status"), socorroSample(), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
}

TEST_CASE("values export then import: no edits change nothing, edits apply, refusals change nothing", "[cli][values]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));
    REQUIRE(cli({QStringLiteral("import"), socorroSample(), file}).exitCode == 0);
    const QString sheet = dir.filePath(QStringLiteral("values.csv"));
    const Run exported = cli({QStringLiteral("values"), QStringLiteral("export"), file, sheet, QStringLiteral("--year"), QStringLiteral("2024-25")});
    REQUIRE(exported.exitCode == 0);
    const Run unchanged = cli({QStringLiteral("values"), QStringLiteral("import"), file, sheet});
    CHECK(unchanged.exitCode == 0);
    CHECK(unchanged.out.contains(QStringLiteral("0 changes, 32 rows unchanged")));

    // A refused sheet changes nothing, even with valid rows in it.
    const Run refused = cli({QStringLiteral("values"), QStringLiteral("import"), file, dataPath(QStringLiteral("values/good-then-bad.csv"))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("line 3: the actual of 1.2-L1 for 2024-25: \"n/a\" is not a number")));
    CHECK(refused.err.contains(QStringLiteral("nothing was changed")));
    const Run status = cli({QStringLiteral("status"), file, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    CHECK(statusItem(QJsonDocument::fromJson(status.out.toUtf8()).object()[QStringLiteral("items")].toArray(), QStringLiteral("1.2-L2"))[QStringLiteral("actual")].toDouble() == 48);

    // A unit the measure does not have is refused by its line; a value far
    // beyond what its measure has had is listed as a warning.
    const Run units = cli({QStringLiteral("values"), QStringLiteral("import"), file, dataPath(QStringLiteral("values/units-and-outliers.csv")),
                           QStringLiteral("--dry-run")});
    CHECK(units.exitCode == 1);
    CHECK(units.err.contains(QStringLiteral("line 2: the actual of 1.2-L7 for 2024-25: \"24.5%\": 1.2-L7 is a count, so \"%\" is not its unit")));
    CHECK(units.err.contains(QStringLiteral("warning: line 3: check the actual of 1.2-L7 for 2025-26")));
    CHECK(units.err.contains(QStringLiteral("more than 3 times the largest value in the baseline, targets and actuals of 1.2-L7 (131)")));

    // A dry run shows the change and writes nothing.
    const Run dry = cli({QStringLiteral("values"), QStringLiteral("import"), file, dataPath(QStringLiteral("values/edited.csv")), QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("line 2: 1.2-L1 2024-25: 72 \u2192 75")));

    const Run applied = cli({QStringLiteral("values"), QStringLiteral("import"), file, dataPath(QStringLiteral("values/edited.csv"))});
    CHECK(applied.exitCode == 0);
    CHECK(applied.out.contains(QStringLiteral("2 values saved")));
    const Run after = cli({QStringLiteral("status"), file, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    const QJsonArray items = QJsonDocument::fromJson(after.out.toUtf8()).object()[QStringLiteral("items")].toArray();
    CHECK(statusItem(items, QStringLiteral("1.2-L1"))[QStringLiteral("actual")].toDouble() == 75);
    CHECK(statusItem(items, QStringLiteral("1.2-L1"))[QStringLiteral("status")].toString() == QStringLiteral("at_risk")); // 2 short of 77

    // --partial applies the valid rows and still reports the refused ones.
    const Run partial = cli({QStringLiteral("values"), QStringLiteral("import"), file, dataPath(QStringLiteral("values/good-then-bad.csv")), QStringLiteral("--partial")});
    CHECK(partial.exitCode == 1);
    CHECK(partial.out.contains(QStringLiteral("1 value saved")));
}

TEST_CASE("chart writes a measure's chart as PNG and SVG", "[cli][chart]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));
    REQUIRE(cli({QStringLiteral("import"), socorroSample(), file}).exitCode == 0);

    const QString png = dir.filePath(QStringLiteral("ccmr.png"));
    const Run wrote = cli({QStringLiteral("chart"), file, QStringLiteral("--measure"), QStringLiteral("1.2-L1"), QStringLiteral("-o"), png,
                           QStringLiteral("--size"), QStringLiteral("1000x600")});
    CHECK(wrote.exitCode == 0);
    const QImage image(png);
    CHECK(image.size() == QSize(1000, 600));
    // Not a blank picture: the line, markers and text leave many non-white pixels.
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            inked += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    }
    CHECK(inked > 2000);

    const QString svg = dir.filePath(QStringLiteral("ccmr.svg"));
    CHECK(cli({QStringLiteral("chart"), file, QStringLiteral("--measure"), QStringLiteral("1.2-L1"), QStringLiteral("--output"), svg})
              .exitCode
          == 0);
    const QByteArray vector = readAll(svg);
    CHECK(vector.contains("<svg"));
    CHECK(vector.contains("Graduates meeting CCMR criteria"));
    CHECK(vector.contains("Baseline 56%"));

    // Nothing is replaced without --force.
    const Run again = cli({QStringLiteral("chart"), file, QStringLiteral("--measure"), QStringLiteral("1.2-L1"), QStringLiteral("-o"), svg});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--force")));
}

TEST_CASE("chart refuses an unknown code and names the close ones", "[cli][chart]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const Run unknown = cli({QStringLiteral("chart"), socorroSample(), QStringLiteral("--measure"), QStringLiteral("1.2-L"), QStringLiteral("-o"), png});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no measure with the code \"1.2-L\"")));
    CHECK(unknown.err.contains(QStringLiteral("Did you mean: 1.2-L1, 1.2-L2")));
    CHECK_FALSE(QFileInfo::exists(png));

    const Run badSize = cli({QStringLiteral("chart"), socorroSample(), QStringLiteral("--measure"), QStringLiteral("1.2-L1"), QStringLiteral("-o"), png,
                             QStringLiteral("--size"), QStringLiteral("big")});
    CHECK(badSize.exitCode == 2);
    const Run badType = cli({QStringLiteral("chart"), socorroSample(), QStringLiteral("--measure"), QStringLiteral("1.2-L1"), QStringLiteral("-o"),
                             dir.filePath(QStringLiteral("x.jpg"))});
    CHECK(badType.exitCode == 2);
    CHECK(badType.err.contains(QStringLiteral(".png or .svg")));
}

TEST_CASE("report writes the board report as a PDF with the options asked for", "[cli][report]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run wrote = cli({QStringLiteral("report"), socorroSample(), QStringLiteral("-o"), pdf, QStringLiteral("--goals"), QStringLiteral("p1,P3"),
                           QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--no-charts")});
    CHECK(wrote.exitCode == 0);
    CHECK(wrote.out.contains(QStringLiteral("Wrote the 2024-25 progress report")));
    CHECK(readAll(pdf).startsWith("%PDF-"));

    const Run again = cli({QStringLiteral("report"), socorroSample(), QStringLiteral("-o"), pdf});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--force")));

    const Run unknownGoal = cli({QStringLiteral("report"), socorroSample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf")),
                                 QStringLiteral("--goals"), QStringLiteral("P9")});
    CHECK(unknownGoal.exitCode == 1);
    CHECK(unknownGoal.err.contains(QStringLiteral("no goal \"P9\"; its goals are P1, P2, P3, P4")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));

    const Run compared = cli({QStringLiteral("report"), socorroSample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("c.pdf")),
                              QStringLiteral("--compare-with"), QStringLiteral("1")});
    CHECK(compared.exitCode == 0);
    const Run noReview = cli({QStringLiteral("report"), socorroSample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("d.pdf")),
                              QStringLiteral("--compare-with"), QStringLiteral("Spring 2031")});
    CHECK(noReview.exitCode == 1);
    CHECK(noReview.err.contains(QStringLiteral("no review \"Spring 2031\"")));

    const Run badPaper = cli({QStringLiteral("report"), socorroSample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("y.pdf")),
                              QStringLiteral("--paper"), QStringLiteral("legal")});
    CHECK(badPaper.exitCode == 2);
    const Run badYear = cli({QStringLiteral("report"), socorroSample(), QStringLiteral("-o"), dir.filePath(QStringLiteral("y.pdf")),
                             QStringLiteral("--year"), QStringLiteral("2031-32")});
    CHECK(badYear.exitCode == 1);
    CHECK(badYear.err.contains(QStringLiteral("outside the plan's school years")));
}

TEST_CASE("review list and review compare", "[cli][review]")
{
    const Run listed = cli({QStringLiteral("review"), QStringLiteral("list"), socorroSample()});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("1. Fall 2024 review — 2024-10-22, school year 2023-24")));
    CHECK(listed.out.contains(QStringLiteral("1 proposed, 1 forwarded to the board, 1 approved, 1 declined, 1 implemented")));

    const Run text = cli({QStringLiteral("review"), QStringLiteral("compare"), socorroSample(), QStringLiteral("1"), QStringLiteral("now"),
                          QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("1.2-L1     status ● On track → ◆ Off track")));
    CHECK(text.out.contains(QStringLiteral("1.2-L1     actual 71 → 72")));
    CHECK_FALSE(text.out.contains(QStringLiteral("added:"))); // the review froze every item

    const Run json = cli({QStringLiteral("review"), QStringLiteral("compare"), socorroSample(), QStringLiteral("Fall 2024 review"),
                          QStringLiteral("now"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("from")).toString() == QStringLiteral("Fall 2024 review"));
    CHECK(root.value(QStringLiteral("recommendationsDecided")).toArray().size() == 3); // the fourth, implemented in September, is after the as-of date
    bool ccmr = false;
    for (const QJsonValue &change : root.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject object = change.toObject();
        if (object.value(QStringLiteral("code")) == QStringLiteral("1.2-L1") && object.value(QStringLiteral("change")) == QStringLiteral("status"))
            ccmr = object.value(QStringLiteral("statusBefore")) == QStringLiteral("on_track")
                   && object.value(QStringLiteral("statusAfter")) == QStringLiteral("off_track");
    }
    CHECK(ccmr);

    const Run same = cli({QStringLiteral("review"), QStringLiteral("compare"), socorroSample(), QStringLiteral("1"), QStringLiteral("1")});
    CHECK(same.exitCode == 0);
    CHECK(same.out.contains(QStringLiteral("No item changed.")));

    const Run unknown = cli({QStringLiteral("review"), QStringLiteral("compare"), socorroSample(), QStringLiteral("Spring 2030"), QStringLiteral("now")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no review \"Spring 2030\"")));
    CHECK(unknown.err.contains(QStringLiteral("\"Fall 2024 review\"")));
}

TEST_CASE("review minutes writes a review's minutes as a PDF", "[cli][review]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("minutes.pdf"));
    const Run wrote = cli({QStringLiteral("review"), QStringLiteral("minutes"), socorroSample(), QStringLiteral("1"), QStringLiteral("-o"), pdf});
    CHECK(wrote.exitCode == 0);
    CHECK(wrote.out.contains(QStringLiteral("Wrote the minutes of the Fall 2024 review")));
    CHECK(readAll(pdf).startsWith("%PDF-"));
    CHECK(cli({QStringLiteral("review"), QStringLiteral("minutes"), socorroSample(), QStringLiteral("1"), QStringLiteral("-o"), pdf}).exitCode == 1);
    const Run unknown = cli({QStringLiteral("review"), QStringLiteral("minutes"), socorroSample(), QStringLiteral("7"), QStringLiteral("-o"),
                             dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("a file named .cairn that is not a plan file is named as such, whatever the command", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.cairn"));
    writeAll(file, "hello");
    for (const QStringList &arguments : {QStringList{QStringLiteral("check"), file},
                                         QStringList{QStringLiteral("report"), file, QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf"))},
                                         QStringList{QStringLiteral("chart"), file, QStringLiteral("--measure"), QStringLiteral("X"), QStringLiteral("-o"),
                                                     dir.filePath(QStringLiteral("c.png"))}}) {
        const Run run = cli(arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("is not an SQLite database")));
    }
    CHECK(readAll(file) == "hello");
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("r.pdf"))));
}

namespace {

// The environment of someone the system gives no name, with `extra` set.
QProcessEnvironment nameless(const QStringList &extra = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"USER", "USERNAME", "CAIRN_USER"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &setting : extra)
        environment.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    return environment;
}

// The plan as cairn-cli exports it.
cairn::Plan exported(const QTemporaryDir &dir, const QString &file)
{
    const QString json = dir.filePath(QStringLiteral("exported.json"));
    REQUIRE(cli({QStringLiteral("export"), file, json, QStringLiteral("--force")}).exitCode == 0);
    return readPlanJson(json);
}

} // namespace

TEST_CASE("values import records who made each change: --user, else CAIRN_USER, else the login name", "[cli][values][author]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));
    REQUIRE(cli({QStringLiteral("import"), socorroSample(), file}).exitCode == 0);
    const cairn::SchoolYear year(2024);
    const auto importSheet = [&](const QString &name, const QByteArray &row, const QStringList &options, const QProcessEnvironment &environment) {
        const QString sheet = dir.filePath(name);
        writeAll(sheet, "code,measure,owner,unit,school year,target,actual,note,source,status\n" + row + '\n');
        const Run run = cli(QStringList{QStringLiteral("values"), QStringLiteral("import"), file, sheet} + options, environment);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("1 value saved")));
    };

    // --user wins over CAIRN_USER.
    importSheet(QStringLiteral("ana.csv"), "1.2-L1,CCMR,x,percent,2024-25,77,75,,,final", {QStringLiteral("--user"), QStringLiteral("Ana Ruiz")},
                nameless({QStringLiteral("CAIRN_USER=Luis Vega")}));
    cairn::Plan plan = exported(dir, file);
    CHECK(measureOf(plan, QStringLiteral("1.2-L1")).actuals.at(year).who == QStringLiteral("Ana Ruiz"));
    CHECK(plan.audit.back().who == QStringLiteral("Ana Ruiz, from ana.csv"));
    CHECK(plan.audit.back().item == QStringLiteral("1.2-L1"));

    // CAIRN_USER wins over the login name.
    importSheet(QStringLiteral("luis.csv"), "1.2-L2,CTE,x,percent,2024-25,53,50.5,,,final", {},
                nameless({QStringLiteral("CAIRN_USER=Luis Vega"), QStringLiteral("USER=lvega")}));
    plan = exported(dir, file);
    CHECK(measureOf(plan, QStringLiteral("1.2-L2")).actuals.at(year).who == QStringLiteral("Luis Vega"));
    CHECK(plan.audit.back().who == QStringLiteral("Luis Vega, from luis.csv"));

    // The login name when nothing else names anyone.
    importSheet(QStringLiteral("login.csv"), "1.2-L1,CCMR,x,percent,2024-25,77,76,,,final", {}, nameless({QStringLiteral("USER=mgarcia")}));
    plan = exported(dir, file);
    CHECK(measureOf(plan, QStringLiteral("1.2-L1")).actuals.at(year).who == QStringLiteral("mgarcia"));
    CHECK(plan.audit.back().who == QStringLiteral("mgarcia, from login.csv"));

    const Run help = cli({QStringLiteral("values"), QStringLiteral("import"), QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("--user <NAME>")));
    CHECK(help.out.contains(QStringLiteral("CAIRN_USER")));
}

TEST_CASE("values import with no one to record refuses and leaves the plan as it was", "[cli][values][author]")
{
    QTemporaryDir dir;
    // An older plan too: refusing must come before the upgrade and its backup.
    const QString current = dir.filePath(QStringLiteral("socorro.cairn"));
    REQUIRE(cli({QStringLiteral("import"), socorroSample(), current}).exitCode == 0);
    const QString older = dir.filePath(QStringLiteral("older.cairn"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("plan-v2.cairn")), older));
    const QStringList files = filesIn(dir.path());
    const QString sheet = dataPath(QStringLiteral("values/edited.csv"));
    for (const QString &file : {current, older}) {
        const QByteArray before = readAll(file);
        for (const QString &user : {QStringLiteral("--user="), QString()}) {
            QStringList arguments{QStringLiteral("values"), QStringLiteral("import"), file, sheet};
            if (!user.isEmpty())
                arguments.append(user); // an empty name names no one
            const Run run = cli(arguments, nameless());
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("Say who you are with --user NAME or CAIRN_USER; every change in a plan records who made it")));
            CHECK(run.out.isEmpty());
            CHECK(readAll(file) == before);
            CHECK(filesIn(dir.path()) == files);
        }
    }

    // A dry run writes nothing, so it needs no name.
    const Run dry = cli({QStringLiteral("values"), QStringLiteral("import"), current, sheet, QStringLiteral("--dry-run")}, nameless());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("line 2: 1.2-L1 2024-25: 72 \u2192 75")));
}

TEST_CASE("import-text prints the outline it read and writes a plan that passes check", "[cli][import-text]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral(CAIRN_TEST_DATA "/plans-text/socorro-isd-strategic-plan-2023-2027.txt");
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));

    const Run dry = cli({QStringLiteral("import-text"), text, file, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Goal P1  Grow and support each student with robust opportunities")));
    CHECK(dry.out.contains(QStringLiteral("    Action 1.2.1A  College: Implement a plan")));
    CHECK(dry.out.contains(QStringLiteral("      Measure 1.1-L1a  Approaches")));
    CHECK_FALSE(QFileInfo::exists(file));

    const Run written = cli({QStringLiteral("import-text"), text, file});
    CHECK(written.exitCode == 0);
    CHECK(QFileInfo::exists(file));
    const Run checked = cli({QStringLiteral("check"), file});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("4 goals, 12 objectives, 42 actions, 115 measures")));

    CHECK(cli({QStringLiteral("import-text"), text, file}).exitCode == 1); // nothing overwritten without --force
}

TEST_CASE("import-text marks uncertain readings and lists what it could not place", "[cli][import-text]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("plan.txt"));
    writeAll(text, "Goal 1: Readers\n\nSomething about the goal.\n\nA paragraph that is a guess.\n\n"
                   "Objective 1.1: Reading\nAction 1.1.1: Train teachers.\n"
                   "Measure: Reading improves in 3 of 4 schools.\n");
    const Run run = cli({QStringLiteral("import-text"), text, dir.filePath(QStringLiteral("x.cairn")), QStringLiteral("--dry-run"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(run.exitCode == 0);
    const QJsonObject read = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QStringList uncertain;
    for (const QJsonValue item : read.value(QStringLiteral("items")).toArray())
        if (item.toObject().contains(QStringLiteral("uncertain")))
            uncertain.append(item.toObject().value(QStringLiteral("code")).toString());
    CHECK(uncertain.contains(QStringLiteral("1.2")));    // the guessed objective
    CHECK(uncertain.contains(QStringLiteral("1.1-L1"))); // numbers it did not read

    // Role and duty lines under an action are its responsibilities, in both forms.
    const QString roles = dir.filePath(QStringLiteral("roles.txt"));
    writeAll(roles, "Goal 1: Readers\n\nObjective 1.1: Reading\nAction 1.1.1: Adopt a phonics curriculum.\n"
                    "Principal: monitors classroom implementation\nLiteracy Coach: models lessons\n");
    const Run outline = cli({QStringLiteral("import-text"), roles, dir.filePath(QStringLiteral("r.cairn")), QStringLiteral("--dry-run")});
    CHECK(outline.out.contains(QStringLiteral("    Action 1.1.1  Adopt a phonics curriculum.\n"
                                           "      Principal: monitors classroom implementation\n"
                                           "      Literacy Coach: models lessons\n")));
    const Run json = cli({QStringLiteral("import-text"), roles, dir.filePath(QStringLiteral("r.cairn")), QStringLiteral("--dry-run"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject action = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("items")).toArray().at(2).toObject();
    CHECK(action.value(QStringLiteral("owner")).toString() == QStringLiteral("Principal"));
    CHECK(action.value(QStringLiteral("responsibilities")).toArray().at(1).toObject().value(QStringLiteral("role")).toString()
          == QStringLiteral("Literacy Coach"));

    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    writeAll(empty, "Just a letter to parents.\n");
    const Run refused = cli({QStringLiteral("import-text"), empty, dir.filePath(QStringLiteral("y.cairn"))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Nothing was written")));
}

TEST_CASE("publish writes the website, and replaces a folder's content only with --force", "[cli]")
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("socorro.cairn"));
    REQUIRE(cli({QStringLiteral("import"), socorroSample(), plan}).exitCode == 0);
    const QString site = dir.filePath(QStringLiteral("site"));

    const Run published = cli({QStringLiteral("publish"), plan, QStringLiteral("-o"), site, QStringLiteral("--year"), QStringLiteral("2023-24")});
    CHECK(published.exitCode == 0);
    CHECK(published.out.contains(QStringLiteral("Published the 2023-24 website")));
    CHECK(filesIn(site).contains(QStringLiteral("index.html")));
    CHECK(filesIn(site).contains(QStringLiteral("goal-p4.html")));
    CHECK(filesIn(site).contains(QStringLiteral("values-2023-24.csv")));
    CHECK(!filesIn(site).contains(QStringLiteral("values-2024-25.csv")));

    const QByteArray before = readAll(site + QStringLiteral("/index.html"));
    const Run refused = cli({QStringLiteral("publish"), plan, QStringLiteral("-o"), site});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK(readAll(site + QStringLiteral("/index.html")) == before);

    const Run replaced = cli({QStringLiteral("publish"), plan, QStringLiteral("-o"), site, QStringLiteral("--force")});
    CHECK(replaced.exitCode == 0);
    CHECK(filesIn(site).contains(QStringLiteral("values-2024-25.csv")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size() == 2); // the plan and the site

    const Run usage = cli({QStringLiteral("publish"), plan});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("-o DIR")));
}

TEST_CASE("publish takes a suppression rule by its preset and refuses one it does not know", "[cli]")
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("belen.cairn"));
    REQUIRE(cli({QStringLiteral("import"), belenSample(), plan}).exitCode == 0);
    const Run unknown = cli({QStringLiteral("publish"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("a")), QStringLiteral("--suppress"),
                             QStringLiteral("ny")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("tx, wi, de, ca or none")));
    CHECK(!QFileInfo::exists(dir.filePath(QStringLiteral("a"))));
    CHECK(cli({QStringLiteral("publish"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("b")), QStringLiteral("--min-n"),
               QStringLiteral("10")})
              .exitCode == 0);
}

TEST_CASE("report takes publish's suppression options and refuses a rule it does not know", "[cli][report][suppression]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    const Run unknown = cli({QStringLiteral("report"), socorroSample(), QStringLiteral("-o"), pdf, QStringLiteral("--suppress"), QStringLiteral("ny")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("\"ny\" is no suppression rule; use --suppress tx, wi, de, ca or none, or --min-n N")));
    const Run both = cli({QStringLiteral("report"), socorroSample(), QStringLiteral("-o"), pdf, QStringLiteral("--suppress"), QStringLiteral("tx"),
                          QStringLiteral("--min-n"), QStringLiteral("5")});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("either --suppress or --min-n, not both")));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("a report or chart made from a script without a desktop session says nothing but its own words", "[cli][report]")
{
    // cron and ssh give no XDG_RUNTIME_DIR; Qt would note that on stderr.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));
    REQUIRE(cli({QStringLiteral("import"), socorroSample(), file}).exitCode == 0);
    const Run report = cli({QStringLiteral("report"), file, QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf"))}, environment);
    CHECK(report.exitCode == 0);
    CHECK(report.err.isEmpty());
    const Run chart = cli({QStringLiteral("chart"), file, QStringLiteral("--measure"), QStringLiteral("1.1-L1"), QStringLiteral("-o"), dir.filePath(QStringLiteral("c.png"))},
                          environment);
    CHECK(chart.exitCode == 0);
    CHECK(chart.err.isEmpty());
}
