#pragma once

#include "sitecontext.h"

#include "report/annualchart.h"

#include <QCoreApplication>

namespace cairn::web {

// One numeric measure on its goal's page: its status, description, the
// annual-target chart with its legend, the same values in a table, and its
// components or student groups, each with its own table.
class MeasureSection
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::MeasureSection)

public:
    // `level` is the measure's heading level.
    static QString html(const SiteContext &site, const Measure &measure, int level);

private:
    static QString valueTable(const SiteContext &site, const Measure &measure, const std::vector<SchoolYear> &years);
    static QString child(const SiteContext &site, const Measure &child, const std::vector<AnnualChart> &multiples, int level);
};

} // namespace cairn::web
