#include "changewatch.h"

#include "document/plandocument.h"
#include "storage/planchanges.h"

#include <QLabel>

namespace cairn {

ChangeWatch::ChangeWatch(QLabel *banner, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
{
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatch::take);
}

void ChangeWatch::setDocument(PlanDocument *document)
{
    for (const QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    m_poll.stop();
    m_banner->hide();
    m_pending = false;
    m_document = document;
    if (!m_document)
        return;
    PlanChanges *changes = m_document->serverChanges();
    // A plan that announces its changes is not asked every second.
    if (!changes || !changes->announces())
        m_poll.start();
    if (changes) {
        m_connections = {connect(changes, &PlanChanges::changed, this, &ChangeWatch::take),
                         connect(changes, &PlanChanges::lost, this, &ChangeWatch::showLost),
                         connect(changes, &PlanChanges::restored, this, &ChangeWatch::showBack)};
    }
}

void ChangeWatch::hold()
{
    m_held = true;
}

void ChangeWatch::release()
{
    m_held = false;
    if (m_pending)
        take();
}

void ChangeWatch::take()
{
    if (!m_document)
        return;
    m_pending = m_held;
    if (m_held || !m_document->reloadIfChangedElsewhere())
        return;
    emit notice(m_document->outsideChange().undoKept
                    ? tr("The plan was changed in another window or by cairn-cli; their changes are shown.")
                    : tr("The plan was changed in another window or by cairn-cli; their changes are shown. Undo "
                         "history was cleared: it held changes to the same items."));
}

void ChangeWatch::showLost()
{
    m_banner->setText(QStringLiteral("\u26A0 ") + m_document->serverChanges()->lostMessage());
    m_banner->setAccessibleName(m_banner->text());
    m_banner->show();
}

void ChangeWatch::showBack()
{
    m_banner->hide();
    // Someone is being asked something mid-edit: read it after the answer.
    if (m_held) {
        m_pending = true;
        return;
    }
    const QString server = m_document->serverChanges()->server();
    if (m_document->reloadIfChangedElsewhere())
        emit notice(tr("The connection to the server %1 is back; you can edit again. What others changed meanwhile is "
                       "shown.")
                        .arg(server));
    else
        emit notice(tr("The connection to the server %1 is back; you can edit again. Nobody changed the plan meanwhile.")
                        .arg(server));
}

} // namespace cairn
