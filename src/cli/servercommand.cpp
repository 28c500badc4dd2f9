#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "storage/planfile.h"
#include "storage/planlocation.h"
#include "storage/planserver.h"
#include "storage/storageerror.h"

namespace cairn::cli {

namespace {

// Runs `work` on a connection to the database `url` names, printing a
// refusal (bad URL, server down, login refused…) instead.
template<typename Work>
int withServer(Context &context, const QString &url, Work work)
{
    try {
        const PlanLocation location = PlanLocation::parse(url);
        QSqlDatabase db = PlanServer::connect(location);
        try {
            const int code = work(db, location);
            PlanFile::disconnect(db);
            return code;
        } catch (...) {
            PlanFile::disconnect(db);
            throw;
        }
    } catch (const StorageError &error) {
        context.err << error.message() << '\n';
        return Refused;
    }
}

int init(Context &context)
{
    CommandLine line(QStringLiteral("server init"),
                     Commands::tr("Sets up a PostgreSQL database to hold Cairn plans (the catalog of plans). Running it "
                                  "again changes nothing."));
    line.addPositional(QStringLiteral("URL"), Commands::tr("postgresql://LOGIN@HOST:PORT/DATABASE (docs/server.md)"));
    if (const auto stop = line.parse(context))
        return *stop;
    const QString url = line.positional().at(0);
    return withServer(context, url, [&](const QSqlDatabase &db, const PlanLocation &location) {
        PlanServer::init(db);
        context.out << Commands::tr("%1 is ready for Cairn plans. Copy one onto it with \"cairn-cli server push PLAN.cairn %2\".")
                           .arg(location.server(), location.withPlan({}).toString())
                    << '\n';
        return int(Success);
    });
}

int list(Context &context)
{
    CommandLine line(QStringLiteral("server list"), Commands::tr("Lists the plans a PostgreSQL database holds."));
    line.addPositional(QStringLiteral("URL"), Commands::tr("postgresql://LOGIN@HOST:PORT/DATABASE (docs/server.md)"));
    if (const auto stop = line.parse(context))
        return *stop;
    return withServer(context, line.positional().at(0), [&](const QSqlDatabase &db, const PlanLocation &location) {
        const std::vector<PlanServer::Entry> plans = PlanServer::plans(db, location);
        if (plans.empty())
            context.out << Commands::tr("%1 holds no plans yet.").arg(location.server()) << '\n';
        for (const PlanServer::Entry &entry : plans)
            context.out << Commands::tr("%1  \"%2\", pushed by %3 on %4")
                               .arg(entry.id, entry.title, entry.pushedBy,
                                    entry.pushedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                        << '\n';
        return int(Success);
    });
}

int push(Context &context)
{
    CommandLine line(QStringLiteral("server push"),
                     Commands::tr("Copies a plan onto a PostgreSQL server in one transaction, reviews and audit log "
                                  "included. The file is not changed."));
    line.addPositional(QStringLiteral("PLAN.cairn"), Commands::tr("the plan file (or a JSON plan) to copy"));
    line.addPositional(QStringLiteral("URL"), Commands::tr("postgresql://LOGIN@HOST:PORT/DATABASE (docs/server.md)"));
    line.addFlag(QStringLiteral("force"), Commands::tr("replace the plan on the server if it is there already"));
    if (const auto stop = line.parse(context))
        return *stop;
    const QString url = line.positional().at(1);
    const auto plan = PlanIo::read(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    try {
        const PlanLocation location = PlanLocation::parse(url);
        const PlanServer::Entry entry = PlanServer::push(location, *plan, line.isSet(QStringLiteral("force")));
        context.out << Commands::tr("Pushed \"%1\" (%2) to %3. Open it as %4")
                           .arg(plan->title, Commands::counts(*plan), location.server(), location.withPlan(entry.id).toString())
                    << '\n';
        return Success;
    } catch (const StorageError &error) {
        context.err << error.message() << '\n';
        return Refused;
    }
}

int pull(Context &context)
{
    CommandLine line(QStringLiteral("server pull"),
                     Commands::tr("Copies a plan from a PostgreSQL server into a new plan file, reviews and audit log "
                                  "included: an offline copy, an archive or a hand-off."));
    line.addPositional(QStringLiteral("URL"), Commands::tr("postgresql://LOGIN@HOST:PORT/DATABASE?plan=ID-or-title"));
    line.addPositional(QStringLiteral("OUT.cairn"), Commands::tr("the plan file to create"));
    line.addFlag(QStringLiteral("force"), Commands::tr("replace OUT.cairn if it exists"));
    if (const auto stop = line.parse(context))
        return *stop;
    const QString output = line.positional().at(1);
    if (!PlanIo::mayWrite(output, line.isSet(QStringLiteral("force")), context.err))
        return Refused;
    const auto plan = PlanIo::readPlanFile(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    if (!PlanIo::createPlan(output, *plan, line.isSet(QStringLiteral("force")), context.err))
        return Refused;
    context.out << Commands::tr("Pulled \"%1\" (%2) into %3.").arg(plan->title, Commands::counts(*plan), output) << '\n';
    return Success;
}

} // namespace

int Commands::server(Context &context)
{
    const QString sub = context.arguments.value(1);
    Context inner{context.arguments.mid(1), context.out, context.err};
    if (sub == QLatin1String("init"))
        return init(inner);
    if (sub == QLatin1String("list"))
        return list(inner);
    if (sub == QLatin1String("push"))
        return push(inner);
    if (sub == QLatin1String("pull"))
        return pull(inner);
    context.err << tr("Use \"cairn-cli server init\", \"server list\", \"server push\" or \"server pull\"; add --help to any "
                      "for its options.")
                << '\n';
    return Usage;
}

} // namespace cairn::cli
