#include "author.h"

#include "authordialog.h"

#include "storage/repository.h"

#include <QSettings>
#include <QTimer>

namespace cairn {

namespace {

const QString NameKey = QStringLiteral("author/name");
const QString RoleKey = QStringLiteral("author/role");

} // namespace

QString Author::name() const
{
    const QString saved = QSettings().value(NameKey).toString();
    return saved.isEmpty() ? Repository::loginName() : saved;
}

QString Author::role() const
{
    return QSettings().value(RoleKey).toString();
}

QString Author::label() const
{
    const QString who = name();
    const QString what = role();
    return who.isEmpty() || what.isEmpty() ? who : tr("%1 (%2)").arg(who, what);
}

void Author::set(const QString &name, const QString &role)
{
    QSettings settings;
    settings.setValue(NameKey, name);
    settings.setValue(RoleKey, role);
    emit changed();
}

QString Author::ask(QWidget *parent)
{
    // An edit asks more than once (a value's author, then the write); while
    // the dialog is open or just declined, those asks get nothing.
    if (m_asking || m_declined)
        return {};
    m_asking = true;
    AuthorDialog dialog(AuthorDialog::Purpose::FirstEdit, {}, role(), parent);
    const bool given = dialog.exec() == QDialog::Accepted;
    m_asking = false;
    if (!given) {
        m_declined = true;
        QTimer::singleShot(0, this, [this] { m_declined = false; });
        return {};
    }
    set(dialog.name(), dialog.role());
    return dialog.name();
}

} // namespace cairn
