#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "core/alignment.h"
#include "report/boardreport.h"
#include "storage/planreader.h"

#include <QFileInfo>
#include <QHash>

#include <QElapsedTimer>

namespace cairn::cli {

namespace {

// The school plans named by --schools (a folder names the plans in it),
// each checked to be a school plan aligned to `district`. False, with what
// is wrong printed, otherwise.
bool readSchools(const Plan &district, const QStringList &named, std::vector<Plan> &schools, QTextStream &err)
{
    if (district.kind != PlanKind::District) {
        err << Commands::tr("--schools is for a district plan's report; this is the plan of %1. Nothing was written.")
                   .arg(Alignment::schoolName(district))
            << '\n';
        return false;
    }
    QStringList paths;
    for (const QString &name : named) {
        if (!QFileInfo(name).isDir()) {
            paths.append(name);
            continue;
        }
        const QStringList inside = PlanReader::inFolder(name);
        if (inside.isEmpty()) {
            err << Commands::tr("The folder %1 holds no plan files (.cairn or .json). Nothing was written.").arg(name) << '\n';
            return false;
        }
        paths.append(inside);
    }
    QHash<QString, QString> seen; // plan id → the file that named it first
    for (const QString &path : paths) {
        auto school = PlanIo::read(path, err);
        if (!school)
            return false;
        if (const QString refusal = Alignment::refusal(district, *school, path); !refusal.isEmpty()) {
            err << refusal << ' ' << Commands::tr("Nothing was written.") << '\n';
            return false;
        }
        if (seen.contains(school->uuid)) {
            err << Commands::tr("%1 and %2 are the same school plan (id %3): name it once. Nothing was written.")
                       .arg(seen.value(school->uuid), path, school->uuid)
                << '\n';
            return false;
        }
        seen.insert(school->uuid, path);
        schools.push_back(std::move(*school));
    }
    return true;
}

} // namespace

int Commands::report(Context &context)
{
    CommandLine line(QStringLiteral("report"), tr("Writes the board progress report of a plan for one school year as a PDF: cover, "
                                                  "contents, summary, a section per goal with tables and charts, the committee's "
                                                  "recommendations and an appendix on how statuses are determined."));
    line.addPositional(QStringLiteral("IN.cairn"), tr("the plan file (or a JSON plan) to read"));
    line.addOutputOption(tr("the PDF to write"));
    line.addValueOption(QStringLiteral("year"), tr("the school year to report on; default: the plan's report year"), QStringLiteral("Y"));
    line.addValueOption(QStringLiteral("goals"), tr("only these goals, by code, separated by commas; default: all"), QStringLiteral("P1,P3"));
    line.addFlag(QStringLiteral("no-charts"), tr("leave out the annual-target charts"));
    line.addFlag(QStringLiteral("no-actions"), tr("leave out the tables of actions"));
    line.addFlag(QStringLiteral("no-recommendations"), tr("leave out the committee's recommendations"));
    line.addPaperOption();
    line.addValueOption(QStringLiteral("compare-with"), tr("add a section on what changed since this review (its number or title)"),
                        QStringLiteral("REVIEW"));
    line.addAsOfOption();
    line.addSuppressionOptions();
    line.addListOption(QStringLiteral("schools"),
                       tr("add a School plans section on how these school plans (files, or folders of them) support the plan"),
                       QStringLiteral("FILE"));
    line.addFlag(QStringLiteral("force"), tr("replace OUT.pdf if it exists"));
    line.addLanguageOption();
    if (const auto stop = line.parse(context))
        return *stop;
    if (const auto stop = line.useLanguage(context))
        return *stop;

    const QString output = line.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err << tr("Name the PDF to write with -o OUT.pdf.") << '\n';
        return Usage;
    }
    const auto paper = line.paper(context);
    if (const int *stop = std::get_if<int>(&paper))
        return *stop;
    const auto asOf = line.asOf(context);
    if (const int *stop = std::get_if<int>(&asOf))
        return *stop;
    const auto suppression = line.suppression(context);
    if (const int *stop = std::get_if<int>(&suppression))
        return *stop;
    if (!PlanIo::mayWrite(output, line.isSet(QStringLiteral("force")), context.err))
        return Refused;

    const auto plan = PlanIo::read(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    const auto year = line.year(context, *plan);
    if (const int *stop = std::get_if<int>(&year))
        return *stop;

    std::vector<Plan> schools;
    if (line.isSet(QStringLiteral("schools")) && !readSchools(*plan, line.values(QStringLiteral("schools")), schools, context.err))
        return Refused;

    ReportOptions options;
    options.year = std::get<SchoolYear>(year);
    options.asOf = std::get<QDate>(asOf);
    options.reportDate = QDate::currentDate();
    options.charts = !line.isSet(QStringLiteral("no-charts"));
    options.actions = !line.isSet(QStringLiteral("no-actions"));
    options.recommendations = !line.isSet(QStringLiteral("no-recommendations"));
    options.paper = std::get<ReportOptions::Paper>(paper);
    options.suppression = std::get<std::optional<SuppressionRule>>(suppression);
    if (line.isSet(QStringLiteral("compare-with"))) {
        const Review *review = PlanIo::findReview(*plan, line.value(QStringLiteral("compare-with")), context.err);
        if (!review)
            return Refused;
        options.compareWith = review->title;
    }
    if (line.isSet(QStringLiteral("goals"))) {
        QStringList known;
        for (const Goal &goal : plan->goals)
            known.append(goal.code);
        for (const QString &code : line.value(QStringLiteral("goals")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto match = std::find_if(known.begin(), known.end(), [&](const QString &k) { return k.compare(code.trimmed(), Qt::CaseInsensitive) == 0; });
            if (match == known.end()) {
                context.err << tr("The plan has no goal \"%1\"; its goals are %2.").arg(code.trimmed(), known.join(QStringLiteral(", "))) << '\n';
                return Refused;
            }
            options.goals.append(*match);
        }
    }

    QElapsedTimer timer;
    timer.start();
    options.schools = std::move(schools);
    const BoardReport report(*plan, options);
    if (const QString problem = report.writePdf(output); !problem.isEmpty()) {
        context.err << problem << '\n';
        return Refused;
    }
    context.out << tr("Wrote the %1 progress report (%2 pages) to %3 in %4 s.")
                       .arg(options.year.label())
                       .arg(report.pageCount())
                       .arg(output)
                       .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
                << '\n';
    return Success;
}

} // namespace cairn::cli
