#pragma once

#include "sitecontext.h"

#include <QCoreApplication>

namespace cairn::web {

// about.html: the plan's mission, vision, core values, profile of the
// graduate, theory of action and its own sections ("We believe", …).
class AboutPage
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::AboutPage)

public:
    static QString html(const SiteContext &site);
};

} // namespace cairn::web
