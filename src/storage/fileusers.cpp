#include "fileusers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cairn {

namespace {

// SQLite locks the bytes from 0x40000000 to 0x400001FF; this one lies past
// them, inside the page SQLite never stores data in for any page size up
// to 64 KiB, so the lock can never meet SQLite's own.
constexpr off_t PresenceByte = 0x40000000 + 0x400;

struct flock presenceRange(short type)
{
    struct flock range {};
    range.l_type = type;
    range.l_whence = SEEK_SET;
    range.l_start = PresenceByte;
    range.l_len = 1;
    return range;
}

int openForLock(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
}

QString processName(const QString &pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed() : QString();
}

// How many FileUsers of this process hold each plan (by canonical path):
// two windows of one Cairn are invisible to the lock and to /proc.
QHash<QString, int> &holders()
{
    static QHash<QString, int> map;
    return map;
}

} // namespace

FileUsers::FileUsers(const QString &path)
    : m_fd(openForLock(path))
    , m_key(QFileInfo(path).canonicalFilePath())
{
    ++holders()[m_key];
    if (m_fd < 0)
        return;
    struct flock range = presenceRange(F_RDLCK);
    if (::fcntl(m_fd, F_OFD_SETLK, &range) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

FileUsers::~FileUsers()
{
    if (--holders()[m_key] == 0)
        holders().remove(m_key);
    if (m_fd >= 0)
        ::close(m_fd);
}

bool FileUsers::openElsewhere(const QString &path)
{
    const int fd = openForLock(path);
    if (fd < 0)
        return false;
    struct flock range = presenceRange(F_WRLCK);
    const bool held = ::fcntl(fd, F_OFD_GETLK, &range) == 0 && range.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

std::vector<FileUsers::Process> FileUsers::otherProcesses(const QString &path)
{
    std::vector<Process> found;
    struct stat target {};
    if (::stat(QFile::encodeName(path).constData(), &target) != 0)
        return found;
    const QString self = QString::number(::getpid());
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool number = false;
        pid.toLongLong(&number);
        if (!number || pid == self)
            continue;
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        for (const QString &fd : QDir(fdDir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            struct stat open {};
            if (::stat(QFile::encodeName(fdDir + QLatin1Char('/') + fd).constData(), &open) == 0 && open.st_dev == target.st_dev
                && open.st_ino == target.st_ino) {
                found.push_back({pid.toLongLong(), processName(pid)});
                break;
            }
        }
    }
    return found;
}

QString FileUsers::describeOthers(const QString &path, int mine)
{
    QStringList names;
    for (const Process &process : otherProcesses(path))
        names.append(tr("%1 (process %2)").arg(process.name.isEmpty() ? tr("a program") : process.name).arg(process.pid));
    if (holders().value(QFileInfo(path).canonicalFilePath()) > mine)
        names.append(tr("another window of this Cairn"));
    return names.isEmpty() ? tr("another program") : names.join(QStringLiteral(", "));
}

} // namespace cairn
