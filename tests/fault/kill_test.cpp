// SIGKILL at random moments while cairn-cli imports a plan, imports a
// values sheet and writes a report: afterwards the plan is intact and holds
// all of the work or none of it, and nothing is left beside it.
#include "faultsupport.h"
#include "planfixtures.h"

#include "storage/repository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <iostream>
#include <random>

using namespace cairn;
using namespace cairn::test;

namespace {

struct KillTally {
    int kills = 0;
    int before = 0; // killed before the work was saved: the old state
    int after = 0;  // killed after: the new state
};

// Starts cairn-cli and kills it `delayUs` microseconds later, or lets it
// finish if it is quicker. Returns whether the kill came first.
bool killAfter(const QStringList &arguments, int delayUs)
{
    QProcess process;
    process.start(QStringLiteral(CAIRN_CLI), arguments);
    REQUIRE(process.waitForStarted());
    QThread::usleep(delayUs);
    const bool killed = process.state() == QProcess::Running && ::kill(pid_t(process.processId()), SIGKILL) == 0;
    REQUIRE(process.waitForFinished(60000));
    return killed;
}

// How long one run takes, so that kills land all along it.
int durationUs(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    const CliRun run = cliProcess(arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return int(timer.nsecsElapsed() / 1000);
}

void report(const char *what, const KillTally &tally)
{
    std::cout << "kill " << what << ": " << tally.kills << " SIGKILLs, " << tally.before << " left the old state, " << tally.after
              << " the new one; every plan intact, nothing left beside it" << std::endl;
}

// After a kill, the next Cairn to open the plan settles what was left.
void expectIntactAndAlone(const QString &path)
{
    INFO(path.toStdString());
    REQUIRE_NOTHROW(Repository::open(path));
    CHECK(rawScalar(path, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    INFO("left: " << sideFilesOf(path).join(QLatin1Char(' ')).toStdString());
    CHECK(sideFilesOf(path).isEmpty());
}

} // namespace

TEST_CASE("an import killed at any moment leaves the old plan or the whole new one", "[fault][kill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(path);
    const QByteArray old = readAll(path);
    const QStringList arguments = {QStringLiteral("import"), belenSample(), path, QStringLiteral("--force")};
    const int duration = durationUs(arguments);
    const QString oldTitle = readPlanJson(socorroSample()).title;
    const QString newTitle = readPlanJson(belenSample()).title;
    std::mt19937 random(7);
    KillTally tally;
    while (tally.kills < 100) {
        writeAll(path, old);
        if (!killAfter(arguments, int(random() % unsigned(duration * 6 / 5))))
            continue;
        ++tally.kills;
        expectIntactAndAlone(path);
        const QString title = Repository::open(path)->load().title;
        CHECK((title == oldTitle || title == newTitle));
        ++(title == oldTitle ? tally.before : tally.after);
    }
    report("import", tally);
}

TEST_CASE("a values import killed at any moment saves every value or none", "[fault][kill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(path);
    const QString sheet = dir.filePath(QStringLiteral("sheet.csv"));
    writeAll(sheet, sheetOfValues(path, QStringLiteral("2025-26"), QStringLiteral("61"), QStringLiteral("killed?")));
    const QByteArray old = readAll(path);
    const QStringList arguments = {QStringLiteral("values"), QStringLiteral("import"), path, sheet};
    const int duration = durationUs(arguments);
    const int saved = rawScalar(path, QStringLiteral("SELECT count(*) FROM actuals WHERE note = 'killed?'")).toInt();
    REQUIRE(saved > 10);
    std::mt19937 random(11);
    KillTally tally;
    while (tally.kills < 70) {
        writeAll(path, old);
        if (!killAfter(arguments, int(random() % unsigned(duration * 6 / 5))))
            continue;
        ++tally.kills;
        expectIntactAndAlone(path);
        const int count = rawScalar(path, QStringLiteral("SELECT count(*) FROM actuals WHERE note = 'killed?'")).toInt();
        CHECK((count == 0 || count == saved));
        ++(count == 0 ? tally.before : tally.after);
    }
    report("values import", tally);
}

TEST_CASE("a report killed at any moment leaves the old PDF or the whole new one", "[fault][kill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(path);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    writeAll(pdf, "%PDF-old");
    const QStringList arguments = {QStringLiteral("report"), path, QStringLiteral("-o"), pdf, QStringLiteral("--force")};
    const int duration = durationUs(arguments);
    const QByteArray plan = readAll(path);
    std::mt19937 random(13);
    KillTally tally;
    while (tally.kills < 60) {
        writeAll(pdf, "%PDF-old");
        if (!killAfter(arguments, int(random() % unsigned(duration * 6 / 5))))
            continue;
        ++tally.kills;
        const QByteArray written = readAll(pdf);
        const bool whole = written.startsWith("%PDF-1") && written.trimmed().endsWith("%%EOF");
        CHECK((written == "%PDF-old" || whole));
        ++(written == "%PDF-old" ? tally.before : tally.after);
        CHECK(readAll(path) == plan);
        // The next report to the same file settles what the killed one left.
        REQUIRE(cliProcess({QStringLiteral("report"), path, QStringLiteral("-o"), pdf, QStringLiteral("--force"),
                            QStringLiteral("--no-charts")})
                    .exitCode == 0);
        CHECK(filesIn(dir.path()) == QStringList({QStringLiteral("plan.cairn"), QStringLiteral("report.pdf")}));
    }
    report("report", tally);
}
