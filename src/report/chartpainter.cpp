#include "chartpainter.h"

#include "statusshape.h"

#include "core/statustext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cairn {

namespace {

const QColor Ink(0x21, 0x21, 0x21);
const QColor Muted(0x61, 0x61, 0x61);
const QColor Grid(0xE0, 0xE0, 0xE0);
const QColor TargetColor(0x3F, 0x51, 0xB5);
const QColor ReviewBand(0x15, 0x65, 0xC0, 0x1C);

QFont fontOf(const QPainter &painter, qreal size, bool bold = false)
{
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::lround(size))));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: text in PDFs and SVGs stays searchable
    return font;
}

// Text drawn with its box's left edge, centre or right edge at `x`, and its
// baseline placed so the text is vertically centred on `y`.
void text(QPainter &painter, const QFont &font, const QColor &color, QPointF at, const QString &string,
          Qt::Alignment horizontal = Qt::AlignLeft)
{
    const QString shown = ChartPainter::printable(string);
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(shown);
    qreal x = at.x();
    if (horizontal & Qt::AlignHCenter)
        x -= width / 2;
    else if (horizontal & Qt::AlignRight)
        x -= width;
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(QPointF(x, at.y() + (metrics.ascent() - metrics.descent()) / 2), shown);
}

// Maps school years and values to the plot area.
struct Frame {
    QRectF plot;
    std::vector<SchoolYear> years;
    ChartAxis axis;

    qreal slot() const { return plot.width() / std::max<std::size_t>(1, years.size()); }
    qreal x(SchoolYear year) const
    {
        const int index = years.empty() ? 0 : year.start() - years.front().start();
        return plot.left() + slot() * (index + 0.5);
    }
    qreal y(double value) const
    {
        const double span = axis.max - axis.min;
        return plot.bottom() - plot.height() * (span > 0 ? (value - axis.min) / span : 0.5);
    }
    QPointF at(SchoolYear year, double value) const { return QPointF(x(year), y(value)); }
};

void drawTitle(QPainter &painter, QRectF &rect, const AnnualChart &chart, const ChartStyle &style)
{
    if (!style.showTitle)
        return;
    const QFont font = fontOf(painter, style.fontSize * 1.15, true);
    const QFontMetricsF metrics(font);
    const QString title = metrics.elidedText(chart.code + QStringLiteral("  ") + chart.title.simplified(), Qt::ElideRight,
                                             rect.width());
    text(painter, font, Ink, QPointF(rect.left(), rect.top() + metrics.height() / 2), title);
    rect.setTop(rect.top() + metrics.height() * 1.4);
}

struct KeyEntry {
    enum class Kind { Line, DashedLine, Marker, HollowMarker };
    Kind kind;
    QColor color;
    Status status;
    QString label;
};

void drawKey(QPainter &painter, QRectF &rect, const std::vector<KeyEntry> &entries, const ChartStyle &style)
{
    if (!style.showKey || entries.empty())
        return;
    const QFont font = fontOf(painter, style.fontSize * 0.9);
    const QFontMetricsF metrics(font);
    const qreal rowHeight = metrics.height() * 1.3;
    const qreal swatch = style.fontSize * 1.8;
    // Lay the entries out in rows from the bottom of the rectangle.
    std::vector<std::vector<const KeyEntry *>> rows(1);
    qreal used = 0;
    for (const KeyEntry &entry : entries) {
        const qreal width = swatch + style.fontSize * 0.4 + metrics.horizontalAdvance(entry.label) + style.fontSize * 1.2;
        if (used + width > rect.width() && !rows.back().empty()) {
            rows.emplace_back();
            used = 0;
        }
        rows.back().push_back(&entry);
        used += width;
    }
    qreal y = rect.bottom() - rowHeight * (rows.size() - 0.5);
    for (const auto &row : rows) {
        qreal x = rect.left();
        for (const KeyEntry *entry : row) {
            const QPointF middle(x + swatch / 2, y);
            switch (entry->kind) {
            case KeyEntry::Kind::Line:
            case KeyEntry::Kind::DashedLine:
                painter.setPen(QPen(entry->color, style.fontSize / 5, entry->kind == KeyEntry::Kind::Line ? Qt::SolidLine : Qt::DashLine,
                                    Qt::FlatCap));
                painter.drawLine(QPointF(x, y), QPointF(x + swatch, y));
                break;
            case KeyEntry::Kind::Marker:
            case KeyEntry::Kind::HollowMarker: {
                const qreal size = style.fontSize * 0.9;
                StatusShape::paint(painter, QRectF(middle.x() - size / 2, y - size / 2, size, size), entry->status,
                                   entry->kind == KeyEntry::Kind::HollowMarker);
                break;
            }
            }
            x += swatch + style.fontSize * 0.4;
            text(painter, font, Muted, QPointF(x, y), entry->label);
            x += metrics.horizontalAdvance(entry->label) + style.fontSize * 1.2;
        }
        y += rowHeight;
    }
    rect.setBottom(rect.bottom() - rowHeight * rows.size() - style.fontSize * 0.4);
}

