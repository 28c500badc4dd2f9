// cairn-bench: makes large synthetic plans and measures what Cairn costs on
// them. See bench/README.md and docs/performance.md.
//   cairn-bench generate [--goals G] [--objectives-per-goal O] [--measures-per-objective M]
//                        [--actions-per-objective A] [--years Y] [--children C] [--seed S] -o big.cairn [--force]
//   cairn-bench run [--size socorro|district|state|all] [--plan FILE] [--runs N] [--json]
//   cairn-bench server [URL] [--seconds N] [--owners N] [--think-ms N] [--push-runs N] [--no-push] [--no-load]
#include "measurements.h"
#include "plangenerator.h"
#include "serverfloors.h"
#include "serverload.h"
#include "testcluster.h"

#include "storage/planjson.h"
#include "storage/planlocation.h"
#include "storage/planserver.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <stdexcept>

using namespace cairn;
using namespace cairn::bench;

namespace {

struct Named {
    QString name;
    PlanSize size;
};

Named sizeNamed(const QString &name)
{
    PlanSize size;
    if (name == QLatin1String("state")) {
        size.goals = 50;
        size.objectivesPerGoal = 10;
        size.measuresPerObjective = 10;
        size.years = 15;
        size.children = 3;
    } // "district" is the default size: 10 goals x 6 objectives x 5 measures x 10 years
    return {name, size};
}

int countValues(const std::vector<Measure> &measures, int &count)
{
    int values = 0;
    for (const Measure &measure : measures) {
        ++count;
        values += int(measure.actuals.size() + measure.targets.size()) + countValues(measure.children, count);
    }
    return values;
}

std::pair<int, int> countsOf(const Plan &plan)
{
    int measures = 0;
    int values = 0;
    for (const Goal &goal : plan.goals) {
        values += countValues(goal.measures, measures);
        for (const Objective &objective : goal.objectives)
            values += countValues(objective.measures, measures);
    }
    return {measures, values};
}

QJsonObject runOn(const QString &label, const Plan &plan, const QString &file, int runs, const QStringList &only, QTextStream &out,
                  bool json)
{
    const auto [measures, values] = countsOf(plan);
    if (!json)
        out << "\n" << label << ": " << measures << " measures, " << values << " values\n";
    out.flush();
    double workingSet = 0;
    const std::vector<Result> results = measure(plan, file, runs, only, workingSet);
    QJsonArray array;
    for (const Result &result : results) {
        array.append(QJsonObject{{QStringLiteral("name"), result.name},
                                 {QStringLiteral("median_ms"), std::round(result.medianMs * 10) / 10},
                                 {QStringLiteral("worst_ms"), std::round(result.worstMs * 10) / 10},
                                 {QStringLiteral("runs"), result.runs}});
        if (!json)
            out << "  " << result.name.leftJustified(16) << QString::number(result.medianMs, 'f', 1).rightJustified(10) << " ms median"
                << QString::number(result.worstMs, 'f', 1).rightJustified(10) << " ms worst  (" << result.runs << " runs)\n";
    }
    const double rss = peakRssMb();
    const SiteSize site = websiteSize(plan);
    if (!json)
        out << "  website: " << site.files << " files, " << QString::number(site.kib, 'f', 0) << " KiB\n";
    if (!json)
        out << "  peak memory: " << QString::number(workingSet, 'f', 0) << " MB working with the plan; "
            << QString::number(rss, 'f', 0) << " MB with JSON and the report\n";
    out.flush();
    return QJsonObject{{QStringLiteral("size"), label},
                       {QStringLiteral("plan"), QJsonObject{{QStringLiteral("measures"), measures}, {QStringLiteral("values"), values}}},
                       {QStringLiteral("results"), array},
                       {QStringLiteral("website"), QJsonObject{{QStringLiteral("files"), site.files},
                                                               {QStringLiteral("kib"), std::round(site.kib)}}},
                       {QStringLiteral("peak_rss_mb"), std::round(workingSet)},
                       {QStringLiteral("peak_rss_with_json_and_report_mb"), std::round(rss)}};
}

int generate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic plan of the given size to a .cairn file."));
    parser.addHelpOption();
    const PlanSize defaults;
    struct Option {
        const char *name;
        int PlanSize::*field;
    };
    const Option options[] = {{"goals", &PlanSize::goals},
                              {"objectives-per-goal", &PlanSize::objectivesPerGoal},
                              {"measures-per-objective", &PlanSize::measuresPerObjective},
                              {"actions-per-objective", &PlanSize::actionsPerObjective},
                              {"years", &PlanSize::years},
                              {"children", &PlanSize::children}};
    for (const Option &option : options)
        parser.addOption(QCommandLineOption(QString::fromLatin1(option.name),
                                            QStringLiteral("default %1").arg(defaults.*option.field), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), QStringLiteral("default 12345"), QStringLiteral("S")));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("the plan file to write"),
                                        QStringLiteral("big.cairn")));
    parser.addOption(QCommandLineOption(QStringLiteral("force"), QStringLiteral("replace the output if it exists")));
    parser.process(arguments);
    PlanSize size;
    for (const Option &option : options) {
        if (parser.isSet(QString::fromLatin1(option.name))) {
            bool ok = false;
            const int value = parser.value(QString::fromLatin1(option.name)).toInt(&ok);
            if (!ok || value < 0 || value > 100000) {
                err << "--" << option.name << " must be a whole number from 0 to 100000\n";
                return 2;
            }
            size.*option.field = value;
        }
    }
    if (size.goals < 1 || size.years < 1) {
        err << "A plan needs at least one goal and one year.\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("seed")))
        size.seed = parser.value(QStringLiteral("seed")).toUInt();
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err << "Name the file to write with -o big.cairn.\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const Plan plan = generatePlan(size);
    try {
        Repository::create(output, plan, parser.isSet(QStringLiteral("force")));
    } catch (const StorageError &error) {
        err << error.message() << '\n';
        return 1;
    }
    const auto [measures, values] = countsOf(plan);
    out << "Wrote " << output << ": " << measures << " measures, " << values << " values in " << timer.elapsed() << " ms.\n";
    return 0;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures open, status, edit, JSON, report, website and outline costs."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("size"), QStringLiteral("socorro, district, state or all (default)"),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("plan"), QStringLiteral("measure this .cairn plan instead"), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("runs"), QStringLiteral("runs per measurement (default 9)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("print machine-readable results")));
    parser.addOption(QCommandLineOption(QStringLiteral("only"), QStringLiteral("only these measurements, such as status_rollup,edit_roundtrip"),
                                        QStringLiteral("NAMES")));
    parser.process(arguments);
    const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).isEmpty() ? 9 : parser.value(QStringLiteral("runs")).toInt());
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray all;
    QTemporaryDir dir;

    if (parser.isSet(QStringLiteral("plan"))) {
        const QString file = parser.value(QStringLiteral("plan"));
        try {
            all.append(runOn(QFileInfo(file).fileName(), Repository::open(file, Repository::Access::ReadOnly)->load(), file, runs, only, out, json));
        } catch (const StorageError &error) {
            err << error.message() << '\n';
            return 1;
        }
    } else {
        const QString which = parser.value(QStringLiteral("size")).isEmpty() ? QStringLiteral("all") : parser.value(QStringLiteral("size"));
        QStringList names = which == QLatin1String("all") ? QStringList{QStringLiteral("socorro"), QStringLiteral("district"), QStringLiteral("state")}
                                                          : QStringList{which};
        for (const QString &name : names) {
            if (name != QLatin1String("socorro") && name != QLatin1String("district") && name != QLatin1String("state")) {
                err << "--size must be socorro, district, state or all, not \"" << name << "\"\n";
                return 2;
            }
            const QString file = dir.filePath(name + QStringLiteral(".cairn"));
            {
                // Only the copy loaded from the file stays in memory while measuring.
                Plan plan;
                if (name == QLatin1String("socorro")) {
                    QFile sample(QStringLiteral(CAIRN_SOURCE_DIR "/resources/samples/socorro-isd-2023-2027.json"));
                    sample.open(QIODevice::ReadOnly);
                    plan = *PlanJson::read(sample.readAll()).plan;
                } else {
                    plan = generatePlan(sizeNamed(name).size);
                }
                Repository::create(file, plan);
            }
            // Measure the plan as loaded from the file, with its row ids.
            all.append(runOn(name, Repository::open(file, Repository::Access::ReadOnly)->load(), file, runs, only, out, json));
        }
    }
    if (json)
        out << QJsonDocument(all.size() == 1 ? QJsonDocument(all.first().toObject()) : QJsonDocument(all)).toJson();
    return 0;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

