#include "cli.h"

#include "commandline.h"
#include "planio.h"
#include "qualitytext.h"

#include "core/plancheck.h"
#include "core/planwalk.h"
#include "storage/qualityjson.h"

namespace cairn::cli {

namespace {

// The rubric --criteria names: Cairn's own for "default", else a file.
std::optional<RubricCriteria> criteriaOf(const QString &given, QTextStream &err)
{
    if (given == QLatin1String("default"))
        return Rubric::builtIn();
    const QualityJson::Read read = QualityJson::readCriteriaFile(given);
    if (read.criteria)
        return read.criteria;
    if (!read.unreadable.isEmpty()) {
        err << read.unreadable << '\n';
    } else {
        err << Commands::tr("%1 is not a rubric Cairn can use (docs/plan-quality.md). Problems found: %2")
                   .arg(given)
                   .arg(read.problems.size())
            << '\n';
        for (const JsonProblem &problem : read.problems)
            err << "  " << problem.toString() << '\n';
    }
    err << Commands::tr("Nothing was checked. Give --criteria default for Cairn's own rubric.") << '\n';
    return std::nullopt;
}

} // namespace

int Commands::check(Context &context)
{
    CommandLine line(QStringLiteral("check"), tr("Checks a plan file (.cairn) or JSON plan: that the file is intact, "
                                                 "then the plan's quality, findings grouped by kind. With --criteria, also "
                                                 "reviews the plan against a plan-quality rubric, component by component "
                                                 "(docs/plan-quality.md). Errors make the exit code 1; warnings and the "
                                                 "rubric's ratings do not."));
    line.addPositional(QStringLiteral("FILE"), tr("a .cairn plan file or a JSON plan"));
    line.addValueOption(QStringLiteral("criteria"),
                        tr("review the plan against a rubric: \"default\" for Cairn's own, or a rubric file (JSON) naming "
                           "the components a state reviews"),
                        QStringLiteral("RUBRIC"));
    line.addFormatOption(tr("text (findings grouped by kind) or json (each finding, and each component)"));
    if (const auto stop = line.parse(context))
        return *stop;
    const auto format = line.format(context);
    if (const int *stop = std::get_if<int>(&format))
        return *stop;
    std::optional<RubricCriteria> criteria;
    if (line.isSet(QStringLiteral("criteria"))) {
        criteria = criteriaOf(line.value(QStringLiteral("criteria")), context.err);
        if (!criteria)
            return Refused;
    }
    const QString path = line.positional().at(0);
    const auto plan = PlanIo::read(path, context.err);
    if (!plan)
        return Refused;

    const std::vector<Finding> findings = PlanCheck::run(*plan);
    const std::vector<RubricResult> results = criteria ? Rubric::review(*plan, *criteria) : std::vector<RubricResult>();
    const auto errors = std::count_if(findings.begin(), findings.end(),
                                      [](const Finding &finding) { return finding.severity == Finding::Severity::Error; });
    if (std::get<CommandLine::Format>(format) == CommandLine::Format::Json) {
        context.out.flush();
        if (!PlanIo::writeOutput(QStringLiteral("-"), QualityJson::writeCheck(path, findings, criteria ? &*criteria : nullptr, results),
                                 false, context.out, context.err))
            return Refused;
    } else {
        QualityText::printFindings(findings, context.out);
        context.out << tr("%1: %2; errors: %3, warnings: %4.")
                           .arg(path, Commands::counts(*plan))
                           .arg(errors)
                           .arg(qsizetype(findings.size()) - errors)
                    << '\n';
        if (criteria)
            QualityText::printRubric(*criteria, results, context.out);
    }
    return errors > 0 ? Refused : Success;
}

} // namespace cairn::cli