void drawMessage(QPainter &painter, const QRectF &rect, const QString &message, const ChartStyle &style)
{
    painter.setFont(fontOf(painter, style.fontSize));
    painter.setPen(Muted);
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, ChartPainter::printable(message));
}

std::vector<KeyEntry> keyFor(const AnnualChart &chart)
{
    std::vector<KeyEntry> key;
    const auto &series = chart.series;
    if (!series.actuals.empty())
        key.push_back({KeyEntry::Kind::Line, Ink, Status::NoData, ChartPainter::tr("Actual")});
    const bool anyExplicit = std::any_of(series.trajectory.begin(), series.trajectory.end(), [](const ChartTarget &t) { return !t.derived; });
    const bool anyDerived = std::any_of(series.trajectory.begin(), series.trajectory.end(), [](const ChartTarget &t) { return t.derived; });
    if (anyExplicit)
        key.push_back({KeyEntry::Kind::Line, TargetColor, Status::NoData, ChartPainter::tr("Target")});
    if (anyDerived)
        key.push_back({KeyEntry::Kind::DashedLine, TargetColor, Status::NoData, ChartPainter::tr("Target (derived)")});
    std::vector<Status> statuses;
    bool preliminary = false;
    auto see = [&](const ChartSeries &s) {
        for (const ChartActual &actual : s.actuals) {
            if (std::find(statuses.begin(), statuses.end(), actual.status) == statuses.end())
                statuses.push_back(actual.status);
            preliminary = preliminary || actual.preliminary;
        }
    };
    see(series);
    for (const ChartSeries &overlay : chart.overlays)
        see(overlay);
    std::sort(statuses.begin(), statuses.end());
    for (Status status : statuses)
        key.push_back({KeyEntry::Kind::Marker, {}, status, StatusText::word(status)});
    if (preliminary)
        key.push_back({KeyEntry::Kind::HollowMarker, {}, Status::OnTrack, ChartPainter::tr("Hollow: preliminary")});
    return key;
}

void drawAxes(QPainter &painter, const Frame &frame, const AnnualChart &chart, const ChartStyle &style)
{
    const QFont font = fontOf(painter, style.fontSize * 0.9);
    const QFontMetricsF metrics(font);
    // The year under review, as a band with its name.
    if (std::find(frame.years.begin(), frame.years.end(), chart.reportYear) != frame.years.end()) {
        const qreal x = frame.x(chart.reportYear);
        // The band rises above the plot into a strip of its own, where its
        // label can never sit on a value.
        const qreal strip = style.fontSize * 1.3;
        painter.fillRect(QRectF(x - frame.slot() / 2, frame.plot.top() - strip, frame.slot(), frame.plot.height() + strip), ReviewBand);
        const QFont small = fontOf(painter, style.fontSize * 0.8, true);
        const QString label = ChartPainter::tr("Under review");
        if (QFontMetricsF(small).horizontalAdvance(label) <= frame.slot())
            text(painter, small, QColor(0x15, 0x65, 0xC0), QPointF(x, frame.plot.top() - strip / 2), label,
                 Qt::AlignHCenter);
    }
    // Horizontal grid lines with their values.
    painter.setPen(QPen(Grid, 1));
    const int ticks = int(std::lround((frame.axis.max - frame.axis.min) / frame.axis.step));
    for (int i = 0; i <= ticks; ++i) {
        const double value = frame.axis.min + i * frame.axis.step;
        const qreal y = frame.y(value);
        painter.setPen(QPen(i == 0 ? Muted : Grid, i == 0 ? 1.2 : 1));
        painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y));
        text(painter, font, Muted, QPointF(frame.plot.left() - style.fontSize * 0.5, y),
             ValueText::tick(chart.format, value, frame.axis.step), Qt::AlignRight);
    }
    // Year labels, thinned out when they would touch.
    const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("2023-24")) * 1.15;
    const int every = std::max(1, int(std::ceil(labelWidth / std::max<qreal>(1, frame.slot()))));
    const auto review = std::find(frame.years.begin(), frame.years.end(), chart.reportYear);
    const int reviewIndex = review == frame.years.end() ? -1 : int(review - frame.years.begin());
    for (int i = 0; i < int(frame.years.size()); ++i) {
        const SchoolYear year = frame.years[std::size_t(i)];
        const bool isReview = i == reviewIndex;
        // The year under review is always labelled; the others make room for it.
        if (!isReview && (i % every != 0 || (reviewIndex >= 0 && std::abs(i - reviewIndex) < every)))
            continue;
        text(painter, fontOf(painter, style.fontSize * 0.9, isReview), isReview ? Ink : Muted,
             QPointF(frame.x(year), frame.plot.bottom() + metrics.height() * 0.8), year.label(), Qt::AlignHCenter);
    }
}

