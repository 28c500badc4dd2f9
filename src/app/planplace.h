#pragma once

#include <QString>

namespace cairn {

// Where a plan the app opens is kept, as the window shows and remembers it:
// a .cairn file, or a plan on a PostgreSQL server (a postgresql:// URL).
class PlanPlace
{
public:
    static bool isServer(const QString &place);
    // Short, for titles and menus: the file's name, or the server and database.
    static QString name(const QString &place);
    // As the recent plans keep it: a file's absolute path, a server's URL.
    static QString remembered(const QString &place);
    // Whether two places are the same plan's.
    static bool same(const QString &first, const QString &second);
};

} // namespace cairn
