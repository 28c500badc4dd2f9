#include "textstyle.h"

#include <QFont>
#include <QScreen>
#include <QVariant>
#include <QWidget>

#include <cmath>

namespace cairn {

namespace {

const char *const FactorProperty = "cairnTextFactor";
const char *const BoldProperty = "cairnTextBold";

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    if (base.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(std::lround(base.pixelSize() * factor))));
    else
        font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}

void emphasize(QWidget *widget, double factor, bool bold)
{
    widget->setProperty(FactorProperty, factor);
    widget->setProperty(BoldProperty, bold);
    widget->setFont(scaled(widget->font(), factor, bold));
}

void applyTextSize(QWidget *page, const QFont &base)
{
    page->setFont(base);
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        const QVariant factor = widget->property(FactorProperty);
        if (factor.isValid())
            widget->setFont(scaled(base, factor.toDouble(), widget->property(BoldProperty).toBool()));
        else
            widget->setFont(base);
    }
}

QFont projectorFont(QFont font, const QScreen *screen)
{
    // About 1/40 of the screen's height, never below 16 px.
    font.setPixelSize(std::max(16, int(std::lround((screen ? screen->geometry().height() : 1080) / 40.0))));
    return font;
}

} // namespace cairn
