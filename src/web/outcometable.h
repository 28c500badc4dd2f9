#pragma once

#include "sitecontext.h"

#include <QCoreApplication>

namespace cairn::web {

// Milestones and narrative outcomes in one table: what, when due, when
// done, status, and the evidence or the latest assessment.
class OutcomeTable
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::OutcomeTable)

public:
    // Nothing when none of `measures` is a milestone or narrative.
    static QString html(const SiteContext &site, const std::vector<const Measure *> &measures, const QString &caption);
};

} // namespace cairn::web
