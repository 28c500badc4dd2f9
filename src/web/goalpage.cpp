#include "goalpage.h"

#include "html.h"
#include "measuresection.h"
#include "outcometable.h"
#include "pageframe.h"
#include "progressbar.h"

#include "core/coveragetext.h"
#include "core/statusrules.h"
#include "core/timelinetext.h"

#include <functional>

namespace cairn::web {

namespace {

QString statusLine(const SiteContext &site, const QString &code)
{
    const ItemStatus *item = site.status.find(code);
    if (!item)
        return {};
    QString html = QStringLiteral("<p class=\"standing\">%1</p>\n").arg(Html::status(item->judgement.status, CoverageText::status(*item)));
    if (item->judgement.manual && !item->judgement.rationale.isEmpty())
        html += QStringLiteral("<p class=\"rationale\">%1</p>\n").arg(Html::escaped(item->judgement.rationale));
    return html + ProgressBar::html(*item);
}

QString responsibilities(const Action &action)
{
    if (action.responsibilities.empty())
        return QStringLiteral("—");
    QString html = QStringLiteral("<ul class=\"plain\">");
    for (const Responsibility &responsibility : action.responsibilities) {
        html += responsibility.duty.isEmpty()
                    ? QStringLiteral("<li>%1</li>").arg(Html::escaped(responsibility.role))
                    : QStringLiteral("<li><strong>%1:</strong> %2</li>").arg(Html::escaped(responsibility.role), Html::escaped(responsibility.duty));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

QString GoalPage::fileName(const Goal &goal, std::size_t index)
{
    const QString slug = Html::anchor(QStringLiteral("goal"), goal.code);
    return slug == QLatin1String("goal-") ? QStringLiteral("goal-%1.html").arg(index + 1) : slug + QStringLiteral(".html");
}

QString GoalPage::measures(const SiteContext &site, const std::vector<Measure> &measures, int level, const QString &caption)
{
    // Numeric measures get a section each (their numeric children inside
    // it); milestones and narratives, with their own children, one table.
    std::vector<const Measure *> numeric;
    std::vector<const Measure *> outcomes;
    const std::function<void(const Measure &)> sort = [&](const Measure &measure) {
        if (measure.type == MeasureType::Numeric) {
            numeric.push_back(&measure);
            return;
        }
        outcomes.push_back(&measure);
        for (const Measure &child : measure.children)
            sort(child);
    };
    for (const Measure &measure : measures)
        sort(measure);
    QString html;
    if (!numeric.empty())
        html += Html::heading(level, tr("Measures"));
    for (const Measure *measure : numeric)
        html += MeasureSection::html(site, *measure, level + 1);
    if (!outcomes.empty()) {
        html += Html::heading(level, tr("Milestones and outcomes"));
        html += OutcomeTable::html(site, outcomes, caption);
    }
    return html;
}

QString GoalPage::actions(const SiteContext &site, const Objective &objective)
{
    if (objective.actions.empty())
        return {};
    QString rows;
    for (const Action &action : objective.actions) {
        const ItemStatus *item = site.status.find(action.code);
        const Status status = item ? item->judgement.status : StatusRules::action(action, site.options.year, site.options.asOf).status;
        const QString timeline = TimelineText::of(action);
        rows += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                    .arg(Html::escaped(action.code), Html::parts(action.description), Html::status(status),
                         Html::unbroken(timeline.isEmpty() ? QStringLiteral("—") : timeline),
                         Html::escaped(action.owner.isEmpty() ? QStringLiteral("—") : action.owner), responsibilities(action));
    }
    const QString caption = tr("Actions of objective %1").arg(objective.code);
    const QString table = QStringLiteral("<table class=\"actions\">\n<caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th>"
                                         "<th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th>"
                                         "<th scope=\"col\">%6</th><th scope=\"col\">%7</th></tr></thead>\n<tbody>\n%8</tbody>\n</table>\n")
                              .arg(Html::escaped(caption), Html::escaped(tr("Code")), Html::escaped(tr("Action")), Html::escaped(tr("Status")),
                                   Html::escaped(tr("Timeline")), Html::escaped(tr("Owner")), Html::escaped(tr("Responsibilities")), rows);
    return Html::heading(3, tr("Actions")) + Html::scrollable(caption, table);
}

QString GoalPage::objective(const SiteContext &site, const Objective &objective)
{
    const QString id = Html::anchor(QStringLiteral("objective"), objective.code);
    QString html = QStringLiteral("<section class=\"objective\" aria-labelledby=\"%1\">\n").arg(id);
    html += Html::heading(2, tr("Objective %1: %2").arg(objective.code, objective.title), id);
    html += statusLine(site, objective.code);
    html += Html::parts(objective.description);
    if (!objective.owner.isEmpty())
        html += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(Html::escaped(tr("Owner: %1").arg(objective.owner)));
    html += measures(site, objective.measures, 3, tr("Milestones and outcomes of objective %1").arg(objective.code));
    html += actions(site, objective);
    return html + QStringLiteral("</section>\n");
}

QString GoalPage::html(const SiteContext &site, std::size_t index)
{
    const Goal &goal = site.plan.goals[index];
    const QString title = tr("%1 %2").arg(goal.code, goal.title).trimmed();
    QString main = Html::heading(1, title);
    main += statusLine(site, goal.code);
    main += Html::parts(goal.description);
    if (!goal.owner.isEmpty())
        main += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(Html::escaped(tr("Owner: %1").arg(goal.owner)));
    if (!goal.rationale.isEmpty()) {
        main += QStringLiteral("<details><summary>%1</summary>\n<ul>").arg(Html::escaped(tr("Why this goal")));
        for (const QString &statement : goal.rationale)
            main += QStringLiteral("<li>%1</li>").arg(Html::escaped(statement));
        main += QStringLiteral("</ul>\n</details>\n");
    }
    if (!goal.measures.empty()) {
        main += QStringLiteral("<section aria-labelledby=\"goal-measures\">\n") + Html::heading(2, tr("The goal as a whole"), QStringLiteral("goal-measures"));
        main += measures(site, goal.measures, 3, tr("Milestones and outcomes of goal %1").arg(goal.code)) + QStringLiteral("</section>\n");
    }
    for (const Objective &objective : goal.objectives)
        main += GoalPage::objective(site, objective);
    return PageFrame::page(site, site.goalFiles[index], title, main);
}

} // namespace cairn::web
