#pragma once

#include "report/chartpainter.h"

#include <QWidget>

namespace cairn {

class PlanDocument;

// A measure's annual-target chart on screen, drawn by the same ChartPainter
// as the report and cairn-cli. Enter, F11 or a double click ask for it to
// be enlarged.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    // Builds the chart of measure `id` as the document stands now.
    void showMeasure(const PlanDocument &document, qint64 id);
    // One chart built elsewhere (a small multiple), named for screen readers.
    void showChart(const AnnualChart &chart, const QString &name);
    const ChartFigure &figure() const { return m_figure; }
    // What a chart shows, in words, for screen readers: baseline, each
    // year's value against its target with its status, the final target.
    static QString describe(const AnnualChart &chart);
    // Text size as a share of the widget's height; 0 follows the widget's font.
    void setTextShare(qreal share) { m_textShare = share; }

    QSize sizeHint() const override { return {640, 380}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

signals:
    void enlargeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    ChartFigure m_figure;
    qreal m_textShare = 0;
};

} // namespace cairn
