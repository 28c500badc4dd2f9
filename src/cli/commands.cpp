#include "cli.h"

#include "commandline.h"
#include "planio.h"
#include "qualitytext.h"

#include "core/planwalk.h"
#include "core/statustext.h"
#include "storage/planjson.h"

namespace cairn::cli {

QString Commands::counts(const Plan &plan)
{
    int goals = 0, objectives = 0, actions = 0, measures = 0;
    forEachItem(plan, [&](const ItemView &item) {
        switch (item.kind) {
        case ItemKind::Goal: ++goals; break;
        case ItemKind::Objective: ++objectives; break;
        case ItemKind::Action: ++actions; break;
        case ItemKind::Measure: ++measures; break;
        }
    });
    //: "4 goals, 12 objectives, 42 actions, 115 measures"
    return Commands::tr("%1, %2, %3, %4")
        .arg(StatusText::counted(ItemKind::Goal, goals), StatusText::counted(ItemKind::Objective, objectives),
             StatusText::counted(ItemKind::Action, actions), StatusText::counted(ItemKind::Measure, measures));
}

int Commands::importPlan(Context &context)
{
    CommandLine line(QStringLiteral("import"), tr("Creates a Cairn plan file from a JSON plan. The JSON is checked in "
                                                  "full first; if anything is wrong, nothing is written."));
    line.addPositional(QStringLiteral("PLAN.json"), tr("the plan in Cairn's JSON format (docs/file-format.md)"));
    line.addPositional(QStringLiteral("OUT.cairn"), tr("the plan file to create"));
    line.addFlag(QStringLiteral("force"), tr("replace OUT.cairn if it exists"));
    if (const auto stop = line.parse(context))
        return *stop;
    const QString input = line.positional().at(0);
    const QString output = line.positional().at(1);

    const auto plan = PlanIo::readJson(input, context.err);
    if (!plan) {
        context.err << tr("Nothing was written.") << '\n';
        return Refused;
    }
    const std::vector<Finding> findings = PlanCheck::run(*plan);
    if (PlanCheck::hasErrors(findings)) {
        context.err << tr("%1 contradicts itself; fix these and import again. Nothing was written.").arg(input) << '\n';
        std::vector<Finding> errors;
        std::copy_if(findings.begin(), findings.end(), std::back_inserter(errors),
                     [](const Finding &finding) { return finding.severity == Finding::Severity::Error; });
        QualityText::printFindings(errors, context.err);
        return Refused;
    }
    if (!PlanIo::createPlan(output, *plan, line.isSet(QStringLiteral("force")), context.err))
        return Refused;
    context.out << tr("Imported \"%1\" (%2) into %3.").arg(plan->title, counts(*plan), output) << '\n';
    return Success;
}

int Commands::exportPlan(Context &context)
{
    CommandLine line(QStringLiteral("export"), tr("Writes a whole Cairn plan file, reviews and audit log included, as JSON."));
    line.addPositional(QStringLiteral("IN.cairn"), tr("the plan file to read"));
    line.addPositional(QStringLiteral("OUT.json"), tr("the JSON file to write, or - for standard output"));
    line.addFlag(QStringLiteral("force"), tr("replace OUT.json if it exists"));
    if (const auto stop = line.parse(context))
        return *stop;

    const auto plan = PlanIo::readPlanFile(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    if (!PlanIo::writeOutput(line.positional().at(1), PlanJson::write(*plan), line.isSet(QStringLiteral("force")),
                             context.out, context.err))
        return Refused;
    return Success;
}

} // namespace cairn::cli
