// The seeded mutation fuzzer over every way into a plan: JSON plans, values
// sheets and .cairn files. No input may crash or hang a command; every
// refusal carries a message; a refused file is left byte for byte as it was.
// Inputs that once failed are kept in tests/data/fault/ and replayed first.
#include "faultsupport.h"
#include "mutator.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>

#include <iostream>

using namespace cairn;
using namespace cairn::test;

namespace {

constexpr int InputsPerFormat = 5000;
constexpr qint64 SlowestAllowedMs = 20000;

struct Tally {
    int inputs = 0;
    int accepted = 0;
    int refused = 0;
};

// Where an input that broke a promise is written, to be kept under
// tests/data/fault/ once the fault is fixed.
QString keepFailure(const QByteArray &input, const QString &name)
{
    const QString folder = QDir::current().filePath(QStringLiteral("fault-failures"));
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name;
    writeAll(path, input);
    return path;
}

// Runs one command on one input and checks what every command promises.
CliRun runChecked(const QStringList &arguments, const QByteArray &input, const QString &name, Tally &tally)
{
    QElapsedTimer timer;
    timer.start();
    const CliRun run = cliInProcess(arguments);
    const qint64 elapsed = timer.elapsed();
    if (run.exitCode != 0 && run.exitCode != 1)
        FAIL("exit code " << run.exitCode << " for " << keepFailure(input, name).toStdString() << ": " << run.err.toStdString());
    // `check` gives its findings on standard output, every refusal its
    // reason on standard error.
    if (run.exitCode == 1 && (arguments.first() == QLatin1String("check") ? run.out + run.err : run.err).trimmed().isEmpty())
        FAIL(arguments.join(QLatin1Char(' ')).toStdString() << ": a refusal without a message for " << keepFailure(input, name).toStdString());
    if (elapsed > SlowestAllowedMs)
        FAIL("took " << elapsed << " ms for " << keepFailure(input, name).toStdString());
    ++(run.exitCode == 0 ? tally.accepted : tally.refused);
    return run;
}

QList<QByteArray> keptInputs(const QString &suffix)
{
    QList<QByteArray> inputs;
    QDirIterator it(dataPath(QStringLiteral("fault")), {QStringLiteral("*.") + suffix}, QDir::Files);
    while (it.hasNext())
        inputs.append(readAll(it.next()));
    return inputs;
}

void report(const char *format, const Tally &tally)
{
    std::cout << "fuzz " << format << ": " << tally.inputs << " inputs; of the command runs on them " << tally.accepted
              << " accepted, " << tally.refused << " refused with a message; no crash, no hang" << std::endl;
}

// A scratch folder in memory where the machine has one: the fuzzer writes
// thousands of small files.
QString scratchRoot()
{
    return QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
}

} // namespace

TEST_CASE("fuzzed JSON plans are imported whole or refused with a message", "[fault][fuzz]")
{
    QTemporaryDir dir(scratchRoot() + QStringLiteral("/cairn-fuzz-json-XXXXXX"));
    const QList<QByteArray> bases = {readAll(socorroSample()), readAll(belenSample()), readAll(dataPath(QStringLiteral("full-plan.json")))};
    const QList<QByteArray> kept = keptInputs(QStringLiteral("json"));
    const QString input = dir.filePath(QStringLiteral("input.json"));
    const QString output = dir.filePath(QStringLiteral("out.cairn"));
    Mutator mutator(20261203);
    Tally tally;
    for (int i = 0; i < InputsPerFormat + kept.size(); ++i) {
        const QByteArray bytes = i < kept.size() ? kept.at(i) : mutator.mutate(bases.at(i % bases.size()), Mutator::Format::Json);
        const QString name = QStringLiteral("json-%1.json").arg(i);
        writeAll(input, bytes);
        QFile::remove(output);
        ++tally.inputs;
        const CliRun imported = runChecked({QStringLiteral("import"), input, output}, bytes, name, tally);
        runChecked({QStringLiteral("check"), input}, bytes, name, tally);
        if (imported.exitCode == 0) {
            if (rawScalar(output, QStringLiteral("PRAGMA integrity_check")) != QStringLiteral("ok"))
                FAIL("an imported plan fails its integrity check: " << keepFailure(bytes, name).toStdString());
        } else if (QFile::exists(output) || filesIn(dir.path()) != QStringList{QStringLiteral("input.json")}) {
            FAIL("a refused import left " << filesIn(dir.path()).join(QLatin1Char(' ')).toStdString() << " for "
                                          << keepFailure(bytes, name).toStdString());
        }
        if (readAll(input) != bytes)
            FAIL("the JSON input was changed: " << keepFailure(bytes, name).toStdString());
    }
    report("JSON plans", tally);
    CHECK(tally.inputs >= InputsPerFormat);
}

