#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "core/coveragetext.h"
#include "core/planstatus.h"
#include "core/plantexts.h"
#include "core/statustext.h"
#include "core/textparts.h"
#include "i18n/documentlanguage.h"
#include "i18n/language.h"
#include "report/valuetext.h"
#include "storage/statusjson.h"

#include <algorithm>
#include <cmath>

namespace cairn::cli {

namespace {

// Up to two decimals, as the plan writes numbers (DocumentLanguage).
QString value(double number)
{
    return ValueText::format(ValueFormat{}, number, 2);
}

QString percent(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1 %").arg(std::lround(*share * 100), 3) : QStringLiteral("    ");
}

// Wide enough for the longest status word in the language in force
// ("En buen camino" is longer than "Not yet due").
qsizetype statusWidth()
{
    qsizetype width = 0;
    for (const auto &token : tokensFor<Status>())
        width = std::max(width, StatusText::word(token.value).size());
    return width + 2; // the shape and a space
}

QString statusCell(const Judgement &judgement)
{
    const QString cell = StatusText::symbol(judgement.status) + QLatin1Char(' ') + StatusText::word(judgement.status);
    return cell.leftJustified(statusWidth());
}

// A rollup's progress column is blank when its measures give no progress
// figure: then its details say how many of its actions are complete.
QString progressColumn(const ItemStatus &item, bool rollup)
{
    return !rollup || CoverageText::fromMeasures(item) ? percent(item.progress) : percent({});
}

QString details(const ItemStatus &item, bool rollup)
{
    QStringList parts;
    if (rollup) {
        if (const QString reported = CoverageText::reported(item.coverage); !reported.isEmpty())
            parts.append(reported);
        if (!CoverageText::fromMeasures(item) && item.coverage.actions > 0)
            parts.append(CoverageText::progress(item));
    }
    const Judgement &judgement = item.judgement;
    if (judgement.target)
        parts.append(judgement.target->derived ? Commands::tr("target %1 (derived)").arg(value(judgement.target->value))
                                               : Commands::tr("target %1").arg(value(judgement.target->value)));
    if (judgement.actual)
        parts.append(Commands::tr("actual %1").arg(value(*judgement.actual)));
    if (judgement.manual)
        parts.append(judgement.rationale.isEmpty() ? Commands::tr("manual assessment")
                                                   : Commands::tr("manual assessment: %1").arg(judgement.rationale));
    return parts.join(QStringLiteral(" · "));
}

void printOutline(const Plan &plan, const PlanStatus &status, QTextStream &out)
{
    constexpr int labelWidth = 64;
    out << plan.title << '\n'
        << Commands::tr("School year %1, as of %2").arg(status.year().label(), status.asOf().toString(Qt::ISODate)) << "\n\n";
    auto line = [&out](QString label, const ItemStatus &item, bool rollup) {
        if (label.size() > labelWidth)
            label = label.left(labelWidth - 1) + QChar(0x2026);
        out << label.leftJustified(labelWidth) << "  " << statusCell(item.judgement) << progressColumn(item, rollup);
        const QString more = details(item, rollup);
        if (!more.isEmpty())
            out << "  " << more;
        out << '\n';
    };
    line(Commands::tr("Plan"), status.plan(), true);
    for (const ItemStatus &item : status.items()) {
        const bool rollup = item.kind == ItemKind::Goal || item.kind == ItemKind::Objective;
        line(QString(item.depth * 2, QLatin1Char(' ')) + item.code + QLatin1Char(' ') + oneLineTextParts(item.title), item, rollup);
    }
}

} // namespace

int Commands::status(Context &context)
{
    CommandLine line(QStringLiteral("status"), tr("Shows the status and progress of every goal, objective, measure and "
                                                  "action of a plan for one school year (docs/status-rules.md)."));
    line.addPositional(QStringLiteral("IN.cairn"), tr("the plan file (or a JSON plan) to read"));
    line.addValueOption(QStringLiteral("year"), tr("the school year to judge, such as 2024-25; default: the plan's report year"),
                        QStringLiteral("Y"));
    line.addAsOfOption();
    line.addFormatOption(tr("text (an outline) or json"));
    line.addLanguageOption();
    if (const auto stop = line.parse(context))
        return *stop;
    if (const auto stop = line.useLanguage(context))
        return *stop;

    const auto format = line.format(context);
    if (const int *stop = std::get_if<int>(&format))
        return *stop;
    const auto asOfOrStop = line.asOf(context);
    if (const int *stop = std::get_if<int>(&asOfOrStop))
        return *stop;
    const QDate asOf = std::get<QDate>(asOfOrStop);
    const QString path = line.positional().at(0);
    auto plan = PlanIo::read(path, context.err);
    if (!plan)
        return Refused;
    // The outline is a document: the plan's own words in --lang's language,
    // its numbers as the plan writes them.
    plan = PlanTexts::inLanguage(std::move(*plan), Language::installed());
    const DocumentLanguage speaking(Language::installed(), plan->numbers);
    const auto year = line.year(context, *plan);
    if (const int *stop = std::get_if<int>(&year))
        return *stop;
    const SchoolYear judged = std::get<SchoolYear>(year);

    const PlanStatus status = PlanStatus::evaluate(*plan, judged, asOf);
    if (std::get<CommandLine::Format>(format) == CommandLine::Format::Json) {
        context.out.flush();
        return PlanIo::writeOutput(QStringLiteral("-"), StatusJson::write(status), false, context.out, context.err) ? Success : Refused;
    }
    printOutline(*plan, status, context.out);
    return Success;
}

} // namespace cairn::cli