void drawTrajectory(QPainter &painter, const Frame &frame, const ChartSeries &series, const QColor &color, qreal width)
{
    std::vector<ChartTarget> points;
    if (series.baseline)
        points.push_back(*series.baseline);
    for (const ChartTarget &target : series.trajectory) {
        if (std::find(frame.years.begin(), frame.years.end(), target.year) != frame.years.end())
            points.push_back(target);
    }
    painter.setBrush(Qt::NoBrush);
    for (std::size_t i = 1; i < points.size(); ++i) {
        const bool dashed = points[i].derived;
        painter.setPen(QPen(color, width, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(frame.at(points[i - 1].year, points[i - 1].value), frame.at(points[i].year, points[i].value));
    }
    // Explicit targets get a short bar across the line; derived ones none.
    painter.setPen(QPen(color, width * 1.2, Qt::SolidLine, Qt::FlatCap));
    for (const ChartTarget &target : series.trajectory) {
        if (!target.derived && std::find(frame.years.begin(), frame.years.end(), target.year) != frame.years.end()) {
            const QPointF at = frame.at(target.year, target.value);
            painter.drawLine(at - QPointF(width * 3, 0), at + QPointF(width * 3, 0));
        }
    }
    if (points.size() == 1) {
        const QPointF at = frame.at(points.front().year, points.front().value);
        painter.drawLine(at - QPointF(width * 3, 0), at + QPointF(width * 3, 0));
    }
}

void drawActuals(QPainter &painter, const Frame &frame, const ChartSeries &series, const QColor &line, qreal width, qreal marker)
{
    QPainterPath path;
    for (std::size_t i = 0; i < series.actuals.size(); ++i) {
        const QPointF at = frame.at(series.actuals[i].year, series.actuals[i].value);
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    painter.setPen(QPen(line, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    for (const ChartActual &actual : series.actuals) {
        const QPointF at = frame.at(actual.year, actual.value);
        const QRectF box(at.x() - marker / 2, at.y() - marker / 2, marker, marker);
        // A white halo keeps the marker readable where it crosses a line.
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(box.adjusted(-marker * 0.15, -marker * 0.15, marker * 0.15, marker * 0.15));
        StatusShape::paint(painter, box, actual.status, actual.preliminary);
    }
}

// The value of each actual beside its marker, on the side away from the target.
void drawActualLabels(QPainter &painter, const Frame &frame, const AnnualChart &chart, const ChartStyle &style)
{
    const QFont font = fontOf(painter, style.fontSize * 0.9, true);
    const qreal offset = style.fontSize * 1.15;
    for (const ChartActual &actual : chart.series.actuals) {
        const auto target = std::find_if(chart.series.trajectory.begin(), chart.series.trajectory.end(),
                                         [&](const ChartTarget &t) { return t.year == actual.year; });
        bool above = target == chart.series.trajectory.end() || actual.value >= target->value;
        QString label = ValueText::format(chart.format, actual.value);
        if (actual.preliminary)
            label += QLatin1Char('*');
        const QPointF at = frame.at(actual.year, actual.value);
        // Keep clear of the top strip (the "Under review" label) and the axis.
        if (above && at.y() - offset < frame.plot.top() + style.fontSize * 0.3)
            above = false;
        else if (!above && at.y() + offset > frame.plot.bottom() - style.fontSize * 0.6)
            above = true;
        text(painter, font, Ink, QPointF(at.x(), at.y() + (above ? -offset : offset)), label, Qt::AlignHCenter);
    }
}

// Where a value was withheld to protect a small student group, a word low
// in its year's slot: "hidden", or the coded value (">95%"). The table
// beside the chart says why.
void drawWithheld(QPainter &painter, const Frame &frame, const ChartSeries &series, const ChartStyle &style)
{
    const QFont font = fontOf(painter, style.fontSize * 0.8);
    for (const ChartWithheld &withheld : series.withheld)
        text(painter, font, Muted, QPointF(frame.x(withheld.year), frame.plot.bottom() - style.fontSize * 0.8),
             withheld.hidden ? ChartPainter::tr("hidden") : withheld.shown, Qt::AlignHCenter);
}

// A label centred on `x` where it fits, pushed inside the plot where it would not.
QPointF inside(const Frame &frame, const QFont &font, const QString &label, QPointF at)
{
    const qreal half = QFontMetricsF(font).horizontalAdvance(label) / 2;
    return QPointF(std::clamp(at.x(), frame.plot.left() + half, std::max(frame.plot.left() + half, frame.plot.right() - half)), at.y());
}

void drawTargetLabels(QPainter &painter, const Frame &frame, const AnnualChart &chart, const ChartStyle &style)
{
    const QFont font = fontOf(painter, style.fontSize * 0.85);
    const qreal offset = style.fontSize * 1.1;
    const ChartSeries &series = chart.series;
    if (series.baseline) {
        const QPointF at = frame.at(series.baseline->year, series.baseline->value);
        StatusShape::paint(painter, QRectF(at.x() - style.fontSize * 0.35, at.y() - style.fontSize * 0.35, style.fontSize * 0.7,
                                           style.fontSize * 0.7),
                           Status::NotStarted);
        const QString label = ChartPainter::tr("Baseline %1").arg(ValueText::format(chart.format, series.baseline->value));
        // Under its point, but never down on the axis and the years below it.
        const qreal y = std::min(at.y() + offset, frame.plot.bottom() - QFontMetricsF(font).height() / 2);
        text(painter, font, TargetColor, inside(frame, font, label, QPointF(at.x(), y)), label, Qt::AlignHCenter);
    }
    if (!series.trajectory.empty()) {
        const ChartTarget &final = series.trajectory.back();
        if (std::find(frame.years.begin(), frame.years.end(), final.year) != frame.years.end()) {
            const QPointF at = frame.at(final.year, final.value);
            const auto actual = std::find_if(series.actuals.begin(), series.actuals.end(),
                                             [&](const ChartActual &a) { return a.year == final.year; });
            const bool below = actual != series.actuals.end() && actual->value > final.value;
            const QString label = ChartPainter::tr("Target %1").arg(ValueText::format(chart.format, final.value, final.derived ? 1 : 0));
            text(painter, font, TargetColor, inside(frame, font, label, QPointF(at.x(), at.y() + (below ? offset : -offset))), label,
                 Qt::AlignHCenter);
        }
    }
}

// What a chart with nothing to draw says instead.
QString emptyMessage(const ChartSeries &series)
{
    if (!series.withheld.empty())
        return ChartPainter::tr("Values withheld to protect a small student group: %1.").arg(ChartPainter::withheldText(series));
    return series.baselinePending ? ChartPainter::tr("The baseline is still to be collected; no targets or values yet.")
                                  : ChartPainter::tr("No baseline, targets or values recorded yet.");
}

void paintNumeric(QPainter &painter, QRectF rect, const AnnualChart &chart, const ChartStyle &style)
{
    drawKey(painter, rect, keyFor(chart), style);
    if (!chart.hasValues()) {
        drawMessage(painter, rect, emptyMessage(chart.series), style);
        return;
    }
    const QFont tickFont = fontOf(painter, style.fontSize * 0.9);
    const QFontMetricsF metrics(tickFont);
    qreal tickWidth = 0;
    for (double value = chart.axis.min; value <= chart.axis.max + chart.axis.step / 2; value += chart.axis.step)
        tickWidth = std::max(tickWidth, metrics.horizontalAdvance(ValueText::tick(chart.format, value, chart.axis.step)));
    qreal overlayWidth = 0;
    const QFont overlayFont = fontOf(painter, style.fontSize * 0.85, true);
    for (const ChartSeries &overlay : chart.overlays)
        overlayWidth = std::max(overlayWidth, QFontMetricsF(overlayFont).horizontalAdvance(overlay.name));
    overlayWidth = std::min(overlayWidth + style.fontSize, rect.width() * 0.25);

    Frame frame;
    frame.years = chart.years;
    frame.axis = chart.axis;
    frame.plot = QRectF(rect.left() + tickWidth + style.fontSize * 0.8, rect.top() + style.fontSize * 1.6,
                        rect.width() - tickWidth - style.fontSize * 1.3 - overlayWidth,
                        rect.height() - metrics.height() * 1.6 - style.fontSize * 1.6);
    if (frame.plot.width() <= 0 || frame.plot.height() <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    drawAxes(painter, frame, chart, style);
    const qreal width = std::max<qreal>(1.5, style.fontSize / 6);
    for (std::size_t i = 0; i < chart.overlays.size(); ++i) {
        const ChartSeries &overlay = chart.overlays[i];
        const QColor color = ChartPainter::overlayColor(int(i));
        drawTrajectory(painter, frame, overlay, color.lighter(130), width * 0.6);
        drawActuals(painter, frame, overlay, color, width * 0.9, style.fontSize * 0.8);
        if (!overlay.actuals.empty() || !overlay.trajectory.empty()) {
            const bool byActual = !overlay.actuals.empty();
            const SchoolYear year = byActual ? overlay.actuals.back().year : overlay.trajectory.back().year;
            const double value = byActual ? overlay.actuals.back().value : overlay.trajectory.back().value;
            const QString name = QFontMetricsF(overlayFont).elidedText(overlay.name, Qt::ElideRight, overlayWidth);
            text(painter, overlayFont, color, QPointF(std::max(frame.x(year) + style.fontSize * 0.8, frame.plot.right() + style.fontSize * 0.3),
                                                      frame.y(value)),
                 name);
        }
    }
    drawTrajectory(painter, frame, chart.series, TargetColor, width);
    if (style.showValueLabels)
        drawTargetLabels(painter, frame, chart, style);
    drawActuals(painter, frame, chart.series, Ink, width * 1.3, style.fontSize * 1.1);
    if (style.showValueLabels)
        drawActualLabels(painter, frame, chart, style);
    drawWithheld(painter, frame, chart.series, style);
    if (chart.series.baselinePending)
        text(painter, fontOf(painter, style.fontSize * 0.85), Muted, QPointF(frame.plot.left() + style.fontSize * 0.5,
                                                                           frame.plot.top() + style.fontSize),
             ChartPainter::tr("Baseline still to be collected"));
    painter.restore();
}

void paintMilestone(QPainter &painter, QRectF rect, const AnnualChart &chart, const ChartStyle &style)
{
    if (chart.years.empty())
        return;
    QDate start = chart.years.front().firstDay();
    QDate end = chart.years.back().lastDay();
    for (const QDate &date : {chart.due, chart.completed}) {
        if (date.isValid()) {
            start = std::min(start, date.addMonths(-1));
            end = std::max(end, date.addMonths(1));
        }
    }
    const qreal left = rect.left() + style.fontSize;
    const qreal right = rect.right() - style.fontSize;
    const qreal y = rect.center().y();
    auto xOf = [&](const QDate &date) { return left + (right - left) * double(start.daysTo(date)) / double(std::max<qint64>(1, start.daysTo(end))); };
    const QFont font = fontOf(painter, style.fontSize * 0.9);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Muted, 2));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    for (const SchoolYear &year : chart.years) {
        const qreal x = xOf(year.firstDay());
        painter.setPen(QPen(Muted, 1));
        painter.drawLine(QPointF(x, y - style.fontSize * 0.4), QPointF(x, y + style.fontSize * 0.4));
        const qreal next = xOf(year.next().firstDay());
        if (year == chart.reportYear)
            painter.fillRect(QRectF(x, y - style.fontSize * 2.2, next - x, style.fontSize * 4.4), ReviewBand);
        text(painter, fontOf(painter, style.fontSize * 0.9, year == chart.reportYear), Muted,
             QPointF((x + next) / 2, y + style.fontSize * 1.6), year.label(), Qt::AlignHCenter);
    }
    const qreal marker = style.fontSize * 1.3;
    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (chart.due.isValid()) {
        const qreal x = xOf(chart.due);
        painter.setPen(QPen(TargetColor, 2));
        painter.drawLine(QPointF(x, y), QPointF(x, y - style.fontSize * 2.6));
        text(painter, font, TargetColor, QPointF(x, y - style.fontSize * 3.2),
             ChartPainter::tr("Due %1").arg(QLocale().toString(chart.due, dateFormat)), Qt::AlignHCenter);
    }
    if (chart.completed.isValid()) {
        const qreal x = xOf(chart.completed);
        StatusShape::paint(painter, QRectF(x - marker / 2, y - marker / 2, marker, marker), Status::Complete);
        text(painter, font, StatusShape::color(Status::Complete), QPointF(x, y + style.fontSize * 3.2),
             ChartPainter::tr("Completed %1").arg(QLocale().toString(chart.completed, dateFormat)), Qt::AlignHCenter);
    } else if (chart.due.isValid()) {
        const qreal x = xOf(chart.due);
        StatusShape::paint(painter, QRectF(x - marker / 2, y - marker / 2, marker, marker), chart.status);
    }
    text(painter, fontOf(painter, style.fontSize, true), StatusShape::color(chart.status),
         QPointF(rect.left(), rect.top() + style.fontSize),
         StatusText::symbol(chart.status) + QLatin1Char(' ') + StatusText::word(chart.status)
             + (chart.due.isValid() ? QString() : QStringLiteral(" · ") + ChartPainter::tr("no due date set")));
    painter.restore();
}

void paintNarrative(QPainter &painter, const QRectF &rect, const AnnualChart &chart, const ChartStyle &style)
{
    QString message = ChartPainter::tr("A narrative measure has no chart.");
    if (chart.latestAssessment) {
        const Assessment &assessment = *chart.latestAssessment;
        message += QLatin1Char('\n')
                   + ChartPainter::tr("Assessment %1: %2 %3").arg(assessment.year.label(), StatusText::symbol(assessment.status),
                                                                  StatusText::word(assessment.status));
        if (!assessment.rationale.isEmpty())
            message += QLatin1Char('\n') + assessment.rationale;
    } else {
        message += QLatin1Char('\n') + ChartPainter::tr("No assessment recorded yet.");
    }
    drawMessage(painter, rect, message, style);
}

} // namespace

QColor ChartPainter::overlayColor(int index)
{
    static const QColor colors[] = {QColor(0x00, 0x89, 0x7B), QColor(0x8E, 0x24, 0xAA), QColor(0xEF, 0x6C, 0x00),
                                    QColor(0x5D, 0x40, 0x37)};
    return colors[std::size_t(index) % std::size(colors)];
}

QString ChartPainter::withheldText(const ChartSeries &series)
{
    QStringList parts;
    for (const ChartWithheld &withheld : series.withheld)
        parts.append(tr("%1 in %2").arg(withheld.shown, withheld.year.label()));
    return parts.join(QStringLiteral(", "));
}

QString ChartPainter::printable(const QString &text)
{
    QString shown = text;
    shown.removeIf([](QChar c) {
        return c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r');
    });
    return shown;
}

void ChartPainter::paint(QPainter &painter, const QRectF &rect, const AnnualChart &chart, const ChartStyle &style)
{
    QRectF area = rect;
    drawTitle(painter, area, chart, style);
    switch (chart.kind) {
    case AnnualChart::Kind::Numeric:
        paintNumeric(painter, area, chart, style);
        break;
    case AnnualChart::Kind::Milestone:
        paintMilestone(painter, area, chart, style);
        break;
    case AnnualChart::Kind::Narrative:
        paintNarrative(painter, area, chart, style);
        break;
    }
}

void ChartPainter::paintFigure(QPainter &painter, const QRectF &rect, const ChartFigure &figure, const ChartStyle &style)
{
    if (figure.multiples.empty()) {
        paint(painter, rect, figure.main, style);
        return;
    }
    const qreal mainHeight = rect.height() * 0.58;
    paint(painter, QRectF(rect.left(), rect.top(), rect.width(), mainHeight), figure.main, style);
    const int columns = int(std::min<std::size_t>(figure.multiples.size(), 3));
    const int rows = int((figure.multiples.size() + columns - 1) / columns);
    const qreal gap = style.fontSize;
    const qreal width = (rect.width() - gap * (columns - 1)) / columns;
    const qreal height = (rect.height() - mainHeight - gap * rows) / rows;
    ChartStyle small = style;
    small.fontSize = std::max<qreal>(style.fontSize * 0.8, 9);
    small.showKey = false;
    for (std::size_t i = 0; i < figure.multiples.size(); ++i) {
        const int row = int(i) / columns;
        const int column = int(i) % columns;
        paint(painter, QRectF(rect.left() + column * (width + gap), rect.top() + mainHeight + gap + row * (height + gap), width, height),
              figure.multiples[i], small);
    }
}

} // namespace cairn
