#include "homepage.h"

#include "html.h"
#include "pageframe.h"
#include "progressbar.h"

#include "core/coveragetext.h"
#include "core/objectiveyears.h"
#include "core/plantally.h"
#include "core/statustext.h"

namespace cairn::web {

namespace {

// "3 on track · 1 at risk · 2 no data": only the statuses a goal has.
QString counts(const StatusCounts &items)
{
    QStringList parts;
    for (Status status : {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::Complete, Status::NotStarted, Status::NoData,
                          Status::NoTarget, Status::NotYetDue, Status::Discontinued}) {
        if (items[status] > 0)
            parts.append(StatusText::counted(status, items[status]));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString HomePage::goalCards(const SiteContext &site)
{
    QString html = QStringLiteral("<ul class=\"cards\">\n");
    const std::vector<GoalTally> tallies = PlanTally::goals(site.plan, site.status);
    for (std::size_t i = 0; i < tallies.size() && i < site.plan.goals.size(); ++i) {
        const GoalTally &tally = tallies[i];
        const Goal &goal = site.plan.goals[i];
        html += QStringLiteral("<li class=\"card\">\n<h3><a href=\"%1\">%2</a></h3>\n")
                    .arg(site.goalFiles[i], Html::escaped(tr("%1 %2").arg(goal.code, goal.title).trimmed()));
        html += QStringLiteral("<p>%1</p>\n").arg(Html::status(tally.goal.judgement.status, CoverageText::status(tally.goal)));
        html += ProgressBar::html(tally.goal);
        if (const QString line = counts(tally.items); !line.isEmpty())
            html += QStringLiteral("<p class=\"counts\">%1</p>\n").arg(Html::escaped(tr("Measures and actions: %1").arg(line)));
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ul>\n");
}

QString HomePage::objectivesByYear(const SiteContext &site)
{
    const ObjectiveYears grid = ObjectiveYears::evaluate(site.plan, site.status);
    if (grid.rows.empty())
        return {};
    QString table = QStringLiteral("<table class=\"years\">\n<caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th>")
                        .arg(Html::escaped(tr("Each objective's status by school year")), Html::escaped(tr("Objective")));
    for (const SchoolYear &year : grid.years)
        table += QStringLiteral("<th scope=\"col\">%1</th>").arg(year.label());
    table += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ObjectiveYears::Row &row : grid.rows) {
        const auto goal = std::distance(site.plan.goals.data(), row.goal);
        table += QStringLiteral("<tr><th scope=\"row\"><a href=\"%1#%2\">%3</a></th>")
                     .arg(site.goalFiles[std::size_t(goal)], Html::anchor(QStringLiteral("objective"), row.objective->code),
                          Html::escaped(tr("%1 %2").arg(row.objective->code, row.objective->title).trimmed()));
        for (Status status : row.statuses)
            table += QStringLiteral("<td>%1</td>").arg(Html::status(status));
        table += QStringLiteral("</tr>\n");
    }
    table += QStringLiteral("</tbody>\n</table>\n");
    return Html::heading(2, tr("Objectives by year")) + Html::scrollable(tr("Objectives by year"), table);
}

QString HomePage::html(const SiteContext &site)
{
    const Plan &plan = site.plan;
    const ItemStatus &status = site.status.plan();
    const QString title = plan.title.isEmpty() ? tr("Strategic plan") : plan.title;
    QString main = Html::heading(1, title);
    if (plan.firstYear.isValid() && plan.lastYear.isValid())
        main += QStringLiteral("<p class=\"lead\">%1</p>\n")
                    .arg(Html::escaped(tr("%1 · %2 to %3").arg(plan.organization, plan.firstYear.label(), plan.lastYear.label())));
    main += Html::parts(plan.description);
    main += Html::heading(2, tr("Where the plan stands in %1").arg(site.options.year.label()));
    main += QStringLiteral("<p class=\"standing\">%1</p>\n").arg(Html::status(status.judgement.status, CoverageText::status(status)));
    main += ProgressBar::html(status);
    const QDate data = site.dataDate();
    main += QStringLiteral("<p>%1</p>\n")
                .arg(Html::escaped(data.isValid() ? tr("Statuses are judged as of %1; the latest value was recorded on %2.")
                                                        .arg(PageFrame::date(site.options.asOf), PageFrame::date(data))
                                                  : tr("Statuses are judged as of %1; no values have been recorded yet.")
                                                        .arg(PageFrame::date(site.options.asOf))));
    main += Html::heading(2, tr("Goals"));
    main += goalCards(site);
    main += objectivesByYear(site);
    return PageFrame::page(site, QStringLiteral("index.html"), title, main);
}

} // namespace cairn::web
