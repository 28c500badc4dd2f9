#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "web/sitefolder.h"
#include "web/website.h"

#include <QElapsedTimer>

namespace cairn::cli {

int Commands::publish(Context &context)
{
    CommandLine line(QStringLiteral("publish"), tr("Writes the plan's public progress website for one school year into a folder: "
                                                   "HTML and CSS that any web server, a USB stick or a browser opening the files "
                                                   "can show, with no script and nothing fetched from elsewhere (docs/publishing.md)."));
    line.addPositional(QStringLiteral("PLAN"), tr("the plan file (or a JSON plan) to read"));
    line.addOutputOption(tr("the folder to write the site into: new, empty, or holding an earlier site (with --force)"));
    line.addValueOption(QStringLiteral("year"), tr("the school year to show statuses for; default: the plan's report year"), QStringLiteral("Y"));
    line.addAsOfOption();
    line.addSuppressionOptions();
    line.addFlag(QStringLiteral("force"), tr("replace an earlier site in the folder"));
    line.addLanguageOption();
    if (const auto stop = line.parse(context))
        return *stop;
    if (const auto stop = line.useLanguage(context))
        return *stop;

    const QString output = line.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err << tr("Name the folder to write with -o DIR.") << '\n';
        return Usage;
    }
    const auto asOf = line.asOf(context);
    if (const int *stop = std::get_if<int>(&asOf))
        return *stop;
    const auto suppression = line.suppression(context);
    if (const int *stop = std::get_if<int>(&suppression))
        return *stop;
    const bool force = line.isSet(QStringLiteral("force"));
    if (web::SiteFolder::hasContent(output) && !force) {
        context.err << tr("%1 is not empty; add --force to replace the site in it, or name a new folder.").arg(output) << '\n';
        return Refused;
    }
    const auto plan = PlanIo::read(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    const auto year = line.year(context, *plan);
    if (const int *stop = std::get_if<int>(&year))
        return *stop;

    QElapsedTimer timer;
    timer.start();
    const std::vector<web::Website::File> files =
        web::Website::build(*plan, {std::get<SchoolYear>(year), std::get<QDate>(asOf), QDate::currentDate(),
                              std::get<std::optional<SuppressionRule>>(suppression)});
    if (const QString problem = web::SiteFolder::write(files, output, force); !problem.isEmpty()) {
        context.err << problem << '\n';
        return Refused;
    }
    qint64 bytes = 0;
    for (const web::Website::File &file : files)
        bytes += file.bytes.size();
    context.out << tr("Published the %1 website (%2 files, %3 KB) to %4 in %5 s; open %4/index.html.")
                       .arg(std::get<SchoolYear>(year).label())
                       .arg(files.size())
                       .arg((bytes + 1023) / 1024)
                       .arg(output)
                       .arg(QString::number(timer.elapsed() / 1000.0, 'f', 2))
                << '\n';
    return Success;
}

} // namespace cairn::cli
