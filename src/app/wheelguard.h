#pragma once

#include <QObject>

namespace cairn {

// Keeps the mouse wheel from changing a drop-down, spin box or date edit
// the user has not put the focus in: scrolling a long pane past one would
// otherwise change the value and save it. Installed once on the
// application, so every such control in every window is covered: the
// controls do not take the focus from the wheel, and a wheel over one
// without the focus scrolls the area around it instead.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Installs the guard on the application, once however often it is called.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace cairn
