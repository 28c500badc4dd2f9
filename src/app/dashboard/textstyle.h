#pragma once

#include <QColor>

class QFont;
class QScreen;
class QWidget;

namespace cairn {

// The dashboard's text follows one size, which people can make larger for
// a projector: these mark the widgets drawn larger or bold, and apply a size
// to a whole page.

// Colours a widget's text through its palette (cheaper to repaint than a style sheet).
void setTextColor(QWidget *widget, const QColor &color);
// Marks `widget`'s text as `factor` times the page's size, and bold or not.
void emphasize(QWidget *widget, double factor, bool bold);
// Gives `page` the font `base` and every emphasized widget in it its share.
void applyTextSize(QWidget *page, const QFont &base);
// `font` sized for the back of a room on `screen`: the walk-through's type,
// and that of the dialogs people type into during it.
QFont projectorFont(QFont font, const QScreen *screen);

} // namespace cairn
