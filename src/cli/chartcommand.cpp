#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "core/planwalk.h"
#include "report/chartimage.h"

#include <QRegularExpression>

#include <algorithm>

namespace cairn::cli {

namespace {

// Edit distance between two codes, ignoring case.
int distance(const QString &a, const QString &b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            const bool same = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded();
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j) - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

// The measure codes a mistyped code most likely meant.
QStringList closeCodes(const QStringList &codes, const QString &wanted)
{
    std::vector<std::pair<int, QString>> scored;
    for (const QString &code : codes) {
        const int score = code.contains(wanted, Qt::CaseInsensitive) || wanted.contains(code, Qt::CaseInsensitive)
                              ? 0
                              : distance(code, wanted);
        if (score <= std::max(2, int(wanted.size()) / 3))
            scored.emplace_back(score, code);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList close;
    for (std::size_t i = 0; i < scored.size() && i < 8; ++i)
        close.append(scored[i].second);
    return close;
}

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > 8000 || size.height() > 8000)
        return std::nullopt;
    return size;
}

} // namespace

int Commands::chart(Context &context)
{
    CommandLine line(QStringLiteral("chart"), tr("Writes a measure's annual-target chart as a PNG or SVG image, "
                                                 "the same chart the app and the board report show."));
    line.addPositional(QStringLiteral("IN.cairn"), tr("the plan file (or a JSON plan) to read"));
    line.addValueOption(QStringLiteral("measure"), tr("the code of the measure to chart, such as 1.2-L1"), QStringLiteral("CODE"));
    line.addOutputOption(tr("the image to write: a name ending in .png or .svg"));
    line.addValueOption(QStringLiteral("year"), tr("the school year under review; default: the plan's report year"), QStringLiteral("Y"));
    line.addValueOption(QStringLiteral("size"), tr("width x height in pixels; default: 1200x700"), QStringLiteral("WxH"));
    line.addAsOfOption();
    line.addFlag(QStringLiteral("force"), tr("replace OUT if it exists"));
    if (const auto stop = line.parse(context))
        return *stop;

    const QString code = line.value(QStringLiteral("measure"));
    const QString output = line.value(QStringLiteral("output"));
    if (code.isEmpty() || output.isEmpty()) {
        context.err << tr("Give the measure with --measure CODE and the image with -o OUT.png or OUT.svg.") << '\n';
        return Usage;
    }
    if (!ChartImage::isSupported(output)) {
        context.err << tr("%1: the image must end in .png or .svg.").arg(output) << '\n';
        return Usage;
    }
    const auto size = parseSize(line.value(QStringLiteral("size"), QStringLiteral("1200x700")));
    if (!size) {
        context.err << tr("--size must be WIDTHxHEIGHT between 200x150 and 8000x8000, such as 1200x700, not \"%1\".")
                           .arg(line.value(QStringLiteral("size")))
                    << '\n';
        return Usage;
    }
    const auto asOf = line.asOf(context);
    if (const int *stop = std::get_if<int>(&asOf))
        return *stop;
    if (!PlanIo::mayWrite(output, line.isSet(QStringLiteral("force")), context.err))
        return Refused;

    const auto plan = PlanIo::read(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    const auto year = line.year(context, *plan);
    if (const int *stop = std::get_if<int>(&year))
        return *stop;

    const Measure *measure = nullptr;
    QStringList codes;
    forEachItem(*plan, [&](const ItemView &item) {
        if (!item.measure)
            return;
        codes.append(item.code);
        if (item.code.compare(code, Qt::CaseInsensitive) == 0 && !measure)
            measure = item.measure;
    });
    if (!measure) {
        const QStringList close = closeCodes(codes, code);
        context.err << tr("The plan has no measure with the code \"%1\".").arg(code) << '\n';
        if (!close.isEmpty())
            context.err << tr("Did you mean: %1").arg(close.join(QStringLiteral(", "))) << '\n';
        else
            context.err << tr("Run \"cairn-cli status %1\" to list the plan's codes.").arg(line.positional().at(0)) << '\n';
        return Refused;
    }

    const ChartFigure figure = AnnualChartBuilder::figure(*plan, *measure, std::get<SchoolYear>(year), std::get<QDate>(asOf));
    if (const QString problem = ChartImage::write(figure, output, *size); !problem.isEmpty()) {
        context.err << problem << '\n';
        return Refused;
    }
    context.out << tr("Wrote the chart of %1 to %2.").arg(measure->code, output) << '\n';
    return Success;
}

} // namespace cairn::cli