// `server push`'s copy of the state plan against COPY of the same rows.
void measurePush(const QString &url, int runs, QTextStream &out)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.cairn"));
    Repository::create(file, generatePlan(sizeNamed(QStringLiteral("state")).size));
    const Plan plan = Repository::open(file, Repository::Access::ReadOnly)->load(); // with its row ids, as server push reads it
    const auto [measures, values] = countsOf(plan);
    out << "Push: the state plan, " << measures << " measures, " << values << " values\n";
    out.flush();
    const PlanLocation server = PlanLocation::parse(url);
    onServer(server, [](const QSqlDatabase &db) { PlanServer::init(db); }); // as a district's IT runs it first
    PlanServer::Entry entry;
    const Result push = timed(QStringLiteral("server_push"), runs, [&] { entry = PlanServer::push(server, plan, true); });
    out << "  server push       " << ms(push.medianMs).rightJustified(12) << " median, " << ms(push.worstMs) << " worst (" << runs
        << " runs; schema, rows, grants and policies, one transaction)\n";
    out.flush();
    const CopyFloor floor = copyFloor(url, entry.schema);
    out << "  COPY floor        " << ms(floor.ms).rightJustified(12) << " (psql \\copy of the same " << floor.rows << " rows into "
        << floor.tables << " empty tables of the same definition, one transaction)\n";
    out << "  push / COPY       " << QString::number(push.medianMs / floor.ms, 'f', 2).rightJustified(9) << " x\n";
    out.flush();
}

