#pragma once

#include "annualchart.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace cairn {

// How large a chart's text is, in the painter's logical units (the report
// scales its painter so that one unit is 1/96 inch; the app paints in
// device-independent pixels). Everything else is sized from it.
struct ChartStyle {
    qreal fontSize = 13;
    bool showTitle = true;
    bool showKey = true;
    bool showValueLabels = true;
};

// Draws an AnnualChart with a QPainter: on screen, into an image or SVG, and
// as vectors into the PDF report. Statuses are shown by the markers' shape
// and colour; derived targets are dashed; preliminary values are hollow.
class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ChartPainter)

public:
    static void paint(QPainter &painter, const QRectF &rect, const AnnualChart &chart, const ChartStyle &style = {});
    // The chart with its children's small charts in a row below it.
    static void paintFigure(QPainter &painter, const QRectF &rect, const ChartFigure &figure, const ChartStyle &style = {});
    // The series colours used for overlaid child measures, in order.
    static QColor overlayColor(int index);
    // `text` as the chart draws it: control characters left out (tabs and
    // line breaks aside), since they have no glyph and an SVG (XML) file
    // cannot hold them.
    static QString printable(const QString &text);
    // The values of a series withheld to protect small student groups, as a
    // reader sees them: "not shown (small group) in 2024-25, >95% in 2025-26".
    static QString withheldText(const ChartSeries &series);
};

} // namespace cairn