TEST_CASE("fuzzed values sheets are applied whole or refused with a message, the plan untouched", "[fault][fuzz]")
{
    QTemporaryDir dir(scratchRoot() + QStringLiteral("/cairn-fuzz-csv-XXXXXX"));
    const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(plan);
    const QByteArray pristine = readAll(plan);
    // A sheet as exported (every column, quoting, the byte-order mark) and
    // a filled-in one.
    QList<QByteArray> bases = {sheetOfValues(plan, QStringLiteral("2025-26"), QStringLiteral("41.5"), QStringLiteral("from the fuzzer"))};
    const QString exported = dir.filePath(QStringLiteral("exported.csv"));
    REQUIRE(cliInProcess({QStringLiteral("values"), QStringLiteral("export"), plan, exported, QStringLiteral("--year"), QStringLiteral("2024-25")})
                .exitCode == 0);
    bases.append(readAll(exported));
    QFile::remove(exported);
    const QList<QByteArray> kept = keptInputs(QStringLiteral("csv"));
    const QString sheet = dir.filePath(QStringLiteral("sheet.csv"));
    Mutator mutator(1203);
    Tally tally;
    for (int i = 0; i < InputsPerFormat + kept.size(); ++i) {
        const QByteArray bytes = i < kept.size() ? kept.at(i) : mutator.mutate(bases.at(i % bases.size()), Mutator::Format::Csv);
        const QString name = QStringLiteral("sheet-%1.csv").arg(i);
        writeAll(sheet, bytes);
        ++tally.inputs;
        const CliRun run = runChecked({QStringLiteral("values"), QStringLiteral("import"), plan, sheet}, bytes, name, tally);
        if (run.exitCode == 1 && readAll(plan) != pristine)
            FAIL("a refused sheet changed the plan: " << keepFailure(bytes, name).toStdString());
        if (!sideFilesOf(plan).isEmpty())
            FAIL("left beside the plan: " << sideFilesOf(plan).join(QLatin1Char(' ')).toStdString());
        if (run.exitCode == 0) {
            // What was accepted must leave a plan whose own export imports again.
            const QString json = dir.filePath(QStringLiteral("again.json"));
            REQUIRE(cliInProcess({QStringLiteral("export"), plan, json, QStringLiteral("--force")}).exitCode == 0);
            const CliRun again = cliInProcess({QStringLiteral("check"), json});
            if (again.exitCode != 0 && again.err.contains(QStringLiteral("not a valid")))
                FAIL("an accepted sheet gave a plan whose export is refused: " << keepFailure(bytes, name).toStdString() << ": "
                                                                                 << again.err.toStdString());
            writeAll(plan, pristine);
        }
    }
    report("values sheets", tally);
    CHECK(tally.inputs >= InputsPerFormat);
}

TEST_CASE("fuzzed plan files are read whole or refused with a message, and left as they were", "[fault][fuzz]")
{
    QTemporaryDir dir(scratchRoot() + QStringLiteral("/cairn-fuzz-cairn-XXXXXX"));
    const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
    importSocorro(plan);
    const QByteArray pristine = readAll(plan);
    const QString sheet = dir.filePath(QStringLiteral("sheet.csv"));
    writeAll(sheet, "code,school year,actual\n1.2-L1,2024-25,61\n");
    const QList<QByteArray> kept = keptInputs(QStringLiteral("cairn"));
    Mutator mutator(31);
    Tally tally;
    for (int i = 0; i < InputsPerFormat + kept.size(); ++i) {
        const QByteArray bytes = i < kept.size() ? kept.at(i) : mutator.mutate(pristine, Mutator::Format::PlanFile);
        const QString name = QStringLiteral("plan-%1.cairn").arg(i);
        writeAll(plan, bytes);
        ++tally.inputs;
        const CliRun status = runChecked({QStringLiteral("status"), plan}, bytes, name, tally);
        runChecked({QStringLiteral("check"), plan}, bytes, name, tally);
        const CliRun values = runChecked({QStringLiteral("values"), QStringLiteral("import"), plan, sheet}, bytes, name, tally);
        if (status.exitCode == 1 && (values.exitCode == 0 || readAll(plan) != bytes))
            FAIL("a refused plan file was changed: " << keepFailure(bytes, name).toStdString());
        if (!sideFilesOf(plan).isEmpty())
            FAIL("left beside the plan: " << sideFilesOf(plan).join(QLatin1Char(' ')).toStdString() << " for "
                                          << keepFailure(bytes, name).toStdString());
    }
    report("plan files", tally);
    CHECK(tally.inputs >= InputsPerFormat);
}
