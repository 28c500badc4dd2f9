#pragma once

#include "report/annualchart.h"

#include <QCoreApplication>

namespace cairn::web {

// A numeric measure's annual-target chart (AnnualChart, the one the app and
// the report draw) as inline SVG text: the target trajectory dashed, the
// actuals as a line with each year's status shape, child measures as thin
// labelled lines. role="img" with a title and a description that say in
// words what the chart shows; the same values are in a table beside it.
class ChartSvg
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::ChartSvg)

public:
    // `id` makes the chart's title and description ids unique in the page.
    static QString svg(const AnnualChart &chart, const QString &id);
    // The description: baseline, final target, latest value and its status.
    static QString description(const AnnualChart &chart);
};

} // namespace cairn::web
