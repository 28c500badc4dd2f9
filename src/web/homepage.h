#pragma once

#include "sitecontext.h"

#include <QCoreApplication>

namespace cairn::web {

// index.html: the plan's status for the year with its coverage, a card per
// goal (status, progress, counts), the objectives by year and the date the
// values describe.
class HomePage
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::HomePage)

public:
    static QString html(const SiteContext &site);

private:
    static QString goalCards(const SiteContext &site);
    static QString objectivesByYear(const SiteContext &site);
};

} // namespace cairn::web
