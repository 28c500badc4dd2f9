#pragma once

#include <QObject>
#include <QTimer>

class QLabel;

namespace cairn {

class PlanDocument;

// Brings what others save into the window. A plan file is looked at every
// second (its data version); a plan on a server says itself when someone
// committed to it (PlanChanges), and when the connection to the server is
// lost and back: the banner says so while it is lost, and on its return
// what others changed meanwhile is read.
class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    // `banner` is the window's, shown only while a server is lost.
    ChangeWatch(QLabel *banner, QObject *parent);

    // The plan now open in the window; nullptr when none.
    void setDocument(PlanDocument *document);
    // While the person is asked something in the middle of an edit, the
    // plan must not change under it: what arrives meanwhile is taken after.
    void hold();
    void release();
    // Whether the plan is looked at every second (a file, or a server plan
    // that does not announce its changes).
    bool polls() const { return m_poll.isActive(); }

signals:
    // A sentence for the window's notice line.
    void notice(const QString &text);

private:
    void take();
    void showLost();
    void showBack();

    QLabel *m_banner;
    PlanDocument *m_document = nullptr;
    QTimer m_poll;
    bool m_held = false;
    bool m_pending = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace cairn
