#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "storage/repository.h"
#include "storage/storageerror.h"
#include "storage/valuescsv.h"

#include <QFile>
#include <QFileInfo>

namespace cairn::cli {

namespace {

QString valueText(const std::optional<Actual> &actual)
{
    if (!actual)
        return Commands::tr("(none)");
    QString text = QString::number(actual->value, 'g', 15);
    if (actual->preliminary)
        text += Commands::tr(" (preliminary)");
    if (actual->n)
        text += Commands::tr(" (n = %1)").arg(*actual->n);
    return text;
}

int exportValues(Context &context)
{
    CommandLine line(QStringLiteral("values export"),
                     Commands::tr("Writes a collection sheet (CSV) of numeric measures' values for one school year, "
                                  "for owners to fill in a spreadsheet."));
    line.addPositional(QStringLiteral("IN.cairn"), Commands::tr("the plan file"));
    line.addPositional(QStringLiteral("OUT.csv"), Commands::tr("the sheet to write, or - for standard output"));
    line.addValueOption(QStringLiteral("year"), Commands::tr("the school year, such as 2024-25; default: the year under review"),
                        QStringLiteral("Y"));
    line.addValueOption(QStringLiteral("owner"), Commands::tr("only this owner's measures"), QStringLiteral("NAME"));
    line.addValueOption(QStringLiteral("goal"), Commands::tr("only the measures under this goal"), QStringLiteral("CODE"));
    line.addFlag(QStringLiteral("missing"), Commands::tr("only measures that have no value for the year yet"));
    line.addFlag(QStringLiteral("force"), Commands::tr("replace OUT.csv if it exists"));
    if (const auto stop = line.parse(context))
        return *stop;
    const auto plan = PlanIo::readPlanFile(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    const auto year = line.year(context, *plan);
    if (const int *stop = std::get_if<int>(&year))
        return *stop;
    ValuesCsv::Selection selection;
    selection.year = std::get<SchoolYear>(year);
    selection.owner = line.value(QStringLiteral("owner"));
    selection.goal = line.value(QStringLiteral("goal"));
    selection.missingOnly = line.isSet(QStringLiteral("missing"));
    if (!selection.goal.isEmpty()
        && std::none_of(plan->goals.begin(), plan->goals.end(), [&](const Goal &goal) { return goal.code == selection.goal; })) {
        context.err << Commands::tr("The plan has no goal with the code \"%1\".").arg(selection.goal) << '\n';
        return Refused;
    }
    return PlanIo::writeOutput(line.positional().at(1), ValuesCsv::write(*plan, selection), line.isSet(QStringLiteral("force")),
                               context.out, context.err)
               ? Success
               : Refused;
}

int importValues(Context &context)
{
    CommandLine line(QStringLiteral("values import"),
                     Commands::tr("Reads a filled-in collection sheet (CSV) into the plan. Every row is checked first; if any "
                                  "row is refused, nothing is changed unless --partial is given."));
    line.addPositional(QStringLiteral("IN.cairn"), Commands::tr("the plan file to update"));
    line.addPositional(QStringLiteral("VALUES.csv"), Commands::tr("the sheet"));
    line.addFlag(QStringLiteral("dry-run"), Commands::tr("show what would change, change nothing"));
    line.addFlag(QStringLiteral("partial"), Commands::tr("apply the valid rows even if others are refused"));
    line.addUserOption();
    if (const auto stop = line.parse(context))
        return *stop;
    // A dry run writes nothing, so it needs no one to record.
    const bool dryRun = line.isSet(QStringLiteral("dry-run"));
    const QString user = dryRun ? QString() : line.user(context);
    if (!dryRun && user.isEmpty())
        return Refused;
    const QString planPath = line.positional().at(0);
    const QString sheetPath = line.positional().at(1);
    QFile sheet(sheetPath);
    if (!sheet.open(QIODevice::ReadOnly)) {
        context.err << Commands::tr("%1 cannot be read: %2.").arg(sheetPath, sheet.errorString()) << '\n';
        return Refused;
    }
    try {
        const auto repository = Repository::open(planPath, dryRun ? Repository::Access::ReadOnly : Repository::Access::ReadWrite);
        repository->setActor(user);
        const Plan plan = repository->load();
        const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        const ValuesCsv::Reading reading = ValuesCsv::read(plan, sheet.readAll(), user, now);
        // Changes are listed once they are saved (or, in a dry run, as what
        // would be saved): never before a write that may still be refused.
        const auto listChanges = [&] {
            for (const ValuesCsv::Change &change : reading.changes)
                context.out << Commands::tr("line %1: %2 %3: %4 \u2192 %5")
                                   .arg(change.line)
                                   .arg(change.code, change.year.label(), valueText(change.before), valueText(change.after))
                            << '\n';
        };
        for (const ValuesCsv::Problem &problem : reading.problems)
            context.err << problem.toString() << '\n';
        // Imported as they are, but worth a look before the board sees them.
        for (const ValuesCsv::Problem &warning : reading.warnings)
            context.err << Commands::tr("warning: %1").arg(warning.toString()) << '\n';
        const bool refused = !reading.problems.empty() && !line.isSet(QStringLiteral("partial"));
        if (refused || dryRun || reading.changes.empty()) {
            if (refused) {
                //: %1: "2 problems found"; %2: "30 valid changes".
                context.err << Commands::tr("%1; nothing was changed. Fix them, or add --partial to apply the %2.")
                                   .arg(Commands::tr("%n problems found", nullptr, int(reading.problems.size())),
                                        Commands::tr("%n valid changes", nullptr, int(reading.changes.size())))
                            << '\n';
            } else {
                listChanges();
                //: %1: "3 changes"; %2: "30 rows unchanged"; %3: " (dry run)" or nothing.
                context.out << Commands::tr("%1, %2; nothing was written%3.")
                                   .arg(Commands::tr("%n changes", nullptr, int(reading.changes.size())),
                                        Commands::tr("%n rows unchanged", nullptr, reading.unchanged),
                                        dryRun ? Commands::tr(" (dry run)") : QString())
                            << '\n';
            }
            return refused ? Refused : Success;
        }
        const ValuesCsv::Applied applied = ValuesCsv::apply(plan, reading.changes);
        std::vector<std::pair<Measure, Measure>> pairs;
        for (std::size_t i = 0; i < applied.before.size(); ++i)
            pairs.emplace_back(applied.before[i], applied.after[i]);
        repository->updateMeasures(pairs, QFileInfo(sheetPath).fileName());
        listChanges();
        //: %1: "3 values saved"; %2: "30 rows unchanged".
        context.out << Commands::tr("%1, %2.").arg(Commands::tr("%n values saved", nullptr, int(reading.changes.size())),
                                                   Commands::tr("%n rows unchanged", nullptr, reading.unchanged))
                    << '\n';
        return reading.problems.empty() ? Success : Refused;
    } catch (const StorageError &error) {
        context.err << error.message() << '\n';
        return Refused;
    }
}

} // namespace

int Commands::values(Context &context)
{
    const QString sub = context.arguments.value(1);
    Context inner{context.arguments.mid(1), context.out, context.err};
    if (sub == QLatin1String("export"))
        return exportValues(inner);
    if (sub == QLatin1String("import"))
        return importValues(inner);
    context.err << tr("Use \"cairn-cli values export\" or \"cairn-cli values import\"; add --help to either for its options.") << '\n';
    return Usage;
}

} // namespace cairn::cli
