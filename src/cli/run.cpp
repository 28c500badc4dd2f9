#include "cli.h"

#include <QCoreApplication>

namespace cairn::cli {

namespace {

QString usage()
{
    return Commands::tr(
        "Usage: cairn-cli COMMAND [OPTIONS] FILES\n"
        "\n"
        "Commands:\n"
        "  import PLAN.json OUT.cairn [--force]   create a plan file from a JSON plan\n"
        "  import-text IN.txt|IN.md|IN.html OUT.cairn [--dry-run] [--format text|json] [--force]\n"
        "                                         build a plan file from a plan document's text\n"
        "  export IN.cairn OUT.json [--force]     write a plan file as JSON (- for standard output)\n"
        "  check FILE [--criteria default|RUBRIC.json] [--format text|json]\n"
        "                                         check a plan for problems; with --criteria, review it against a plan-quality rubric\n"
        "  status IN.cairn [--year Y] [--as-of YYYY-MM-DD] [--format text|json]\n"
        "                                         status and progress of every item for a school year\n"
        "  values export IN.cairn OUT.csv [--year Y] [--owner NAME] [--goal CODE] [--missing] [--force]\n"
        "                                         a collection sheet of measure values for a spreadsheet\n"
        "  values import IN.cairn VALUES.csv [--dry-run] [--partial] [--user NAME]\n"
        "                                         read a filled-in sheet back, checking every row first\n"
        "  chart IN.cairn --measure CODE -o OUT.png|OUT.svg [--year Y] [--size 1200x700] [--force]\n"
        "                                         a measure's annual-target chart as an image\n"
        "  report IN.cairn -o OUT.pdf [--year Y] [--goals P1,P3] [--no-charts] [--no-actions]\n"
        "         [--no-recommendations] [--compare-with REVIEW] [--paper letter|a4] [--force]\n"
        "                                         the board progress report as a PDF\n"
        "  publish IN.cairn -o DIR [--year Y] [--as-of YYYY-MM-DD] [--suppress tx|wi|de|ca|none] [--min-n N] [--force]\n"
        "                                         the public progress website as a folder of HTML\n"
        "  alignment DISTRICT.cairn SCHOOL.cairn... [--year Y] [--as-of YYYY-MM-DD] [--format text|json]\n"
        "                                         how school plans support the district plan: coverage, gaps, broken links\n"
        "  review list IN.cairn                   the plan's reviews\n"
        "  review compare IN.cairn A B [--format text|json]\n"
        "                                         what changed between two reviews, or a review and now\n"
        "  review minutes IN.cairn REVIEW -o OUT.pdf [--paper letter|a4] [--force]\n"
        "                                         a review's minutes as a PDF\n"
        "  server init URL                        set up a PostgreSQL database to hold plans\n"
        "  server list URL                        the plans a PostgreSQL database holds\n"
        "  server push PLAN.cairn URL [--force]   copy a plan file onto a PostgreSQL server\n"
        "  server pull URL?plan=PLAN OUT.cairn [--force]\n"
        "                                         copy a plan from a server into a plan file\n"
        "\n"
        "Wherever a command reads or updates IN.cairn, a plan on a PostgreSQL server may be named instead:\n"
        "postgresql://LOGIN@HOST:PORT/DATABASE?plan=ID-or-title (docs/server.md). The password comes from\n"
        "PGPASSWORD or ~/.pgpass; Cairn never stores it.\n"
        "Run \"cairn-cli COMMAND --help\" for a command's options.\n"
        "A command that changes a plan records who made the change: --user NAME, else the CAIRN_USER\n"
        "environment variable, else the login name.\n"
        "Exit codes: 0 success, 1 input refused or errors found, 2 wrong usage.\n");
}

} // namespace

int Commands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        err << usage();
        return Usage;
    }
    const QString command = arguments.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        out << "cairn-cli " << CAIRN_VERSION << '\n';
        return Success;
    }

    Context context{arguments, out, err};
    if (command == QLatin1String("import"))
        return Commands::importPlan(context);
    if (command == QLatin1String("import-text"))
        return Commands::importText(context);
    if (command == QLatin1String("export"))
        return Commands::exportPlan(context);
    if (command == QLatin1String("check"))
        return Commands::check(context);
    if (command == QLatin1String("status"))
        return Commands::status(context);
    if (command == QLatin1String("values"))
        return Commands::values(context);
    if (command == QLatin1String("chart"))
        return Commands::chart(context);
    if (command == QLatin1String("report"))
        return Commands::report(context);
    if (command == QLatin1String("publish"))
        return Commands::publish(context);
    if (command == QLatin1String("review"))
        return Commands::review(context);
    if (command == QLatin1String("alignment"))
        return Commands::alignment(context);
    if (command == QLatin1String("server"))
        return Commands::server(context);

    err << Commands::tr("Unknown command \"%1\".").arg(command) << "\n\n" << usage();
    return Usage;
}

} // namespace cairn::cli
