#include "plansummary.h"

#include "core/profilematrix.h"
#include "core/textparts.h"

namespace cairn {

namespace {

QString paragraphIfAny(const QString &heading, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3>%2").arg(heading, htmlTextParts(text));
}

// Measures with their components and student groups.
std::size_t countMeasures(const std::vector<Measure> &measures)
{
    std::size_t count = measures.size();
    for (const Measure &measure : measures)
        count += countMeasures(measure.children);
    return count;
}

QString goalLine(const Goal &goal)
{
    std::size_t measures = countMeasures(goal.measures);
    std::size_t actions = 0;
    for (const Objective &objective : goal.objectives) {
        measures += countMeasures(objective.measures);
        actions += objective.actions.size();
    }
    const QString name = goal.shortName.isEmpty() ? goal.title : goal.shortName + QStringLiteral(": ") + goal.title;
    return QStringLiteral("<li><b>%1</b> %2<br/><small>%3</small></li>")
        .arg(PlanSummary::escaped(goal.code), PlanSummary::escaped(name),
             PlanSummary::tr("Objectives: %1 · Measures: %2 · Actions: %3")
                 .arg(goal.objectives.size())
                 .arg(measures)
                 .arg(actions));
}

// The attributes of the profile of a graduate, then which goals and
// objectives build each (a check mark and the word, for screen readers).
QString profileHtml(const Plan &plan)
{
    const ProfileMatrix matrix = ProfileMatrix::of(plan);
    if (matrix.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(PlanSummary::tr("Profile of a graduate"));
    for (const NamedText &attribute : plan.profileAttributes)
        html += QStringLiteral("<li><b>%1</b> %2</li>").arg(PlanSummary::escaped(attribute.name), PlanSummary::escaped(attribute.description));
    html += QStringLiteral("</ul><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th align=\"left\">%1</th>")
                .arg(PlanSummary::tr("Goal or objective"));
    for (const QString &attribute : matrix.attributes)
        html += QStringLiteral("<th>%1</th>").arg(PlanSummary::escaped(attribute));
    html += QStringLiteral("</tr>");
    for (const ProfileMatrix::Row &row : matrix.rows) {
        const QString name = PlanSummary::escaped(row.code + QStringLiteral("  ") + row.title);
        html += row.goal ? QStringLiteral("<tr><td><b>%1</b></td>").arg(name) : QStringLiteral("<tr><td>&nbsp;&nbsp;%1</td>").arg(name);
        for (const bool mark : row.marks)
            html += QStringLiteral("<td align=\"center\">%1</td>").arg(mark ? PlanSummary::tr("✓ yes") : QString());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><th align=\"left\">%1</th>").arg(PlanSummary::tr("Goals and objectives"));
    for (const int count : matrix.counts)
        html += QStringLiteral("<th>%1</th>").arg(count);
    return html + QStringLiteral("</tr></table>");
}

} // namespace

QString PlanSummary::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString PlanSummary::html(const Plan &plan)
{
    QString html;
    if (!plan.organization.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(plan.organization));
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(plan.title));
    html += QStringLiteral("<p>%1</p>").arg(tr("School years %1 to %2 · year under review: %3")
                                                .arg(plan.firstYear.label(), plan.lastYear.label(), plan.reportYear.label()));
    if (!plan.description.isEmpty())
        html += QStringLiteral("<i>%1</i>").arg(htmlTextParts(plan.description));
    html += paragraphIfAny(tr("Mission"), plan.mission);
    html += paragraphIfAny(tr("Vision"), plan.vision);
    html += paragraphIfAny(tr("Theory of action"), plan.theoryOfAction);
    html += paragraphIfAny(tr("Needs assessment"), plan.needsAssessment);
    if (!plan.coreValues.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Core values"));
        for (const NamedText &value : plan.coreValues)
            html += QStringLiteral("<li><b>%1</b> %2</li>").arg(escaped(value.name), escaped(value.description));
        html += QStringLiteral("</ul>");
    }
    html += profileHtml(plan);
    for (const Section &section : plan.sections)
        html += paragraphIfAny(escaped(section.heading), section.body);
    html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Goals"));
    for (const Goal &goal : plan.goals)
        html += goalLine(goal);
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace cairn
