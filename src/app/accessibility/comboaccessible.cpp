#include "comboaccessible.h"

#include "accessibletext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>

namespace cairn {

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QComboBox"))
        if (auto *combo = qobject_cast<QComboBox *>(object))
            return new ComboAccessible(combo);
    return nullptr;
}

} // namespace

ComboAccessible::ComboAccessible(QComboBox *combo)
    : QAccessibleWidget(combo, QAccessible::ComboBox)
{
}

void ComboAccessible::install()
{
    static bool installed = false;
    if (!installed)
        QAccessible::installFactory(factory);
    installed = true;
}

QComboBox *ComboAccessible::combo() const
{
    return static_cast<QComboBox *>(object());
}

QString ComboAccessible::name() const
{
    const QString own = combo()->accessibleName();
    return own.isEmpty() ? AccessibleText::labelOf(combo()) : own;
}

void ComboAccessible::nameParts() const
{
    const QString choices = AccessibleText::tr("Choices for %1").arg(name());
    if (combo()->view()->accessibleName() != choices)
        combo()->view()->setAccessibleName(choices);
    if (QLineEdit *edit = combo()->lineEdit(); edit && edit->accessibleName() != name())
        edit->setAccessibleName(name());
}

QString ComboAccessible::text(QAccessible::Text t) const
{
    // Not in the constructor: naming sends events that ask for this interface.
    nameParts();
    switch (t) {
    case QAccessible::Name:
        return name();
    case QAccessible::Value:
        return combo()->isEditable() ? combo()->lineEdit()->text() : combo()->currentText();
    default:
        return QAccessibleWidget::text(t);
    }
}

int ComboAccessible::childCount() const
{
    return combo()->isEditable() ? 2 : 1;
}

QAccessibleInterface *ComboAccessible::child(int index) const
{
    nameParts();
    if (index == 0)
        return QAccessible::queryAccessibleInterface(combo()->view());
    if (index == 1 && combo()->isEditable())
        return QAccessible::queryAccessibleInterface(combo()->lineEdit());
    return nullptr;
}

int ComboAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (child->object() == combo()->view())
        return 0;
    if (combo()->isEditable() && child->object() == combo()->lineEdit())
        return 1;
    return -1;
}

QAccessibleInterface *ComboAccessible::childAt(int x, int y) const
{
    if (combo()->isEditable() && combo()->lineEdit()->rect().contains(combo()->lineEdit()->mapFromGlobal(QPoint(x, y))))
        return child(1);
    return nullptr;
}

QStringList ComboAccessible::actionNames() const
{
    return {showMenuAction(), pressAction()};
}

void ComboAccessible::doAction(const QString &actionName)
{
    if (actionName != showMenuAction() && actionName != pressAction())
        return;
    if (combo()->view()->isVisible())
        combo()->hidePopup();
    else
        combo()->showPopup();
}

QStringList ComboAccessible::keyBindingsForAction(const QString &) const
{
    return {};
}

} // namespace cairn
