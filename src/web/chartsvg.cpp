#include "chartsvg.h"

#include "html.h"
#include "statusicon.h"

#include "core/statustext.h"
#include "report/chartpainter.h"

#include <algorithm>

namespace cairn::web {

namespace {

constexpr double Width = 640;
constexpr double Height = 300;
constexpr double Left = 70;
constexpr double Right = 20;
constexpr double Top = 16;
constexpr double Bottom = 44;

// Where years and values land in the drawing.
struct Frame {
    const AnnualChart &chart;

    double x(SchoolYear year) const
    {
        const auto found = std::find(chart.years.begin(), chart.years.end(), year);
        const double band = (Width - Left - Right) / double(std::max<std::size_t>(1, chart.years.size()));
        return Left + band * (double(std::distance(chart.years.begin(), found)) + 0.5);
    }
    double y(double value) const
    {
        const double span = chart.axis.max - chart.axis.min;
        const double share = span > 0 ? (chart.axis.max - value) / span : 0.5;
        return Top + std::clamp(share, 0.0, 1.0) * (Height - Top - Bottom);
    }
    bool shown(SchoolYear year) const { return std::find(chart.years.begin(), chart.years.end(), year) != chart.years.end(); }
};

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString polyline(const QStringList &points, const QString &style)
{
    return points.size() < 2 ? QString() : QStringLiteral("<polyline points=\"%1\" %2/>\n").arg(points.join(QLatin1Char(' ')), style);
}

QString point(const Frame &frame, SchoolYear year, double value)
{
    return number(frame.x(year)) + QLatin1Char(',') + number(frame.y(value));
}

// Actuals up to the year under review: a site for an earlier year shows
// nothing the plan learned later.
std::vector<ChartActual> shownActuals(const AnnualChart &chart, const ChartSeries &series)
{
    std::vector<ChartActual> actuals;
    for (const ChartActual &actual : series.actuals) {
        if (actual.year <= chart.reportYear)
            actuals.push_back(actual);
    }
    return actuals;
}

QString axes(const Frame &frame)
{
    const AnnualChart &chart = frame.chart;
    QString svg;
    if (chart.axis.step > 0) {
        for (double value = chart.axis.min; value <= chart.axis.max + chart.axis.step / 1000; value += chart.axis.step) {
            const QString y = number(frame.y(value));
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" class=\"grid\"/>").arg(number(Left), y, number(Width - Right));
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"tick\" text-anchor=\"end\">%3</text>\n")
                       .arg(number(Left - 8), number(frame.y(value) + 4), Html::escaped(ValueText::tick(chart.format, value, chart.axis.step)));
        }
    }
    for (const SchoolYear &year : chart.years) {
        const QString cls = year == chart.reportYear ? QStringLiteral("tick current") : QStringLiteral("tick");
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"%3\" text-anchor=\"middle\">%4</text>\n")
                   .arg(number(frame.x(year)), number(Height - Bottom + 20), cls, year.label());
    }
    return svg;
}

QString targets(const Frame &frame, const ChartSeries &series)
{
    QStringList points;
    QString marks;
    if (series.baseline && frame.shown(series.baseline->year)) {
        points.append(point(frame, series.baseline->year, series.baseline->value));
        marks += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"8\" height=\"8\" class=\"baseline\"/>")
                     .arg(number(frame.x(series.baseline->year) - 4), number(frame.y(series.baseline->value) - 4));
    }
    for (const ChartTarget &target : series.trajectory) {
        if (!frame.shown(target.year))
            continue;
        points.append(point(frame, target.year, target.value));
        marks += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"7\" height=\"7\" class=\"%3\"/>")
                     .arg(number(frame.x(target.year) - 3.5), number(frame.y(target.value) - 3.5),
                          target.derived ? QStringLiteral("target derived") : QStringLiteral("target"));
    }
    return polyline(points, QStringLiteral("class=\"target-line\"")) + marks + QLatin1Char('\n');
}

QString actuals(const Frame &frame, const ChartSeries &series, bool main)
{
    QStringList points;
    QString marks;
    const std::vector<ChartActual> values = shownActuals(frame.chart, series);
    for (const ChartActual &actual : values) {
        if (!frame.shown(actual.year))
            continue;
        points.append(point(frame, actual.year, actual.value));
        if (main)
            marks += StatusIcon::at(actual.status, frame.x(actual.year), frame.y(actual.value), 16);
    }
    QString svg = polyline(points, main ? QStringLiteral("class=\"actual-line\"") : QStringLiteral("class=\"overlay-line\""));
    if (!main && !values.empty() && frame.shown(values.back().year)) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"overlay-label\">%3</text>")
                   .arg(number(frame.x(values.back().year) + 6), number(frame.y(values.back().value) - 6), Html::escaped(series.code));
    }
    return svg + marks + QLatin1Char('\n');
}

} // namespace

QString ChartSvg::description(const AnnualChart &chart)
{
    QStringList sentences;
    const ChartSeries &series = chart.series;
    if (series.baseline)
        sentences.append(tr("Baseline %1 in %2.").arg(ValueText::format(chart.format, series.baseline->value), series.baseline->year.label()));
    else if (series.baselinePending)
        sentences.append(tr("The baseline is still to be collected."));
    if (!series.trajectory.empty()) {
        const ChartTarget &final = series.trajectory.back();
        sentences.append(tr("Target %1 by %2.").arg(ValueText::format(chart.format, final.value), final.year.label()));
    }
    const std::vector<ChartActual> values = shownActuals(chart, series);
    if (values.empty()) {
        if (series.withheld.empty())
            sentences.append(tr("No value recorded yet."));
    } else {
        const ChartActual &latest = values.back();
        sentences.append(tr("Latest value %1 in %2: %3.")
                             .arg(ValueText::format(chart.format, latest.value), latest.year.label(), StatusText::word(latest.status)));
    }
    if (!series.withheld.empty())
        sentences.append(tr("Withheld to protect a small student group: %1.").arg(ChartPainter::withheldText(series)));
    if (!chart.overlays.empty()) {
        QStringList codes;
        for (const ChartSeries &overlay : chart.overlays)
            codes.append(overlay.code);
        sentences.append(tr("Also drawn: %1.").arg(codes.join(QStringLiteral(", "))));
    }
    return sentences.join(QLatin1Char(' '));
}

QString ChartSvg::svg(const AnnualChart &chart, const QString &id)
{
    const Frame frame{chart};
    QString svg = QStringLiteral("<svg class=\"chart\" viewBox=\"0 0 %1 %2\" role=\"img\" aria-labelledby=\"%3-title %3-desc\">\n")
                      .arg(number(Width), number(Height), id);
    svg += QStringLiteral("<title id=\"%1-title\">%2</title>\n")
               .arg(id, Html::escaped(tr("Chart of %1 %2 by school year: targets and values").arg(chart.code, chart.title)));
    svg += QStringLiteral("<desc id=\"%1-desc\">%2</desc>\n").arg(id, Html::escaped(description(chart)));
    if (chart.years.empty())
        return svg + QStringLiteral("</svg>\n");
    const double band = (Width - Left - Right) / double(chart.years.size());
    if (frame.shown(chart.reportYear))
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" class=\"current-year\"/>\n")
                   .arg(number(frame.x(chart.reportYear) - band / 2), number(Top), number(band), number(Height - Top - Bottom));
    svg += axes(frame);
    for (const ChartSeries &overlay : chart.overlays)
        svg += actuals(frame, overlay, false);
    svg += targets(frame, chart.series);
    svg += actuals(frame, chart.series, true);
    return svg + QStringLiteral("</svg>\n");
}

} // namespace cairn::web
