#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace cairn {

// Who else has a plan file open. Every Repository holds a shared
// open-file-description lock on one byte of its file that SQLite never
// locks (see docs/architecture.md), so another Cairn, in this process or
// another, can tell that the plan is in use; the processes are named from
// /proc, so that a message can say "cairn-cli (process 4242)" rather than
// "database is locked".
class FileUsers
{
    Q_DECLARE_TR_FUNCTIONS(cairn::FileUsers)

public:
    struct Process {
        qint64 pid = 0;
        QString name;
    };

    // Takes the presence lock on `path` for as long as this object lives.
    // Never fails: without the lock the plan is merely not announced.
    explicit FileUsers(const QString &path);
    ~FileUsers();
    FileUsers(const FileUsers &) = delete;
    FileUsers &operator=(const FileUsers &) = delete;

    // Whether any Cairn, this process included, has the plan open: asked
    // before opening it, or before replacing it.
    static bool openElsewhere(const QString &path);
    // The other processes that have `path` open, as far as this user may see.
    static std::vector<Process> otherProcesses(const QString &path);
    // "cairn-cli (process 4242)", "another window of this Cairn" (a
    // FileUsers of this process beyond the caller's own `mine`), or
    // "another program".
    static QString describeOthers(const QString &path, int mine);

private:
    int m_fd = -1;
    QString m_key;
};

} // namespace cairn
