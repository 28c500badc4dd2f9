#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "core/alignment.h"
#include "core/statustext.h"
#include "core/textparts.h"
#include "storage/alignmentjson.h"

namespace cairn::cli {

namespace {

constexpr int LabelWidth = 48;
constexpr int CellWidth = 24;

QString clipped(QString text, int width)
{
    text = oneLineTextParts(text);
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
}

QString statusText(Status status)
{
    return StatusText::symbol(status) + QLatin1Char(' ') + StatusText::word(status);
}

QString schoolItemText(const Alignment &alignment, const SchoolItem &item)
{
    return QStringLiteral("%1 · %2 %3 %4")
        .arg(alignment.schools[item.school].name, StatusText::word(item.kind), item.code, clipped(item.title, 60));
}

void printMatrix(const Alignment &alignment, QTextStream &out)
{
    out << Commands::tr("District goal or objective").leftJustified(LabelWidth);
    for (const AlignedSchool &school : alignment.schools)
        out << "  " << clipped(school.name, CellWidth).leftJustified(CellWidth);
    out << '\n';
    for (const AlignmentRow &row : alignment.rows) {
        const int indent = row.kind == ItemKind::Objective ? 2 : 0;
        out << QString(indent, QLatin1Char(' '))
            << clipped(row.code + QLatin1Char(' ') + row.title, LabelWidth - indent).leftJustified(LabelWidth - indent);
        for (const SchoolCell &cell : row.cells) {
            const QString text = cell.count == 0 ? QStringLiteral("-")
                                                 : QStringLiteral("%1  %2").arg(cell.count).arg(statusText(cell.status));
            out << "  " << text.leftJustified(CellWidth);
        }
        out << '\n';
    }
}

// Under each district item, the school items that support it; a goal lists
// only those that name it (or its own measures), the rest are under its objectives.
void printSupport(const Alignment &alignment, QTextStream &out)
{
    out << '\n' << Commands::tr("Supporting school items") << '\n';
    for (const AlignmentRow &row : alignment.rows) {
        QStringList lines;
        for (const SupportingItem &item : row.items) {
            if (item.direct)
                lines.append(QStringLiteral("    %1  %2").arg(
                    schoolItemText(alignment, SchoolItem{item.school, item.kind, item.code, item.title}), statusText(item.status)));
        }
        if (lines.isEmpty())
            continue;
        out << "  " << row.code << ' ' << clipped(row.title, 70) << '\n';
        for (const QString &line : lines)
            out << line << '\n';
    }
}

void printLists(const Alignment &alignment, QTextStream &out)
{
    out << '\n' << Commands::tr("District objectives no school supports: %1").arg(alignment.unsupported.size()) << '\n';
    for (std::size_t row : alignment.unsupported)
        out << "  " << alignment.rows[row].code << ' ' << clipped(alignment.rows[row].title, 70) << '\n';
    out << '\n' << Commands::tr("School goals and objectives that support nothing: %1").arg(alignment.unaligned.size()) << '\n';
    for (const SchoolItem &item : alignment.unaligned)
        out << "  " << schoolItemText(alignment, item) << '\n';
    out << '\n' << Commands::tr("Links to codes the district plan does not have: %1").arg(alignment.broken.size()) << '\n';
    for (const BrokenLink &link : alignment.broken)
        out << "  " << schoolItemText(alignment, link.item) << '\n' << "    " << Alignment::fixText(link) << '\n';
}

void printText(const Alignment &alignment, QTextStream &out)
{
    out << alignment.district.title << '\n'
        << Commands::tr("School plans aligned: %1 · school year %2").arg(alignment.schools.size()).arg(alignment.year.label())
        << "\n\n";
    printMatrix(alignment, out);
    printSupport(alignment, out);
    printLists(alignment, out);
}

} // namespace

int Commands::alignment(Context &context)
{
    CommandLine line(QStringLiteral("alignment"),
                     tr("Shows how school improvement plans support a district plan: for each district goal and objective "
                        "the school items that support it and their status, the district objectives no school supports, "
                        "school items that support nothing, and links to codes the district plan does not have "
                        "(docs/alignment.md)."));
    line.addPositional(QStringLiteral("DISTRICT.cairn"), tr("the district plan (a plan file or a JSON plan)"));
    line.addRepeatedPositional(QStringLiteral("SCHOOL.cairn"), tr("one or more school plans that align to it"));
    line.addValueOption(QStringLiteral("year"), tr("the school year to judge, such as 2024-25; default: the district plan's report year"),
                        QStringLiteral("Y"));
    line.addAsOfOption();
    line.addFormatOption(tr("text or json"));
    if (const auto stop = line.parse(context))
        return *stop;

    const auto format = line.format(context);
    if (const int *stop = std::get_if<int>(&format))
        return *stop;
    const auto asOfOrStop = line.asOf(context);
    if (const int *stop = std::get_if<int>(&asOfOrStop))
        return *stop;
    const QStringList paths = line.positional();
    const auto district = PlanIo::read(paths.first(), context.err);
    if (!district)
        return Refused;
    if (district->kind != PlanKind::District) {
        context.err << tr("%1 is the plan of %2, not a district plan: name the district plan first, then the school plans.")
                           .arg(paths.first(), Alignment::schoolName(*district))
                    << '\n';
        return Refused;
    }
    std::vector<Plan> schools;
    for (const QString &path : paths.mid(1)) {
        auto school = PlanIo::read(path, context.err);
        if (!school)
            return Refused;
        schools.push_back(std::move(*school));
    }
    const auto year = line.year(context, *district);
    if (const int *stop = std::get_if<int>(&year))
        return *stop;

    const Alignment alignment = Alignment::compute(*district, schools, std::get<SchoolYear>(year), std::get<QDate>(asOfOrStop));
    for (const AlignedSchool &school : alignment.elsewhere)
        context.err << alignment.elsewhereText(school) << '\n';
    if (std::get<CommandLine::Format>(format) == CommandLine::Format::Json) {
        context.out.flush();
        if (!PlanIo::writeOutput(QStringLiteral("-"), AlignmentJson::write(alignment), false, context.out, context.err))
            return Refused;
    } else {
        printText(alignment, context.out);
    }
    return alignment.elsewhere.empty() ? Success : Refused;
}

} // namespace cairn::cli
