// The board report's "School plans" section: how the school improvement
// plans support the district plan (SchoolPlansData), drawn as tables.
#include "reportcontent.h"

#include "core/statustext.h"

#include <QLocale>

#include <algorithm>

namespace cairn::report {

namespace {

Cell valueCell(const SchoolPlansData::Value &value)
{
    Cell cell(value.value);
    cell.second = value.target;
    cell.align = Qt::AlignRight;
    return cell;
}

Cell statusOf(const SchoolPlansData::Value &value)
{
    Cell cell(value.status ? StatusText::word(*value.status) : ReportContent::tr("Not shown"));
    cell.status = value.status.value_or(Status::NoData);
    return cell;
}

} // namespace

void ReportContent::schoolPlans(const SchoolPlansData &data)
{
    heading(tr("School plans"), 1, QStringLiteral("schools"), true);
    add<TextBlock>(tr("How the improvement plans of %1 support this plan in school year %2. A school supports a district goal "
                      "or objective through the goals, objectives, measures and actions of its plan that name it; their "
                      "statuses roll up by the rules in the appendix.")
                       .arg(QLocale().createSeparatedList(data.schools), data.year.label()),
                   Styles::muted(), 10);
    add<TextBlock>(tr("Of the district plan's %1 objectives, %2 have at least one school behind them and %3 have none.")
                       .arg(data.objectives)
                       .arg(data.objectives - int(data.unsupported.size()))
                       .arg(data.unsupported.size()),
                   Styles::body(), 10);

    heading(tr("Support by district goal and objective"), 2, QStringLiteral("schools-support"));
    // Weights in points of the narrowest page's text width, as in the summary,
    // so that the count's heading is never cut ("Elementos" in Spanish).
    constexpr qreal PageWidth = 660;
    const qreal items = std::max<qreal>(46, wordWidth(tr("Items"), Styles::tableHeader()));
    auto columns = std::make_shared<std::vector<TableColumn>>(std::vector<TableColumn>{
        {tr("District goal or objective"), PageWidth - 190 - items - 111}, {tr("School"), 190}, {tr("Items"), items, Qt::AlignRight},
        {tr("Status"), 111}});
    auto *headerRow = tableHeader(columns);
    bool shaded = false;
    for (const SchoolPlansData::Row &row : data.rows) {
        Cell item(row.code + QStringLiteral("  ") + row.title);
        item.bold = row.kind == ItemKind::Goal;
        item.indent = row.kind == ItemKind::Objective ? 1 : 0;
        if (row.schools.empty()) {
            add<TableRow>(columns, std::vector<Cell>{item, Cell(tr("No school")), Cell(), Cell()}, false, shaded)->headerRow = headerRow;
        }
        for (std::size_t i = 0; i < row.schools.size(); ++i) {
            const SchoolPlansData::Support &support = row.schools[i];
            Cell count(QString::number(support.count));
            count.align = Qt::AlignRight;
            Cell status(StatusText::word(support.status));
            status.status = support.status;
            add<TableRow>(columns, std::vector<Cell>{i == 0 ? item : Cell(), Cell(support.school), count, status}, false, shaded)
                ->headerRow = headerRow;
        }
        shaded = !shaded;
    }
    add<Spacer>(10);

    heading(tr("District objectives no school supports"), 2);
    if (data.unsupported.empty())
        add<TextBlock>(tr("None: every objective has at least one school behind it."), Styles::body(), 8);
    for (std::size_t index : data.unsupported)
        add<ListItemBlock>(QStringLiteral("•"), data.rows[index].code + QStringLiteral("  ") + data.rows[index].title, Styles::body());
    add<Spacer>(8);

    if (!data.measures.empty()) {
        heading(tr("School measures beside the district's"), 2);
        auto valueColumns = std::make_shared<std::vector<TableColumn>>(std::vector<TableColumn>{
            {tr("Measure"), 4.2}, {data.year.label(), 1.2, Qt::AlignRight}, {tr("Status"), 1.4}});
        auto *valueHeader = tableHeader(valueColumns);
        bool shadedValue = false;
        for (const SchoolPlansData::MeasureRow &row : data.measures) {
            Cell district(row.district.code + QStringLiteral("  ") + row.district.name);
            district.bold = true;
            district.second = tr("District");
            add<TableRow>(valueColumns, std::vector<Cell>{district, valueCell(row.district), statusOf(row.district)}, false, shadedValue)
                ->headerRow = valueHeader;
            for (const SchoolPlansData::Value &school : row.schools) {
                Cell name(school.code + QStringLiteral("  ") + school.name);
                name.indent = 1;
                name.second = school.school;
                add<TableRow>(valueColumns, std::vector<Cell>{name, valueCell(school), statusOf(school)}, false, shadedValue)
                    ->headerRow = valueHeader;
            }
            shadedValue = !shadedValue;
        }
        if (data.preliminary) {
            add<TextBlock>(tr("* Preliminary value: the final value may still change."), Styles::small(), 4);
            m_anyPreliminary = true;
        }
        if (data.withheld)
            add<TextBlock>(Suppression::explanation(data.rule), Styles::small(), 4);
        add<Spacer>(8);
    }

    if (!data.broken.isEmpty()) {
        heading(tr("Links to fix: %1").arg(data.broken.size()), 3);
        add<TextBlock>(tr("These links in the school plans name codes this plan does not have, after a renumbering: %1. "
                          "Each school fixes them in the Supports field of its plan.")
                           .arg(data.broken.join(QStringLiteral("; "))),
                       Styles::small(), 8);
    }
}

} // namespace cairn::report
