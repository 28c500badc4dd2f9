#pragma once

#include "sitecontext.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cairn::web {

// The plan as a static website: a folder of HTML, CSS, SVG (inline) and
// CSV that any web server, a USB stick or file:// can serve, with no
// script and no request to another host (docs/publishing.md).
class Website
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::Website)

public:
    struct File {
        QString path; // relative to the site's folder: "index.html"
        QByteArray bytes;
    };
    // Every file of the site, home page first.
    static std::vector<File> build(const Plan &plan, const PublishOptions &options);
};

} // namespace cairn::web
