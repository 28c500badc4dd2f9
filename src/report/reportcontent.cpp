#include "reportcontent.h"

#include "publishedcell.h"
#include "valuetext.h"

#include "core/coveragetext.h"
#include "core/duedate.h"
#include "core/plantally.h"
#include "core/planwalk.h"
#include "core/reviewcompare.h"
#include "core/statusrules.h"
#include "core/statustext.h"
#include "core/textparts.h"
#include "core/timelinetext.h"
#include "i18n/documentlanguage.h"


#include <algorithm>
#include <numeric>

#include <cmath>

namespace cairn::report {

namespace {

QString percentText(const std::optional<double> &share)
{
    return share ? ReportContent::tr("%1%").arg(std::lround(*share * 100)) : QStringLiteral("—");
}

QString judgementText(const Judgement &judgement)
{
    QString text = StatusText::word(judgement.status);
    if (judgement.manual)
        text += ReportContent::tr(" (assessed)");
    return text;
}

std::vector<SchoolYear> yearsUpTo(const Plan &plan, SchoolYear last)
{
    std::vector<SchoolYear> years;
    for (SchoolYear year = plan.firstYear; year.isValid() && year <= last; year = year.next())
        years.push_back(year);
    return years;
}

// A goal's or objective's status, what it stands on and how far it is.
QString rollupText(const ItemStatus &item)
{
    return ReportContent::tr("%1 · %2").arg(CoverageText::status(item), CoverageText::progress(item));
}

} // namespace

Cell ReportContent::statusCell(const Judgement &judgement)
{
    Cell cell;
    cell.text = judgementText(judgement);
    cell.status = judgement.status;
    return cell;
}

ReportContent::ReportContent(const PublishedValues &values, const PlanStatus &status, const ReportOptions &options,
                             const SchoolPlansData *schools)
    : m_plan(values.plan)
    , m_values(values)
    , m_status(status)
    , m_options(options)
{
    cover();
    heading(tr("Contents"), 1, {}, true);
    m_contents = add<ContentsBlock>();
    about();
    summary();
    for (const Goal &goal : m_plan.goals) {
        if (options.goals.isEmpty() || options.goals.contains(goal.code))
            this->goal(goal);
    }
    if (schools)
        schoolPlans(*schools);
    if (options.recommendations)
        recommendations();
    for (const Review &review : m_plan.reviews) {
        if (!options.compareWith.isEmpty() && review.title == options.compareWith)
            changesSince(review);
    }
    appendix();
    if (options.actions)
        responsibilities();
    m_contents->setEntries(std::move(m_entries));
}

void ReportContent::heading(const QString &text, int level, const QString &anchor, bool newPage)
{
    auto *block = add<TextBlock>(text, Styles::heading(level), level == 1 ? 10 : 6, true);
    block->breakBefore = newPage;
    if (!anchor.isEmpty()) {
        block->anchor = anchor;
        m_entries.push_back({text, anchor, level - 1});
    }
}

TableRow *ReportContent::tableHeader(const std::shared_ptr<std::vector<TableColumn>> &columns,
                                     const std::vector<std::pair<std::size_t, QString>> &seconds)
{
    std::vector<Cell> header;
    for (const TableColumn &column : *columns)
        header.push_back(Cell::header(column.title, column.align));
    for (const auto &[column, second] : seconds)
        header.at(column).second = second;
    return add<TableRow>(columns, header, true, false);
}

void ReportContent::paragraphs(const QString &text, const TextStyle &style)
{
    // One block per paragraph and per list item, so long text can continue
    // on the next page; lists keep their bullets or numbers.
    for (const TextPart &part : textParts(text)) {
        for (qsizetype i = 0; i < part.items.size(); ++i) {
            switch (part.kind) {
            case TextPart::Kind::Paragraph:
                add<TextBlock>(part.items[i], style, 7);
                break;
            case TextPart::Kind::Bullets:
                add<ListItemBlock>(QStringLiteral("•"), part.items[i], style, i + 1 == part.items.size() ? 7 : 3);
                break;
            case TextPart::Kind::Numbered:
                add<ListItemBlock>(QStringLiteral("%1.").arg(i + 1), part.items[i], style, i + 1 == part.items.size() ? 7 : 3);
                break;
            }
        }
    }
}

void ReportContent::cover()
{
    add<Spacer>(150);
    add<TextBlock>(m_plan.organization, TextStyle{20, false, false, QColor(0x45, 0x5A, 0x64)}, 14);
    add<TextBlock>(m_plan.title, TextStyle{34, true, false, QColor(0x0D, 0x47, 0xA1)}, 10);
    add<TextBlock>(tr("Strategic plan %1 to %2").arg(m_plan.firstYear.label(), m_plan.lastYear.label()), Styles::muted(), 60);
    add<TextBlock>(tr("Progress Report — School Year %1").arg(m_options.year.label()), TextStyle{24, true, false, QColor(0x21, 0x21, 0x21)}, 10);
    add<TextBlock>(tr("Report date: %1").arg(DocumentLanguage::date(m_options.reportDate)), Styles::body(), 40);
    const ItemStatus &plan = m_status.plan();
    add<StatusLine>(plan.judgement.status, tr("Plan status: %1").arg(CoverageText::status(plan)),
                    TextStyle{16, true, false, QColor(0x21, 0x21, 0x21)});
    add<TextBlock>(CoverageText::progress(plan), TextStyle{14, false, false, QColor(0x21, 0x21, 0x21)}, 0);
}

void ReportContent::about()
{
    const bool any = !m_plan.mission.isEmpty() || !m_plan.vision.isEmpty() || !m_plan.theoryOfAction.isEmpty()
                     || !m_plan.needsAssessment.isEmpty() || !m_plan.coreValues.empty() || !m_plan.profileAttributes.empty() || !m_plan.sections.empty();
    if (!any)
        return;
    heading(tr("About the plan"), 1, QStringLiteral("about"), true);
    // A section of the plan headed as one of the parts below ("Core values")
    // introduces that part; the others follow them, in the plan's order.
    std::vector<const Section *> others;
    for (const Section &section : m_plan.sections)
        others.push_back(&section);
    auto introduction = [&](const QString &title) {
        const auto found = std::find_if(others.begin(), others.end(), [&](const Section *section) {
            return section->heading.simplified().compare(title, Qt::CaseInsensitive) == 0;
        });
        if (found == others.end())
            return QString();
        const QString body = (*found)->body;
        others.erase(found);
        return body;
    };
    auto section = [&](const QString &title, const QString &text) {
        const QString intro = introduction(title);
        if (text.trimmed().isEmpty() && intro.trimmed().isEmpty())
            return;
        heading(title, 2);
        paragraphs(intro, Styles::body());
        paragraphs(text, Styles::body());
    };
    section(tr("Mission"), m_plan.mission);
    section(tr("Vision"), m_plan.vision);
    section(tr("Theory of action"), m_plan.theoryOfAction);
    section(tr("Needs assessment"), m_plan.needsAssessment);
    auto named = [&](const QString &title, const std::vector<NamedText> &entries) {
        if (entries.empty())
            return;
        heading(title, 2);
        paragraphs(introduction(title), Styles::body());
        for (const NamedText &entry : entries)
            add<TextBlock>(entry.description.isEmpty() ? entry.name : entry.name + QStringLiteral(" — ") + entry.description, Styles::body(), 5);
    };
    named(tr("Core values"), m_plan.coreValues);
    named(tr("Profile of a graduate"), m_plan.profileAttributes);
    profileMatrix();
    for (const Section *other : others) {
        heading(other->heading.simplified(), 2);
        paragraphs(other->body, Styles::body());
    }
}

void ReportContent::summary()
{
    heading(tr("Summary"), 1, QStringLiteral("summary"), true);
    const ItemStatus &plan = m_status.plan();
    add<StatusLine>(plan.judgement.status,
                    tr("The plan in %1: %2 · %3.").arg(m_options.year.label(), CoverageText::status(plan), CoverageText::progress(plan)),
                    Styles::body());
    std::vector<GoalTally> tallies = PlanTally::goals(m_plan, m_status);
    const StatusCounts counts = PlanTally::counts(tallies);
    add<TextBlock>(tr("Of the plan's %1 measures and actions, %2 are on track, %3 at risk and %4 off track; %5 are complete "
                      "and %6 have no data for the year yet.")
                       .arg(counts.total())
                       .arg(counts[Status::OnTrack])
                       .arg(counts[Status::AtRisk])
                       .arg(counts[Status::OffTrack])
                       .arg(counts[Status::Complete])
                       .arg(counts[Status::NoData]),
                   Styles::body(), 12);

    // Every column but the goal's at least as wide as its longest word, in
    // its heading or its cells, so that no word is cut ("Completado",
    // "resultados" in Spanish); the goals take the rest (weights in points
    // of the narrowest page's text width, as in profileMatrix()).
    constexpr qreal PageWidth = 660;
    const auto fitted = [](qreal least, const QStringList &texts) {
        qreal width = least;
        for (const QString &text : texts)
            width = std::max({width, wordWidth(text, Styles::tableHeader()), wordWidth(text, Styles::small())});
        return width;
    };
    QStringList progress{tr("Progress")};
    for (const GoalTally &tally : tallies)
        progress.append(CoverageText::progress(tally.goal, CoverageText::Form::Cell));
    auto columns = std::make_shared<std::vector<TableColumn>>(std::vector<TableColumn>{
        {tr("Goal"), 0}, {tr("Status"), 95}, {tr("Progress"), fitted(61, progress), Qt::AlignRight}});
    for (const QString &count : {tr("On track"), tr("At risk"), tr("Off track"), tr("Complete"), tr("No data")})
        columns->push_back({count, fitted(54, {count}), Qt::AlignRight});
    const qreal used = std::accumulate(columns->begin(), columns->end(), 0.0, [](qreal sum, const TableColumn &column) { return sum + column.weight; });
    columns->front().weight = std::max(PageWidth - used, 180.0);
    auto *headerRow = tableHeader(columns);
    std::vector<StatusBarsBlock::Bar> bars;
    bool shaded = false;
    for (const GoalTally &tally : tallies) {
        if (!m_options.goals.isEmpty() && !m_options.goals.contains(tally.goal.code))
            continue;
        std::vector<Cell> cells{Cell(tally.goal.code + QStringLiteral("  ") + tally.goal.title),
                                statusCell(tally.goal.judgement),
                                Cell(CoverageText::progress(tally.goal, CoverageText::Form::Cell)),
                                Cell(QString::number(tally.items[Status::OnTrack])),
                                Cell(QString::number(tally.items[Status::AtRisk])),
                                Cell(QString::number(tally.items[Status::OffTrack])),
                                Cell(QString::number(tally.items[Status::Complete])),
                                Cell(QString::number(tally.items[Status::NoData]))};
        add<TableRow>(columns, cells, false, shaded)->headerRow = headerRow;
        shaded = !shaded;
        StatusBarsBlock::Bar bar{tally.goal.code, {}};
        for (Status status : {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::Complete, Status::NotStarted, Status::NoData,
                              Status::NoTarget, Status::NotYetDue})
            bar.parts.emplace_back(status, tally.items[status]);
        bars.push_back(bar);
    }
    add<Spacer>(16);
    heading(tr("Measures and actions by status, per goal"), 3);
    add<StatusBarsBlock>(bars);
    QStringList key;
    for (Status status : {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::Complete, Status::NotStarted, Status::NoData,
                          Status::NoTarget, Status::NotYetDue})
        key.append(StatusText::symbol(status) + QLatin1Char(' ') + StatusText::word(status));
    add<TextBlock>(key.join(QStringLiteral("   ")), Styles::small(), 8);
}

void ReportContent::goal(const Goal &goal)
{
    heading(goal.code + QStringLiteral("  ") + goal.title, 1, goal.code, true);
    if (const ItemStatus *status = m_status.find(goal.code)) {
        QString line = rollupText(*status);
        if (status->judgement.manual && !status->judgement.rationale.isEmpty())
            line += QStringLiteral(" · ") + status->judgement.rationale;
        add<StatusLine>(status->judgement.status, line, TextStyle{14, true, false, QColor(0x21, 0x21, 0x21)});
    }
    paragraphs(goal.description, Styles::muted());

    // The goal at a glance: its own measures and its objectives.
    auto columns = std::make_shared<std::vector<TableColumn>>(
        std::vector<TableColumn>{{tr("Objective or measure"), 4.6}, {tr("Status"), 1.5}, {tr("Progress"), 0.9, Qt::AlignRight}});
    auto *headerRow = add<TableRow>(columns, std::vector<Cell>{Cell::header((*columns)[0].title), Cell::header((*columns)[1].title),
                                                               Cell::header((*columns)[2].title, Qt::AlignRight)},
                                    true, false);
    bool shaded = false;
    auto glance = [&](const QString &code, const QString &title) {
        const ItemStatus *status = m_status.find(code);
        if (!status)
            return;
        const QString progress = status->kind == ItemKind::Measure ? percentText(status->progress) : CoverageText::progress(*status, CoverageText::Form::Cell);
        add<TableRow>(columns, std::vector<Cell>{Cell(code + QStringLiteral("  ") + title.simplified()), statusCell(status->judgement),
                                                 Cell(progress)},
                      false, shaded)
            ->headerRow = headerRow;
        shaded = !shaded;
    };
    for (const Measure &measure : goal.measures)
        glance(measure.code, measure.name);
    for (const Objective &objective : goal.objectives)
        glance(objective.code, objective.title);
    add<Spacer>(10);

    auto measuresOf = [](const std::vector<Measure> &measures) {
        std::vector<const Measure *> list;
        for (const Measure &measure : measures)
            list.push_back(&measure);
        return list;
    };
    if (!goal.measures.empty()) {
        heading(tr("Measures of the goal"), 2);
        measureTable(measuresOf(goal.measures));
        outcomeTable(measuresOf(goal.measures));
        narrativeTable(measuresOf(goal.measures));
        charts(measuresOf(goal.measures));
    }
    for (const Objective &objective : goal.objectives) {
        heading(objective.code + QStringLiteral("  ") + objective.title, 2, objective.code);
        // The heading and status line stay with the start of the objective's table.
        if (const ItemStatus *status = m_status.find(objective.code))
            add<StatusLine>(status->judgement.status, rollupText(*status),
                            Styles::body(), objective.description.trimmed().isEmpty() && !objective.measures.empty());
        paragraphs(objective.description, Styles::muted());
        measureTable(measuresOf(objective.measures));
        outcomeTable(measuresOf(objective.measures));
        narrativeTable(measuresOf(objective.measures));
        charts(measuresOf(objective.measures));
        if (m_options.actions)
            actionTable(goal, objective);
    }
}

void ReportContent::measureTable(std::vector<const Measure *> measures)
{
    // Dated and narrative outcomes have tables of their own (outcomeTable, narrativeTable).
    std::erase_if(measures, [](const Measure *measure) { return measure->type != MeasureType::Numeric; });
    if (measures.empty())
        return;
    const std::vector<SchoolYear> years = yearsUpTo(m_plan, m_options.year);
    auto columns = std::make_shared<std::vector<TableColumn>>();
    columns->push_back({tr("Measure"), 3.4});
    columns->push_back({tr("Baseline"), 1.0, Qt::AlignRight});
    for (SchoolYear year : years)
        columns->push_back({year.label(), 0.95, Qt::AlignRight});
    columns->push_back({tr("Status"), 1.4});
    auto *headerRow = tableHeader(columns, {{1, tr("(year)")}});
    bool preliminary = false;
    bool withheld = false;
    bool shaded = false;

    std::function<void(const Measure &, int)> row = [&](const Measure &measure, int depth) {
        const ValueFormat format = ValueFormat::of(measure);
        std::vector<Cell> cells;
        Cell name(measure.code + QStringLiteral("  ") + measure.name.simplified());
        name.indent = depth;
        name.bold = depth == 0;
        cells.push_back(name);
        Cell baseline;
        if (const Publication mark = m_values.baselineMark(measure.code); mark != Publication::Shown) {
            baseline.text = PublishedCell::withheldText(m_values, mark);
            baseline.second = measure.baseline.year ? measure.baseline.year->label() : QString();
            withheld = true;
        } else if (measure.type == MeasureType::Numeric && measure.baseline.value) {
            baseline.text = ValueText::format(format, *measure.baseline.value);
            baseline.second = measure.baseline.year ? measure.baseline.year->label() : QString();
        } else if (measure.type == MeasureType::Numeric && measure.baseline.isPending()) {
            baseline.text = tr("pending");
            baseline.second = measure.baseline.year->label();
        } else if (measure.type == MeasureType::Milestone && measure.dueDate.isValid()) {
            // A dated outcome under a measure of numbers.
            baseline.text = tr("due");
            baseline.second = DueDate{measure.dueDate, measure.dueText}.display();
        }
        cells.push_back(baseline);
        for (SchoolYear year : years) {
            Cell cell;
            if (measure.type == MeasureType::Numeric) {
                const PublishedCell published = PublishedCell::of(m_values, measure, year);
                cell.text = published.text;
                preliminary = preliminary || published.preliminary;
                withheld = withheld || published.withheld;
                if (const auto target = StatusRules::targetFor(measure, year))
                    cell.second = tr("target %1").arg(ValueText::format(format, target->value, target->derived ? 1 : 0));
            }
            cells.push_back(cell);
        }
        if (Suppression::hidden(m_values.mark(measure.code, m_options.year))) {
            // As on the website: the status of a value not shown is not shown either.
            Cell cell(tr("Not shown"));
            cell.status = Status::NoData;
            cells.push_back(cell);
        } else if (const ItemStatus *status = m_status.find(measure.code)) {
            cells.push_back(statusCell(status->judgement));
        } else {
            cells.push_back(Cell());
        }
        add<TableRow>(columns, cells, false, shaded)->headerRow = headerRow;
        shaded = !shaded;
        for (const Measure &child : measure.children)
            row(child, depth + 1);
    };
    for (const Measure *measure : measures)
        row(*measure, 0);
    if (preliminary) {
        add<TextBlock>(tr("* Preliminary value: the final value may still change."), Styles::small(), 4);
        m_anyPreliminary = true;
    }
    if (withheld)
        add<TextBlock>(Suppression::explanation(m_values.rule), Styles::small(), 4);
    add<Spacer>(10);
}

void ReportContent::charts(const std::vector<const Measure *> &measures)
{
    if (!m_options.charts)
        return;
    for (const Measure *measure : measures) {
        if (measure->type != MeasureType::Numeric)
            continue;
        ChartFigure figure = AnnualChartBuilder::figure(m_plan, *measure, m_options.year, m_options.asOf);
        AnnualChartBuilder::withhold(figure, m_values);
        if (!figure.main.hasValues())
            continue;
        const qreal height = figure.multiples.empty() ? 250 : 430;
        add<ChartBlock>(std::move(figure), height);
    }
}

void ReportContent::actionTable(const Goal &goal, const Objective &objective)
{
    const std::vector<Action> &actions = objective.actions;
    if (actions.empty())
        return;
    heading(tr("Actions"), 3);
    auto columns = std::make_shared<std::vector<TableColumn>>(std::vector<TableColumn>{
        {tr("Action"), 4.4}, {tr("Owner"), 1.7}, {tr("Status"), 1.4}, {tr("Done"), 0.8, Qt::AlignRight}, {tr("When"), 1.2}});
    auto *headerRow = tableHeader(columns);
    bool shaded = false;
    for (const Action &action : actions) {
        const ItemStatus *status = m_status.find(action.code);
        const QString owner = ItemView{ItemKind::Action, action.code, action.description, &goal, &objective, &action}.owner();
        std::vector<Cell> cells{Cell(action.code + QStringLiteral("  ") + plainTextParts(action.description)),
                                Cell(owner),
                                status ? statusCell(status->judgement) : Cell(),
                                Cell(action.status == ActionStatus::Discontinued ? QStringLiteral("—") : tr("%1%").arg(action.percentComplete)),
                                Cell(TimelineText::of(action))};
        add<TableRow>(columns, cells, false, shaded)->headerRow = headerRow;
        responsibilityRows(action, columns, headerRow, shaded);
        shaded = !shaded;
    }
    add<Spacer>(10);
}

void ReportContent::recommendations()
{
    if (m_plan.reviews.empty())
        return;
    const auto latest = std::max_element(m_plan.reviews.begin(), m_plan.reviews.end(),
                                         [](const Review &a, const Review &b) { return a.date < b.date; });
    heading(tr("Committee recommendations"), 1, QStringLiteral("recommendations"), true);
    add<TextBlock>(tr("From the %1 (%2), which reviewed school year %3.")
                       .arg(latest->title, DocumentLanguage::date(latest->date), latest->year.label()),
                   Styles::muted(), 10);
    if (latest->recommendations.empty()) {
        add<TextBlock>(tr("The committee made no recommendations."), Styles::body());
        return;
    }
    auto columns = std::make_shared<std::vector<TableColumn>>(
        std::vector<TableColumn>{{tr("Recommendation"), 4.6}, {tr("Concerns"), 1.2}, {tr("State"), 1.3}, {tr("Decided"), 1.1}});
    std::vector<Cell> header;
    for (const TableColumn &column : *columns)
        header.push_back(Cell::header(column.title));
    auto *headerRow = add<TableRow>(columns, header, true, false);
    bool shaded = false;
    for (const Recommendation &recommendation : latest->recommendations) {
        const StateChange last = recommendation.changes.empty() ? StateChange{} : recommendation.changes.back();
        Cell text{recommendation.text};
        text.second = last.note;
        std::vector<Cell> cells{text, Cell(recommendation.item.isEmpty() ? tr("Whole plan") : recommendation.item),
                                Cell(StatusText::word(recommendation.state())),
                                Cell(last.date.isValid() ? last.date.toString(Qt::ISODate) : QString())};
        add<TableRow>(columns, cells, false, shaded)->headerRow = headerRow;
        shaded = !shaded;
    }
}

void ReportContent::changesSince(const Review &review)
{
    heading(tr("Changes since the %1").arg(review.title), 1, QStringLiteral("changes"), true);
    const Comparison comparison = ReviewCompare::compare(m_plan, review.title, review.snapshot, review.date, m_options.year.label(),
                                                         ReviewCompare::snapshotOf(m_status), m_options.asOf);
    add<TextBlock>(tr("The %1 (%2, school year %3) against this report (school year %4): %5 changes.")
                       .arg(review.title, review.date.toString(Qt::ISODate), review.year.label(), m_options.year.label())
                       .arg(comparison.changes.size()),
                   Styles::muted(), 10);
    if (!comparison.changes.empty()) {
        auto columns = std::make_shared<std::vector<TableColumn>>(
            std::vector<TableColumn>{{tr("Item"), 4.0}, {tr("Change"), 1.0}, {tr("At the review"), 1.4}, {tr("Now"), 1.4}});
        std::vector<Cell> header;
        for (const TableColumn &column : *columns)
            header.push_back(Cell::header(column.title));
        auto *headerRow = add<TableRow>(columns, header, true, false);
        bool shaded = false;
        for (const ItemChange &change : comparison.changes) {
            const ChangeText text = ReviewCompare::describe(change);
            Cell then(text.before);
            Cell now(text.after);
            then.status = change.statusBefore;
            now.status = change.statusAfter;
            if (change.kind != ItemChange::Kind::Status)
                then.status = now.status = std::nullopt;
            add<TableRow>(columns, std::vector<Cell>{Cell(change.code + QStringLiteral("  ") + change.title.simplified()), Cell(text.what), then, now},
                          false, shaded)
                ->headerRow = headerRow;
            shaded = !shaded;
        }
        add<Spacer>(10);
    }
    const auto list = [this](const QString &title, const std::vector<RecommendationChange> &changes) {
        heading(title, 3);
        if (changes.empty())
            add<TextBlock>(tr("None."), Styles::body(), 6);
        for (const RecommendationChange &change : changes)
            add<TextBlock>(change.date.toString(Qt::ISODate) + QStringLiteral("  ") + StatusText::word(change.state) + QStringLiteral(" — ")
                               + change.text,
                           Styles::body(), 4);
    };
    list(tr("Recommendations proposed since"), comparison.opened);
    list(tr("Recommendations decided since"), comparison.closed);
}

void ReportContent::appendix()
{
    heading(tr("Appendix: how statuses are determined"), 1, QStringLiteral("appendix"), true);
    const QStringList rules{
        tr("Each numeric measure is judged for the school year under review against that year's target. A target is the one set "
           "in the plan for the year or, where none is set, the point for that year on a straight line from the baseline to the "
           "final target (a derived target, drawn dashed in the charts)."),
        tr("On track: the actual value meets or beats the target. At risk: it falls short by no more than the measure's tolerance "
           "(5% of the target unless the plan sets another). Off track: it falls short by more. Whether higher or lower is better "
           "is set for each measure."),
        tr("No data: the year's value has not been entered. No target: the plan sets no target for the year and none can be "
           "derived. Not yet due: the year is after the one under review."),
        tr("Milestones are complete when their completion date is entered and off track once their due date has passed without "
           "one. Actions follow their recorded status; an action past its due date that is not complete is off track."),
        tr("An activity that recurs every year is judged each year on that year's progress notes: on track when a note reports "
           "it, at risk when it is delayed or on hold, no data when the year ended without a report."),
        tr("A past school year is judged as it stood when it ended: a due date or completion date after the year's end "
           "does not count in it, and an action the plan starts in a later year is left out of it."),
        tr("Objectives and goals roll up what they contain: on track and complete count 1, at risk 0.5 and off track 0; items "
           "without a judgement are left out. A mean of 0.75 or more is on track, 0.4 or more at risk, and below that off track."),
        tr("Progress is how far the latest value has moved from the baseline toward the final target, from 0% to 100%, averaged "
           "over the measures of an objective or goal. Where none of its measures has such a figure (milestones, narrative "
           "outcomes, values not yet reported), an objective or goal shows how many of its actions are complete instead."),
        tr("Each status of an objective, a goal or the plan says how many of its measures were reported for the year: a status "
           "resting on few reported measures says little."),
        tr("Where the steering committee has assessed an item for the year, its assessment replaces the computed status and is "
           "marked \"(assessed)\".")};
    for (const QString &rule : rules)
        add<TextBlock>(rule, Styles::body(), 8);
    heading(tr("Data notes"), 2, QStringLiteral("notes"));
    QStringList notes;
    notes.append(tr("Statuses are for school year %1, with due dates judged as of %2.")
                     .arg(m_options.year.label(),
                          DocumentLanguage::date(StatusRules::judgedOn(m_options.year, m_options.asOf))));
    if (m_anyPreliminary)
        notes.append(tr("Values marked * are preliminary and may change when final figures are available."));
    if (!m_plan.description.trimmed().isEmpty())
        notes.append(m_plan.description.trimmed());
    for (const QString &note : notes)
        add<TextBlock>(note, Styles::body(), 8);
}

} // namespace cairn::report
