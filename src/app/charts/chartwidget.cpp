#include "chartwidget.h"

#include "app/document/plandocument.h"
#include "core/statustext.h"

#include <QKeyEvent>
#include <QPainter>

namespace cairn {

QString ChartWidget::describe(const AnnualChart &chart)
{
    QStringList parts;
    if (chart.series.baseline)
        parts.append(ChartWidget::tr("Baseline %1 in %2").arg(ValueText::format(chart.format, chart.series.baseline->value),
                                                               chart.series.baseline->year.label()));
    for (const ChartActual &actual : chart.series.actuals) {
        const auto target = std::find_if(chart.series.trajectory.begin(), chart.series.trajectory.end(),
                                         [&](const ChartTarget &t) { return t.year == actual.year; });
        QString part = ChartWidget::tr("%1: %2").arg(actual.year.label(), ValueText::format(chart.format, actual.value));
        if (target != chart.series.trajectory.end())
            part += ChartWidget::tr(" against a target of %1").arg(ValueText::format(chart.format, target->value, target->derived ? 1 : 0));
        part += QStringLiteral(", ") + StatusText::word(actual.status);
        if (actual.preliminary)
            part += ChartWidget::tr(" (preliminary)");
        parts.append(part);
    }
    if (!chart.series.trajectory.empty())
        parts.append(ChartWidget::tr("Final target %1 in %2")
                         .arg(ValueText::format(chart.format, chart.series.trajectory.back().value),
                              chart.series.trajectory.back().year.label()));
    return parts.join(QStringLiteral("; "));
}

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Double-click or press Enter to show the chart full screen"));
    // Named before a measure is shown, so that it is never an unnamed stop for Tab.
    setAccessibleName(tr("Annual-target chart"));
    setAccessibleDescription(tr("No measure shown"));
}

void ChartWidget::showMeasure(const PlanDocument &document, qint64 id)
{
    const auto placed = document.find(ItemKind::Measure, id);
    if (!placed)
        return;
    const Measure &measure = std::get<Measure>(placed->item);
    m_figure = AnnualChartBuilder::figure(document.plan(), measure, document.statusYear(), document.status().asOf());
    setAccessibleName(tr("Annual-target chart of %1").arg(measure.code));
    const QString description = describe(m_figure.main);
    setAccessibleDescription(description.isEmpty() ? tr("No baseline, targets or actuals yet") : description);
    update();
}

void ChartWidget::showChart(const AnnualChart &chart, const QString &name)
{
    m_figure = ChartFigure{chart, {}};
    setAccessibleName(name);
    const QString description = describe(chart);
    setAccessibleDescription(description.isEmpty() ? tr("No baseline, targets or actuals yet") : description);
    update();
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    ChartStyle style;
    style.fontSize = m_textShare > 0 ? std::max<qreal>(12, height() * m_textShare) : QFontInfo(font()).pixelSize();
    const qreal margin = style.fontSize * 0.8;
    ChartPainter::paintFigure(painter, QRectF(rect()).adjusted(margin, margin, -margin, -margin), m_figure, style);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_F11) {
        emit enlargeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ChartWidget::mouseDoubleClickEvent(QMouseEvent *)
{
    emit enlargeRequested();
}

} // namespace cairn
