#pragma once

#include "website.h"

namespace cairn::web {

// Puts a site's files in a folder whole or not at all: they are written to
// a hidden sibling folder first, which then takes the folder's place. A
// folder that holds anything but an earlier Cairn site is never replaced.
class SiteFolder
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::SiteFolder)

public:
    // An empty string when the site is in `folder`; else what went wrong,
    // and `folder` is as it was. A non-empty folder is replaced only with
    // `replace`, and only when it holds an earlier site.
    static QString write(const std::vector<Website::File> &files, const QString &folder, bool replace);

    // Whether `folder` holds a site Cairn published (its index.html says so).
    static bool holdsSite(const QString &folder);
    // Whether `folder` exists and has anything in it.
    static bool hasContent(const QString &folder);
};

} // namespace cairn::web
