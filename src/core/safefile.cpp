#include "safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace cairn {

namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

bool processGone(qint64 pid)
{
    return pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
}

void syncFolder(const QString &path)
{
    const int folder = ::open(encoded(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

// Writes all of `bytes` to a new file and syncs it; returns errno or 0.
int writeSynced(const QString &path, const QByteArray &bytes)
{
    const int fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return errno;
    qint64 done = 0;
    int error = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            error = written < 0 ? errno : ENOSPC;
            break;
        }
        done += written;
    }
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    return error;
}

} // namespace

bool SafeFile::diskNearlyFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (!storage.isValid())
        return false;
    const qint64 room = std::max<qint64>(1024 * 1024, QFileInfo(path).size());
    return storage.bytesAvailable() < room;
}

bool SafeFile::refusesWrites(const QString &path)
{
    const QFileInfo file(path);
    return (file.exists() && !file.isWritable()) || !QFileInfo(file.absolutePath()).isWritable();
}

QString SafeFile::diskFullText(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return tr("The disk that holds %1 (%2) is full: %3 free")
        .arg(QFileInfo(path).fileName(), storage.rootPath(), QLocale().formattedDataSize(storage.bytesAvailable()));
}

QString SafeFile::failure(const QString &path, int error)
{
    const QString name = QFileInfo(path).fileName();
    if (error == ENOSPC || error == EDQUOT || ((error == EIO || error == EFBIG) && diskNearlyFull(path)))
        return tr("%1. %2 was not written, and no earlier file of that name was changed; free some space and try again.")
            .arg(diskFullText(path), name);
    if (error == EACCES || error == EPERM || error == EROFS)
        return tr("The folder %1 does not allow writing, so %2 was not written. Choose a folder of yours, or allow writing "
                  "to this one.")
            .arg(QFileInfo(path).absolutePath(), name);
    if (error == ENOENT)
        return tr("The folder %1 does not exist, so %2 was not written.").arg(QFileInfo(path).absolutePath(), name);
    return tr("%1 could not be written: %2. No earlier file of that name was changed.")
        .arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

QString SafeFile::temporaryName(const QString &path)
{
    const QFileInfo target(path);
    return target.absoluteDir().filePath(QStringLiteral(".%1.%2-%3.tmp")
                                             .arg(target.fileName())
                                             .arg(QCoreApplication::applicationPid())
                                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

void SafeFile::removeLeftovers(const QString &path)
{
    const QFileInfo target(path);
    const QString prefix = QLatin1Char('.') + target.fileName() + QLatin1Char('.');
    const QStringList names = target.absoluteDir().entryList({prefix + QStringLiteral("*.tmp*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QString middle = name.mid(prefix.size()).section(QLatin1String(".tmp"), 0, 0);
        bool number = false;
        const qint64 pid = middle.section(QLatin1Char('-'), 0, 0).toLongLong(&number);
        if (number && processGone(pid))
            QFile::remove(target.absoluteDir().filePath(name));
    }
}

QString SafeFile::replace(const QString &temporary, const QString &path)
{
    if (::rename(encoded(temporary).constData(), encoded(path).constData()) != 0)
        return failure(path, errno);
    syncFolder(path);
    return {};
}

QString SafeFile::write(const QString &path, const QByteArray &bytes)
{
    removeLeftovers(path);
    const QString temporary = temporaryName(path);
    const int error = writeSynced(temporary, bytes);
    QString message = error == 0 ? replace(temporary, path) : failure(path, error);
    if (!message.isEmpty())
        QFile::remove(temporary);
    return message;
}

} // namespace cairn
