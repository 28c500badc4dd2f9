#include "openrefusal.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>

namespace cairn {

namespace {

// "File → Import JSON", as the menus show it, without access keys or the
// ellipsis that ends a sentence badly.
QString menuPath(const QAction *action)
{
    QString path = action->text();
    if (path.endsWith(QChar(0x2026)))
        path.chop(1);
    for (const QObject *object : action->associatedObjects())
        if (const auto *menu = qobject_cast<const QMenu *>(object))
            path = OpenRefusal::tr("%1 \u2192 %2").arg(menu->title(), path);
    return path.remove(QLatin1Char('&'));
}

} // namespace

QString OpenRefusal::message(const StorageError &error, const QString &path, const QAction *importJson)
{
    const QString name = QFileInfo(path).fileName();
    switch (error.kind()) {
    case StorageError::Kind::NotSqlite:
        return tr("%1 is not a Cairn plan, so it cannot be opened. It may be a plan written as JSON, or another kind of file "
                  "whose name was changed to end in .cairn. To make a plan from a JSON file, use %2. "
                  "The file has not been changed.")
            .arg(name, menuPath(importJson));
    case StorageError::Kind::NotCairn:
        return tr("%1 is another program's database, not a Cairn plan, so it cannot be opened. To make a plan from a JSON "
                  "file, use %2. The file has not been changed.")
            .arg(name, menuPath(importJson));
    default:
        return error.message();
    }
}

} // namespace cairn
