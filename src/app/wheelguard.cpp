#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QWheelEvent>

namespace cairn {

namespace {

bool isValueControl(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

// The control whose value a wheel over `object` would change: the control
// itself or the line it types into.
QWidget *valueControl(QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget)
        return nullptr;
    if (isValueControl(widget))
        return widget;
    if (qobject_cast<QLineEdit *>(widget) && isValueControl(widget->parentWidget()))
        return widget->parentWidget();
    return nullptr;
}

QAbstractScrollArea *scrollAreaAround(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent && !parent->isWindow(); parent = parent->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent))
            return area;
    return nullptr;
}

} // namespace

void WheelGuard::install()
{
    if (qApp->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new WheelGuard(qApp));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && isValueControl(watched)) {
        // The wheel would otherwise give the control the focus first.
        auto *control = static_cast<QWidget *>(watched);
        if (control->focusPolicy() == Qt::WheelFocus)
            control->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *control = valueControl(watched);
    if (!control || control->hasFocus())
        return false;
    // Scroll what the control sits in. Handing the event on here rather
    // than ignoring it also covers wheels Qt does not pass to parents.
    auto *wheel = static_cast<QWheelEvent *>(event);
    if (QAbstractScrollArea *area = scrollAreaAround(control)) {
        QWidget *viewport = area->viewport();
        QWheelEvent scroll(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(), wheel->pixelDelta(),
                           wheel->angleDelta(), wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                           wheel->source(), wheel->pointingDevice());
        QCoreApplication::sendEvent(viewport, &scroll);
        wheel->setAccepted(scroll.isAccepted());
    } else {
        wheel->ignore();
    }
    return true;
}

} // namespace cairn
