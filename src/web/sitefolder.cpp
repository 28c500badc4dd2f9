#include "sitefolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace cairn::web {

namespace {

constexpr QFileDevice::Permissions Readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions Browsable = Readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

} // namespace

bool SiteFolder::hasContent(const QString &folder)
{
    const QDir dir(folder);
    return dir.exists() && !dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty();
}

bool SiteFolder::holdsSite(const QString &folder)
{
    QFile index(QDir(folder).filePath(QStringLiteral("index.html")));
    return index.open(QIODevice::ReadOnly) && index.read(4096).contains("<meta name=\"generator\" content=\"Cairn");
}

QString SiteFolder::write(const std::vector<Website::File> &files, const QString &folder, bool replace)
{
    const QFileInfo target(QDir::cleanPath(QDir(folder).absolutePath()));
    if (target.exists() && !target.isDir())
        return tr("%1 is a file, not a folder; nothing was written.").arg(folder);
    const bool occupied = hasContent(target.filePath());
    if (occupied && !replace)
        return tr("%1 is not empty; choose an empty or new folder, or replace the site in it (--force). Nothing was written.").arg(folder);
    if (occupied && !holdsSite(target.filePath()))
        return tr("%1 holds other files than a site Cairn published, so it is not replaced; choose an empty or new folder. "
                  "Nothing was written.")
            .arg(folder);
    const QDir parent = target.dir();
    if (!parent.exists())
        return tr("The folder %1 does not exist; nothing was written.").arg(QDir::toNativeSeparators(parent.path()));

    QTemporaryDir staging(parent.filePath(QStringLiteral(".%1-publishing-XXXXXX").arg(target.fileName())));
    if (!staging.isValid())
        return tr("Cannot write in %1: %2. Nothing was written.").arg(QDir::toNativeSeparators(parent.path()), staging.errorString());
    for (const Website::File &file : files) {
        QSaveFile out(QDir(staging.path()).filePath(file.path));
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size() || !out.commit())
            return tr("Cannot write %1: %2. Nothing was written.").arg(file.path, out.errorString());
        QFile::setPermissions(out.fileName(), Readable);
    }
    QFile::setPermissions(staging.path(), Browsable);

    // The old folder steps aside, the new one takes its name, the old one goes.
    QString aside;
    if (target.exists()) {
        QTemporaryDir name(parent.filePath(QStringLiteral(".%1-old-XXXXXX").arg(target.fileName())));
        aside = name.path();
        name.remove();
        if (!QDir().rename(target.filePath(), aside))
            return tr("Cannot replace %1 (is a file in it open elsewhere?); nothing was changed.").arg(folder);
    }
    if (!QDir().rename(staging.path(), target.filePath())) {
        if (!aside.isEmpty())
            QDir().rename(aside, target.filePath());
        return tr("Cannot create %1; nothing was changed.").arg(folder);
    }
    staging.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return {};
}

} // namespace cairn::web
