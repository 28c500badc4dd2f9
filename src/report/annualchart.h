#pragma once

#include "valuetext.h"

#include "core/plan.h"
#include "core/publishedvalues.h"

#include <QDate>

#include <optional>
#include <vector>

namespace cairn {

struct ChartTarget {
    SchoolYear year;
    double value = 0;
    bool derived = false; // on the line from baseline to final target, not set by people
};

struct ChartActual {
    SchoolYear year;
    double value = 0;
    Status status = Status::NoData; // the status of that year's value
    bool preliminary = false;
};

// A value left out of what is published to protect a small student group
// (PublishedValues), with what a reader sees instead: "not shown (small group)", ">95%".
struct ChartWithheld {
    SchoolYear year;
    QString shown;
    bool hidden = true; // left out entirely, not coded as ">95%" or "<5%"
};

// The value axis: from `min` to `max` in ticks of `step`.
struct ChartAxis {
    double min = 0;
    double max = 1;
    double step = 1;
};

// One measure's values over the plan's years: the baseline, the target
// trajectory and the actuals.
struct ChartSeries {
    QString code;
    QString name;
    std::optional<ChartTarget> baseline;
    bool baselinePending = false;       // the year is known, the value is still to be collected
    std::vector<ChartTarget> trajectory; // targets in year order, the final target last
    std::vector<ChartActual> actuals;
    std::vector<ChartWithheld> withheld; // years up to the report year, in order
};

// Everything the annual-target chart of one measure shows, built once from
// the plan and the status rules and drawn alike in the app, as an image and
// in the board report (ChartPainter).
struct AnnualChart {
    enum class Kind { Numeric, Milestone, Narrative };

    Kind kind = Kind::Numeric;
    QString code;
    QString title;
    ValueFormat format;
    Direction direction = Direction::HigherIsBetter;
    std::vector<SchoolYear> years; // the x axis, from the baseline's year to the plan's last year
    SchoolYear reportYear;
    ChartSeries series;
    // Child measures in the measure's unit, drawn over it with a label each.
    std::vector<ChartSeries> overlays;
    ChartAxis axis;

    // Milestone measures: when it is due and when it was completed.
    QDate due;
    QDate completed;
    Status status = Status::NoData; // the measure's status in the report year

    // Narrative measures (and any measure with one): the latest assessment.
    std::optional<Assessment> latestAssessment;

    // Something to draw beyond a lone baseline: actuals or targets.
    bool hasValues() const { return !series.actuals.empty() || !series.trajectory.empty(); }
};

// A measure's chart and, when its child measures cannot share its axis
// (another unit, or too many to overlay), one small chart per child.
struct ChartFigure {
    AnnualChart main;
    std::vector<AnnualChart> multiples;
};

class AnnualChartBuilder
{
public:
    static constexpr int MaxOverlays = 4;

    static AnnualChart build(const Plan &plan, const Measure &measure, SchoolYear reportYear, QDate asOf);
    static ChartFigure figure(const Plan &plan, const Measure &measure, SchoolYear reportYear, QDate asOf);
    // Marks the values `values` left out of the figure's series, so that its
    // drawing and description say they were withheld, not missing.
    static void withhold(ChartFigure &figure, const PublishedValues &values);
    // Bounds that hold every value with a little room, on round ticks;
    // percentages stay within 0-100 where the values do.
    static ChartAxis axisFor(const std::vector<double> &values, Unit unit);
    // Small multiples read side by side (a district measure and the school
    // measures that support it): one span of years for all and, when their
    // units agree, one value axis. True when the value axis is shared.
    static bool shareAxes(std::vector<AnnualChart> &charts);
};

} // namespace cairn