void printLoad(const LoadResult &result, QTextStream &out)
{
    out << "Load: " << result.owners << " owners, each its own login and connection, " << result.measures << " measures, "
        << result.seconds << " s\n";
    out << "  edits accepted    " << QString::number(result.accepted).rightJustified(9) << "  ("
        << QString::number(double(result.accepted) / result.seconds, 'f', 1) << " a second)\n";
    out << "  write latency     p50 " << ms(percentile(result.writeMs, 0.5)) << ", p95 " << ms(percentile(result.writeMs, 0.95))
        << ", p99 " << ms(percentile(result.writeMs, 0.99)) << "  (one accepted write)\n";
    out << "  edit until saved  p50 " << ms(percentile(result.enteredMs, 0.5)) << ", p95 " << ms(percentile(result.enteredMs, 0.95))
        << ", p99 " << ms(percentile(result.enteredMs, 0.99)) << "  (rereads and retries after conflicts included)\n";
    out << "  conflicts         " << QString::number(result.conflicts).rightJustified(9)
        << "  (someone changed the same measure or the plan's shape since it was read; reread and retried)\n";
    out << "  stale edits       " << QString::number(result.staleTried).rightJustified(9) << " tried, " << result.staleRefused
        << " refused, " << result.staleAccepted << " wrongly accepted\n";
    out << "  lost updates      " << QString::number(result.lost).rightJustified(9)
        << "  (accepted writes missing from the plan or from the audit log with their author)\n";
    out << "  seen by another   p50 " << ms(percentile(result.visibleMs, 0.5)) << ", p95 " << ms(percentile(result.visibleMs, 0.95))
        << ", max " << ms(percentile(result.visibleMs, 1.0)) << "  (a watcher told by LISTEN/NOTIFY, as a window is)\n";
    out << "  errors            " << QString::number(result.errors).rightJustified(9);
    if (result.errors != 0)
        out << "  first: " << result.firstError;
    out << "\n";
    out.flush();
}

int server(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures a plan on a PostgreSQL server: server push against COPY, and owners "
                                                    "entering values at once. Without a URL, on a throw-away cluster of its own."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("postgresql://user@host:port/database (a superuser's or the database owner's)"));
    parser.addOption(QCommandLineOption(QStringLiteral("seconds"), QStringLiteral("how long the owners enter values (default 60)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("owners"), QStringLiteral("simulated owners (default 50)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("think-ms"), QStringLiteral("each owner's pause between edits (default 0)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("push-runs"), QStringLiteral("pushes of the state plan to time (default 3)"), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-push"), QStringLiteral("leave out push and COPY")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-load"), QStringLiteral("leave out the owners")));
    parser.process(arguments);
    auto number = [&](const QString &name, int fallback, int least) -> std::optional<int> {
        if (!parser.isSet(name))
            return fallback;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < least || value > 100000) {
            err << "--" << name << " must be a whole number from " << least << " to 100000\n";
            return std::nullopt;
        }
        return value;
    };
    LoadOptions options;
    const auto seconds = number(QStringLiteral("seconds"), options.seconds, 1);
    const auto owners = number(QStringLiteral("owners"), options.owners, 1);
    const auto think = number(QStringLiteral("think-ms"), options.thinkMs, 0);
    const auto runs = number(QStringLiteral("push-runs"), 3, 1);
    if (!seconds || !owners || !think || !runs)
        return 2;
    options.seconds = *seconds;
    options.owners = std::min(*owners, 99);
    options.thinkMs = *think;
    try {
        std::unique_ptr<TestCluster> cluster;
        if (parser.positionalArguments().isEmpty()) {
            out << "Starting a throw-away PostgreSQL cluster (scripts/pg-test-server)...\n";
            out.flush();
            cluster = std::make_unique<TestCluster>();
        }
        options.url = cluster ? cluster->url() : parser.positionalArguments().first();
        out << "Server: " << PlanLocation::parse(options.url).server() << "\n";
        if (!parser.isSet(QStringLiteral("no-push")))
            measurePush(options.url, *runs, out);
        if (!parser.isSet(QStringLiteral("no-load")))
            printLoad(runLoad(options), out);
    } catch (const StorageError &error) {
        err << error.message() << '\n';
        return 1;
    } catch (const std::exception &error) {
        err << error.what() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The dashboard and report measurements paint; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.takeAt(1) : QString();
    if (command == QLatin1String("generate"))
        return generate(arguments, out, err);
    if (command == QLatin1String("run"))
        return run(arguments, out, err);
    if (command == QLatin1String("server"))
        return server(arguments, out, err);
    err << "Usage: cairn-bench generate [options] -o big.cairn | cairn-bench run [--size NAME] [--plan FILE] [--runs N] [--json]\n"
           "       | cairn-bench server [URL] [--seconds N] [--owners N]\n"
           "Run \"cairn-bench generate --help\", \"cairn-bench run --help\" or \"cairn-bench server --help\" for the options.\n";
    return 2;
}
