#include "filterkeys.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>

namespace cairn {

FilterKeys::FilterKeys(QTreeView *list, Target target, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_target(std::move(target))
{
    m_list->installEventFilter(this);
}

void FilterKeys::addField(QLineEdit *field)
{
    m_fields.append(field);
    field->installEventFilter(this);
}

bool FilterKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent *>(event)->modifiers() != Qt::NoModifier)
        return QObject::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (auto *field = qobject_cast<QLineEdit *>(watched); field && key == Qt::Key_Down) {
        m_from = field;
        const QModelIndex target = m_target(m_list->currentIndex());
        if (target.isValid() && target != m_list->currentIndex())
            m_list->setCurrentIndex(target);
        m_list->scrollTo(m_list->currentIndex());
        m_list->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (watched == m_list && key == Qt::Key_Up && !m_fields.isEmpty() && !m_list->indexAbove(m_list->currentIndex()).isValid()) {
        (m_from ? m_from : m_fields.front())->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cairn
