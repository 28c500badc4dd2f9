#pragma once

#include <QCoreApplication>
#include <QString>

namespace cairn {

// The one way Cairn writes a file it shows as saved (reports, exports,
// images, new plan files): under a temporary name beside the target, synced,
// then renamed over it, so that a crash, a kill or a full disk leaves the
// old file or the whole new one and never half of it. Temporary names carry
// the writer's process id, so that what a killed writer left is recognised
// and removed by the next write to the same target.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(cairn::SafeFile)

public:
    // Writes `bytes` to `path`. Returns an empty string, or a message that
    // names the real cause (full disk, folder not writable, ...) and says
    // that `path` was not changed.
    static QString write(const QString &path, const QByteArray &bytes);

    // A free hidden name beside `path`: ".NAME.<pid>-<random>.tmp".
    static QString temporaryName(const QString &path);
    // Removes the temporaries of `path` (and their journals) whose writing
    // process has ended.
    static void removeLeftovers(const QString &path);
    // Renames a complete, synced `temporary` over `path` and syncs the
    // folder. Returns an empty string or the failure's message.
    static QString replace(const QString &temporary, const QString &path);

    // Why writing `path` failed with the system's error `error`, in words
    // that say what to do.
    static QString failure(const QString &path, int error);
    // Whether the disk holding `path` has too little room left for the file
    // to grow: a write error there is a full disk, whatever it was called.
    static bool diskNearlyFull(const QString &path);
    // Whether the file, or its folder, refuses writes.
    static bool refusesWrites(const QString &path);
    // "The disk that holds NAME is full (N KiB free)".
    static QString diskFullText(const QString &path);
};

} // namespace cairn
