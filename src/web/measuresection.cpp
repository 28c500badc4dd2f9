#include "measuresection.h"

#include "chartsvg.h"
#include "html.h"
#include "outcometable.h"
#include "statusicon.h"

#include "core/coveragetext.h"
#include "core/statusrules.h"
#include "core/statustext.h"

namespace cairn::web {

namespace {

QString statusOf(const SiteContext &site, const Measure &measure)
{
    if (const ItemStatus *item = site.status.find(measure.code))
        return Html::status(item->judgement.status, CoverageText::status(*item));
    return Html::status(StatusRules::measure(measure, site.options.year, site.options.year, site.options.asOf).status);
}

QString legend()
{
    return QStringLiteral("<p class=\"legend\" aria-hidden=\"true\"><span class=\"key-target\"></span>%1 "
                          "<span class=\"key-actual\"></span>%2</p>\n")
        .arg(Html::escaped(MeasureSection::tr("Target")), Html::escaped(MeasureSection::tr("Value, with its status")));
}

QString facts(const Measure &measure)
{
    QStringList lines;
    if (!measure.owner.isEmpty())
        lines.append(MeasureSection::tr("Owner: %1").arg(measure.owner));
    if (!measure.source.isEmpty())
        lines.append(MeasureSection::tr("Source: %1").arg(measure.source));
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<p class=\"facts\">%1</p>\n").arg(Html::escaped(lines.join(QStringLiteral(" · "))));
}

} // namespace

QString MeasureSection::valueTable(const SiteContext &site, const Measure &measure, const std::vector<SchoolYear> &years)
{
    const ValueFormat format = ValueFormat::of(measure);
    QString rows;
    const Publication baselineMark = site.values.baselineMark(measure.code);
    if (measure.baseline.year && (measure.baseline.value || baselineMark != Publication::Shown)) {
        const QString value = measure.baseline.value ? ValueText::format(format, *measure.baseline.value)
                                                     : Suppression::shown(baselineMark, site.values.rule);
        rows += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(Html::escaped(tr("%1 (baseline)").arg(measure.baseline.year->label())), QStringLiteral("—"),
                         Html::escaped(value), Html::escaped(tr("Baseline")));
    }
    for (const SchoolYear &year : years) {
        if (measure.baseline.year && year <= *measure.baseline.year)
            continue;
        const auto target = StatusRules::targetFor(measure, year);
        QString targetText = QStringLiteral("—");
        if (target)
            targetText = target->derived ? tr("%1 (derived)").arg(ValueText::format(format, target->value, 1))
                                         : ValueText::format(format, target->value);
        QString valueText = QStringLiteral("—");
        const auto actual = measure.actuals.find(year);
        if (actual != measure.actuals.end() && year <= site.options.year) {
            valueText = ValueText::format(format, actual->second.value);
            if (actual->second.preliminary)
                valueText = tr("%1 (preliminary)").arg(valueText);
        }
        const Status status = StatusRules::measure(measure, year, site.options.year, site.options.asOf).status;
        QString statusCell = Html::status(status);
        if (const Publication mark = site.values.mark(measure.code, year); mark != Publication::Shown && year <= site.options.year) {
            valueText = Suppression::shown(mark, site.values.rule);
            if (Suppression::hidden(mark))
                statusCell = Html::status(Status::NoData, tr("Not shown"));
        }
        rows += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(year.label(), Html::escaped(targetText), Html::escaped(valueText), statusCell);
    }
    const QString table = QStringLiteral("<table class=\"values\">\n<caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th>"
                                         "<th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th></tr></thead>\n"
                                         "<tbody>\n%6</tbody>\n</table>\n")
                              .arg(Html::escaped(tr("%1 by school year").arg(measure.code)), Html::escaped(tr("School year")),
                                   Html::escaped(tr("Target")), Html::escaped(tr("Value")), Html::escaped(tr("Status")), rows);
    return Html::scrollable(tr("Values of %1").arg(measure.code), table);
}

QString MeasureSection::child(const SiteContext &site, const Measure &child, const std::vector<AnnualChart> &multiples, int level)
{
    QString html = Html::heading(level, tr("%1 %2").arg(child.code, child.name).trimmed(), Html::anchor(QStringLiteral("measure"), child.code));
    html += QStringLiteral("<p>%1</p>\n").arg(statusOf(site, child));
    const auto chart = std::find_if(multiples.begin(), multiples.end(), [&](const AnnualChart &c) { return c.code == child.code; });
    if (chart != multiples.end()) {
        html += QStringLiteral("<div class=\"chart-and-table\">\n<figure>\n")
                + ChartSvg::svg(*chart, Html::anchor(QStringLiteral("chart"), child.code)) + legend() + QStringLiteral("</figure>\n")
                + valueTable(site, child, chart->years) + QStringLiteral("</div>\n");
        return html;
    }
    return html + valueTable(site, child, AnnualChartBuilder::build(site.plan, child, site.options.year, site.options.asOf).years);
}

QString MeasureSection::html(const SiteContext &site, const Measure &measure, int level)
{
    QString html = QStringLiteral("<section class=\"measure\" aria-labelledby=\"%1\">\n").arg(Html::anchor(QStringLiteral("measure"), measure.code));
    html += Html::heading(level, tr("%1 %2").arg(measure.code, measure.name).trimmed(), Html::anchor(QStringLiteral("measure"), measure.code));
    html += QStringLiteral("<p>%1</p>\n").arg(statusOf(site, measure));
    html += Html::parts(measure.description);
    html += facts(measure);
    ChartFigure figure = AnnualChartBuilder::figure(site.plan, measure, site.options.year, site.options.asOf);
    AnnualChartBuilder::withhold(figure, site.values);
    if (figure.main.hasValues())
        html += QStringLiteral("<div class=\"chart-and-table\">\n<figure>\n")
                + ChartSvg::svg(figure.main, Html::anchor(QStringLiteral("chart"), measure.code)) + legend() + QStringLiteral("</figure>\n")
                + valueTable(site, measure, figure.main.years) + QStringLiteral("</div>\n");
    else
        html += valueTable(site, measure, figure.main.years);
    std::vector<const Measure *> outcomes;
    for (const Measure &child : measure.children) {
        if (child.type == MeasureType::Numeric)
            html += MeasureSection::child(site, child, figure.multiples, level + 1);
        else
            outcomes.push_back(&child);
    }
    html += OutcomeTable::html(site, outcomes, tr("Milestones and outcomes of %1").arg(measure.code));
    return html + QStringLiteral("</section>\n");
}

} // namespace cairn::web
