#include "annualchart.h"

#include "core/statusrules.h"

#include <algorithm>
#include <cmath>

namespace cairn {

namespace {

ChartSeries seriesOf(const Measure &measure, SchoolYear lastYear, SchoolYear reportYear, QDate asOf)
{
    ChartSeries series;
    series.code = measure.code;
    series.name = measure.name;
    if (measure.baseline.year && measure.baseline.value)
        series.baseline = ChartTarget{*measure.baseline.year, *measure.baseline.value, false};
    series.baselinePending = measure.baseline.isPending();

    SchoolYear first = measure.baseline.year ? measure.baseline.year->next() : SchoolYear();
    if (!measure.targets.empty() && (!first.isValid() || measure.targets.begin()->first < first))
        first = measure.targets.begin()->first;
    const SchoolYear last = std::max(lastYear, measure.finalTarget.year.value_or(lastYear));
    for (SchoolYear year = first; first.isValid() && year <= last; year = year.next()) {
        if (const auto target = StatusRules::targetFor(measure, year))
            series.trajectory.push_back(ChartTarget{year, target->value, target->derived});
    }
    for (const auto &[year, actual] : measure.actuals) {
        const Status status = StatusRules::measure(measure, year, reportYear, asOf).status;
        series.actuals.push_back(ChartActual{year, actual.value, status, actual.preliminary});
    }
    return series;
}

void collect(const ChartSeries &series, std::vector<double> &values, SchoolYear &first, SchoolYear &last)
{
    auto see = [&](SchoolYear year, double value) {
        values.push_back(value);
        first = std::min(first, year);
        last = std::max(last, year);
    };
    if (series.baseline)
        see(series.baseline->year, series.baseline->value);
    for (const ChartTarget &target : series.trajectory)
        see(target.year, target.value);
    for (const ChartActual &actual : series.actuals)
        see(actual.year, actual.value);
}

double niceStep(double span, int ticks)
{
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

bool overlaid(const Measure &measure)
{
    if (measure.children.empty() || measure.children.size() > std::size_t(AnnualChartBuilder::MaxOverlays))
        return false;
    return std::all_of(measure.children.begin(), measure.children.end(), [&](const Measure &child) {
        return child.type == MeasureType::Numeric && child.unit == measure.unit && child.customUnit == measure.customUnit;
    });
}

std::optional<Assessment> latestAssessment(const Measure &measure, SchoolYear reportYear)
{
    std::optional<Assessment> latest;
    for (const Assessment &assessment : measure.assessments) {
        if (assessment.year <= reportYear)
            latest = assessment;
    }
    return latest;
}

void markWithheld(AnnualChart &chart, ChartSeries &series, const PublishedValues &values)
{
    // A withheld baseline is not one still to be collected.
    if (values.baselineMark(series.code) != Publication::Shown)
        series.baselinePending = false;
    for (SchoolYear year : chart.years) {
        const Publication mark = values.mark(series.code, year);
        if (year <= chart.reportYear && mark != Publication::Shown)
            series.withheld.push_back({year, Suppression::shown(mark, values.rule), Suppression::hidden(mark)});
    }
}

void markWithheld(AnnualChart &chart, const PublishedValues &values)
{
    markWithheld(chart, chart.series, values);
    for (ChartSeries &overlay : chart.overlays)
        markWithheld(chart, overlay, values);
}

} // namespace

void AnnualChartBuilder::withhold(ChartFigure &figure, const PublishedValues &values)
{
    if (!values.rule.suppresses())
        return;
    markWithheld(figure.main, values);
    for (AnnualChart &multiple : figure.multiples)
        markWithheld(multiple, values);
}

ChartAxis AnnualChartBuilder::axisFor(const std::vector<double> &values, Unit unit)
{
    if (values.empty())
        return unit == Unit::Percent ? ChartAxis{0, 100, 20} : ChartAxis{0, 10, 2};
    double low = *std::min_element(values.begin(), values.end());
    double high = *std::max_element(values.begin(), values.end());
    // Start at zero when the values are well above it: a bar from zero is
    // honest, a zoomed axis makes small moves look large.
    const double lowest = low;
    const double highest = high;
    if (low >= 0 && (low <= high * 0.5 || low == high))
        low = 0;
    const double room = high > low ? (high - low) * 0.08 : std::max(1.0, std::abs(high) * 0.1);
    if (low != 0)
        low -= room;
    high += room;
    if (lowest >= 0)
        low = std::max(low, 0.0);
    if (unit == Unit::Percent && highest <= 100)
        high = std::min(high, 100.0);
    const bool whole = unit == Unit::Count || unit == Unit::Days;
    const double step = whole ? std::max(1.0, niceStep(high - low, 5)) : niceStep(high - low, 5);
    double top = std::ceil(high / step - 1e-9) * step;
    if (unit == Unit::Percent && highest <= 100)
        top = std::min(top, 100.0);
    return ChartAxis{std::floor(low / step + 1e-9) * step, top, step};
}

bool AnnualChartBuilder::shareAxes(std::vector<AnnualChart> &charts)
{
    if (charts.empty())
        return false;
    SchoolYear first = charts.front().years.empty() ? SchoolYear() : charts.front().years.front();
    SchoolYear last = charts.front().years.empty() ? SchoolYear() : charts.front().years.back();
    std::vector<double> values;
    bool sameUnit = true;
    for (const AnnualChart &chart : charts) {
        if (!chart.years.empty()) {
            first = first.isValid() ? std::min(first, chart.years.front()) : chart.years.front();
            last = last.isValid() ? std::max(last, chart.years.back()) : chart.years.back();
        }
        collect(chart.series, values, first, last);
        sameUnit = sameUnit && chart.format.unit == charts.front().format.unit && chart.format.customUnit == charts.front().format.customUnit;
    }
    std::vector<SchoolYear> years;
    for (SchoolYear year = first; year.isValid() && year <= last; year = year.next())
        years.push_back(year);
    const ChartAxis axis = axisFor(values, charts.front().format.unit);
    for (AnnualChart &chart : charts) {
        chart.years = years;
        if (sameUnit)
            chart.axis = axis;
    }
    return sameUnit;
}

AnnualChart AnnualChartBuilder::build(const Plan &plan, const Measure &measure, SchoolYear reportYear, QDate asOf)
{
    AnnualChart chart;
    chart.code = measure.code;
    chart.title = measure.name;
    chart.format = ValueFormat::of(measure);
    chart.direction = measure.direction;
    chart.reportYear = reportYear;
    chart.status = StatusRules::measure(measure, reportYear, reportYear, asOf).status;
    chart.latestAssessment = latestAssessment(measure, reportYear);
    switch (measure.type) {
    case MeasureType::Milestone:
        chart.kind = AnnualChart::Kind::Milestone;
        chart.due = measure.dueDate;
        chart.completed = measure.completedDate;
        break;
    case MeasureType::Narrative:
        chart.kind = AnnualChart::Kind::Narrative;
        return chart;
    case MeasureType::Numeric:
        break;
    }

    SchoolYear first = plan.firstYear;
    SchoolYear last = plan.lastYear;
    std::vector<double> values;
    if (chart.kind == AnnualChart::Kind::Numeric) {
        chart.series = seriesOf(measure, plan.lastYear, reportYear, asOf);
        collect(chart.series, values, first, last);
        if (overlaid(measure)) {
            for (const Measure &child : measure.children) {
                chart.overlays.push_back(seriesOf(child, plan.lastYear, reportYear, asOf));
                collect(chart.overlays.back(), values, first, last);
            }
        }
    }
    for (SchoolYear year = first; year.isValid() && year <= last; year = year.next())
        chart.years.push_back(year);
    chart.axis = axisFor(values, measure.unit);
    return chart;
}

ChartFigure AnnualChartBuilder::figure(const Plan &plan, const Measure &measure, SchoolYear reportYear, QDate asOf)
{
    ChartFigure figure{build(plan, measure, reportYear, asOf), {}};
    if (!overlaid(measure)) {
        for (const Measure &child : measure.children) {
            if (child.type != MeasureType::Narrative)
                figure.multiples.push_back(build(plan, child, reportYear, asOf));
        }
    }
    return figure;
}

} // namespace cairn
