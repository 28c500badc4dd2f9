#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "report/boardreport.h"

#include <QElapsedTimer>

namespace cairn::cli {

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

    const auto plan = PlanIo::readForDocument(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    const auto year = line.year(context, *plan);
    if (const int *stop = std::get_if<int>(&year))
        return *stop;

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
