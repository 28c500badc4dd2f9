#pragma once

#include <QAccessibleWidget>

class QComboBox;

namespace cairn {

// How a screen reader sees a drop-down: named by what it chooses (its
// accessible name, else the label in front of it: "Owner"), its value what
// it shows ("Everyone"), its list of choices named after it. Qt's own
// interface names a drop-down by its value on Linux, which leaves the user
// guessing what "Everyone" is about. Installed once for the application.
class ComboAccessible : public QAccessibleWidget
{
public:
    explicit ComboAccessible(QComboBox *combo);

    // Makes every drop-down of the application use this interface; once, however often called.
    static void install();

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QComboBox *combo() const;
    QString name() const;
    // Names the list of choices (and the text box of an editable one) after the drop-down.
    void nameParts() const;
};

} // namespace cairn
