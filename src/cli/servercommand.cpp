#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "storage/planfile.h"
#include "storage/planlocation.h"
#include "storage/planserver.h"
#include "storage/serversecurity.h"
#include "storage/storageerror.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

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

// A password typed at the terminal, not echoed (one line of standard input
// when it is not a terminal, for scripts that pipe it in). Never an
// argument: those are seen by everyone on the machine.
QString readPassword(Context &context, const QString &login)
{
    context.err << Commands::tr("Password for %1: ").arg(login);
    context.err.flush();
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        context.err << '\n';
    }
    return password;
}

int userAdd(Context &context)
{
    CommandLine line(QStringLiteral("server user add"),
                     Commands::tr("Gives a PostgreSQL login a role in the database's plans (creating the login, without a "
                                  "password, when it is missing) and the owner name it goes by in them."));
    line.addPositional(QStringLiteral("URL"), Commands::tr("postgresql://LOGIN@HOST:PORT/DATABASE (docs/server.md)"));
    line.addPositional(QStringLiteral("LOGIN"), Commands::tr("the person's PostgreSQL login"));
    line.addValueOption(QStringLiteral("role"), Commands::tr("coordinator (changes everything), owner (enters the values and "
                                                             "progress of what they own) or viewer (reads)"),
                        QStringLiteral("ROLE"));
    line.addValueOption(QStringLiteral("as"), Commands::tr("the owner name used in the plans, as in \"Chief Academic "
                                                           "Officer\" (the login when not given)"),
                        QStringLiteral("OWNER NAME"));
    line.addFlag(QStringLiteral("password-prompt"), Commands::tr("set the login's password, typed at the terminal"));
    if (const auto stop = line.parse(context))
        return *stop;
    const auto role = ServerSecurity::roleFrom(line.value(QStringLiteral("role")));
    if (!role) {
        context.err << Commands::tr("Give the person's role with --role coordinator, --role owner or --role viewer.") << '\n';
        return Usage;
    }
    const QString login = line.positional().at(1);
    const ServerSecurity::Person person{login, *role, line.value(QStringLiteral("as")).trimmed()};
    return withServer(context, line.positional().at(0), [&](const QSqlDatabase &db, const PlanLocation &location) {
        std::optional<QString> password;
        if (line.isSet(QStringLiteral("password-prompt")))
            password = readPassword(context, login);
        ServerSecurity::addPerson(db, person, password);
        context.out << Commands::tr("%1 now has the role %2 in the plans on %3, going by \"%4\" in them.")
                           .arg(login, ServerSecurity::roleShown(*role), location.server(),
                                person.ownerName.isEmpty() ? login : person.ownerName)
                    << '\n';
        return int(Success);
    });
}

int userList(Context &context)
{
    CommandLine line(QStringLiteral("server user list"), Commands::tr("Lists the people given a role in the database's plans."));
    line.addPositional(QStringLiteral("URL"), Commands::tr("postgresql://LOGIN@HOST:PORT/DATABASE (docs/server.md)"));
    if (const auto stop = line.parse(context))
        return *stop;
    return withServer(context, line.positional().at(0), [&](const QSqlDatabase &db, const PlanLocation &location) {
        const std::vector<ServerSecurity::Person> people = ServerSecurity::people(db);
        if (people.empty())
            context.out << Commands::tr("Nobody has a role in the plans on %1 yet.").arg(location.server()) << '\n';
        for (const ServerSecurity::Person &person : people)
            context.out << Commands::tr("%1  %2, as \"%3\"")
                               .arg(person.login, ServerSecurity::roleShown(person.role),
                                    person.ownerName.isEmpty() ? person.login : person.ownerName)
                        << '\n';
        return int(Success);
    });
}

int userRemove(Context &context)
{
    CommandLine line(QStringLiteral("server user remove"),
                     Commands::tr("Takes a login's role in the database's plans away. The login itself stays on the server."));
    line.addPositional(QStringLiteral("URL"), Commands::tr("postgresql://LOGIN@HOST:PORT/DATABASE (docs/server.md)"));
    line.addPositional(QStringLiteral("LOGIN"), Commands::tr("the person's PostgreSQL login"));
    if (const auto stop = line.parse(context))
        return *stop;
    const QString login = line.positional().at(1);
    return withServer(context, line.positional().at(0), [&](const QSqlDatabase &db, const PlanLocation &location) {
        if (!ServerSecurity::removePerson(db, login)) {
            context.err << Commands::tr("%1 has no role in the plans on %2; nothing was changed.").arg(login, location.server())
                        << '\n';
            return int(Refused);
        }
        context.out << Commands::tr("%1 no longer has a role in the plans on %2.").arg(login, location.server()) << '\n';
        return int(Success);
    });
}

int user(Context &context)
{
    const QString sub = context.arguments.value(1);
    Context inner{context.arguments.mid(1), context.out, context.err};
    if (sub == QLatin1String("add"))
        return userAdd(inner);
    if (sub == QLatin1String("list"))
        return userList(inner);
    if (sub == QLatin1String("remove"))
        return userRemove(inner);
    context.err << Commands::tr("Use \"cairn-cli server user add\", \"server user list\" or \"server user remove\"; add "
                                "--help to any for its options.")
                << '\n';
    return Usage;
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
    if (sub == QLatin1String("user"))
        return user(inner);
    context.err << tr("Use \"cairn-cli server init\", \"server list\", \"server push\", \"server pull\" or \"server user\"; "
                      "add --help to any for its options.")
                << '\n';
    return Usage;
}

} // namespace cairn::cli
