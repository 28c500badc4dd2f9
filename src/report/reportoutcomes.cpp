// The parts of the board report for plans made of activities, dated and
// narrative outcomes: the outcomes' own tables, responsibilities under each action,
// the appendix of duties by role and the profile-of-a-graduate matrix.
#include "reportcontent.h"

#include "core/duedate.h"
#include "core/profilematrix.h"
#include "core/roleduties.h"
#include "core/statustext.h"
#include "core/textparts.h"

#include <functional>

namespace cairn::report {

void ReportContent::outcomeTable(const std::vector<const Measure *> &measures)
{
    std::vector<const Measure *> outcomes;
    std::copy_if(measures.begin(), measures.end(), std::back_inserter(outcomes),
                 [](const Measure *measure) { return measure->type == MeasureType::Milestone; });
    if (outcomes.empty())
        return;
    auto columns = std::make_shared<std::vector<TableColumn>>(std::vector<TableColumn>{
        {tr("Dated outcome"), 3.6}, {tr("Due"), 1.1}, {tr("Completed"), 1.0}, {tr("Evidence"), 1.9}, {tr("Status"), 1.4}});
    auto *headerRow = tableHeader(columns);
    bool shaded = false;
    // Parts of an outcome (a child measure) are listed under it.
    std::function<void(const Measure *, int)> row = [&](const Measure *outcome, int depth) {
        const ItemStatus *status = m_status.find(outcome->code);
        Cell name(outcome->code + QStringLiteral("  ") + outcome->name.simplified());
        name.bold = depth == 0;
        name.indent = depth;
        name.second = plainTextParts(outcome->description);
        std::vector<Cell> cells{name,
                                Cell(outcome->dueDate.isValid() ? DueDate{outcome->dueDate, outcome->dueText}.display() : QString()),
                                Cell(outcome->completedDate.isValid() ? outcome->completedDate.toString(Qt::ISODate) : QString()),
                                Cell(plainTextParts(outcome->evidence)),
                                status ? statusCell(status->judgement) : Cell()};
        add<TableRow>(columns, cells, false, shaded)->headerRow = headerRow;
        shaded = !shaded;
        for (const Measure &child : outcome->children)
            row(&child, depth + 1);
    };
    for (const Measure *outcome : outcomes)
        row(outcome, 0);
    add<Spacer>(10);
}

void ReportContent::narrativeTable(const std::vector<const Measure *> &measures)
{
    std::vector<const Measure *> outcomes;
    std::copy_if(measures.begin(), measures.end(), std::back_inserter(outcomes),
                 [](const Measure *measure) { return measure->type == MeasureType::Narrative; });
    if (outcomes.empty())
        return;
    auto columns = std::make_shared<std::vector<TableColumn>>(
        std::vector<TableColumn>{{tr("Narrative outcome"), 3.4}, {tr("Latest judgement"), 1.7}, {tr("Reason"), 3.0}});
    auto *headerRow = tableHeader(columns);
    bool shaded = false;
    std::function<void(const Measure *, int)> row = [&](const Measure *outcome, int depth) {
        Cell name(outcome->code + QStringLiteral("  ") + outcome->name.simplified());
        name.bold = depth == 0;
        name.indent = depth;
        name.second = plainTextParts(outcome->description);
        // The committee's last word up to the report's year, whichever year it was.
        const Assessment *latest = nullptr;
        for (const Assessment &assessment : outcome->assessments)
            if (assessment.year <= m_options.year && (!latest || latest->year < assessment.year))
                latest = &assessment;
        Cell judgement;
        judgement.status = latest ? latest->status : Status::NoData;
        judgement.text = latest ? StatusText::word(latest->status) : tr("Not yet judged");
        if (latest)
            judgement.second = latest->who.isEmpty() ? latest->year.label() : tr("%1, %2").arg(latest->year.label(), latest->who);
        add<TableRow>(columns, std::vector<Cell>{name, judgement, Cell(latest ? plainTextParts(latest->rationale) : QString())}, false,
                      shaded)
            ->headerRow = headerRow;
        shaded = !shaded;
        for (const Measure &child : outcome->children)
            row(&child, depth + 1);
    };
    for (const Measure *outcome : outcomes)
        row(outcome, 0);
    add<Spacer>(10);
}

void ReportContent::responsibilityRows(const Action &action, const std::shared_ptr<std::vector<TableColumn>> &columns,
                                       TableRow *headerRow, bool shaded)
{
    for (const Responsibility &responsibility : action.responsibilities) {
        Cell role(responsibility.role.simplified());
        role.bold = true;
        role.indent = 1;
        role.second = plainTextParts(responsibility.duty);
        std::vector<Cell> cells(columns->size());
        cells.front() = role;
        add<TableRow>(columns, cells, false, shaded)->headerRow = headerRow;
    }
}

void ReportContent::responsibilities()
{
    const std::vector<RoleDuties> roles = dutiesByRole(m_plan, m_options.goals);
    if (roles.empty())
        return;
    heading(tr("Appendix: responsibilities by role"), 1, QStringLiteral("responsibilities"), true);
    add<TextBlock>(tr("What each role named in the plan is answerable for, action by action."), Styles::muted(), 8);
    auto columns = std::make_shared<std::vector<TableColumn>>(
        std::vector<TableColumn>{{tr("Action"), 4.0}, {tr("Duty"), 3.4}, {tr("Status"), 1.4}});
    for (const RoleDuties &role : roles) {
        heading(role.role, 2);
        auto *headerRow = tableHeader(columns);
        bool shaded = false;
        for (const RoleDuty &duty : role.duties) {
            const ItemStatus *status = m_status.find(duty.action->code);
            std::vector<Cell> cells{Cell(duty.action->code + QStringLiteral("  ") + plainTextParts(duty.action->description)),
                                    Cell(plainTextParts(duty.duty)), status ? statusCell(status->judgement) : Cell()};
            add<TableRow>(columns, cells, false, shaded)->headerRow = headerRow;
            shaded = !shaded;
        }
        add<Spacer>(8);
    }
}

void ReportContent::profileMatrix()
{
    const ProfileMatrix matrix = ProfileMatrix::of(m_plan);
    if (matrix.isEmpty() || matrix.rows.empty())
        return;
    heading(tr("The profile of a graduate across the plan"), 2, QStringLiteral("profile"));
    add<TextBlock>(tr("Which goals and objectives build each attribute, as the plan tags them."), Styles::muted(), 6);
    // Each attribute's column as wide as its longest word, so that no name is
    // cut inside a word; the goals and objectives take the rest of the width
    // (weights in points of the narrowest page's text width).
    constexpr qreal PageWidth = 660;
    auto columns = std::make_shared<std::vector<TableColumn>>();
    columns->push_back({tr("Goal or objective"), 0});
    qreal used = 0;
    for (const QString &attribute : matrix.attributes) {
        const qreal width = std::max(wordWidth(attribute, Styles::tableHeader()), 44.0);
        columns->push_back({attribute, width, Qt::AlignCenter});
        used += width;
    }
    columns->front().weight = std::max(PageWidth - used, 180.0);
    auto *headerRow = tableHeader(columns);
    bool shaded = false;
    for (const ProfileMatrix::Row &row : matrix.rows) {
        Cell name(row.code + QStringLiteral("  ") + row.title);
        name.bold = row.goal;
        name.indent = row.goal ? 0 : 1;
        std::vector<Cell> cells{name};
        for (const bool mark : row.marks) {
            Cell cell(mark ? QStringLiteral("✓") : QString());
            cell.align = Qt::AlignCenter;
            cells.push_back(cell);
        }
        add<TableRow>(columns, cells, false, shaded)->headerRow = headerRow;
        shaded = !shaded;
    }
    std::vector<Cell> totals{Cell::header(tr("Goals and objectives"))};
    for (const int count : matrix.counts)
        totals.push_back(Cell::header(QString::number(count), Qt::AlignCenter));
    add<TableRow>(columns, totals, false, false)->headerRow = headerRow;
    add<Spacer>(10);
}

} // namespace cairn::report
