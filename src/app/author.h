#pragma once

#include <QObject>

class QWidget;

namespace cairn {

// Who is working in Cairn: the name every change records, and a role shown
// beside it. Kept in the settings; until a name is saved the login name
// stands in, and with neither the first edit asks (ask()).
class Author : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The saved name, else the login name; empty when there is neither.
    QString name() const;
    QString role() const;
    // "Ana Ruiz (Director of Accountability)", the name alone without a
    // role, empty without a name.
    QString label() const;
    void set(const QString &name, const QString &role);

    // Asks for a name with a dialog over `parent`, saves it and returns it.
    // Returns nothing when the person declines; the rest of the edit that
    // asked (every value of a pasted block, the write itself) then gets
    // nothing at once instead of asking again.
    QString ask(QWidget *parent);

signals:
    void changed();

private:
    bool m_asking = false;
    bool m_declined = false;
};

} // namespace cairn
