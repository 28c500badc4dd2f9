#pragma once

#include "pagedreport.h"
#include "reportoptions.h"

#include "core/plan.h"

namespace cairn {

// The board progress report of a plan for one school year (ReportContent),
// on Letter or A4 pages. Its sections are anchored "summary", each goal's
// code, "schools" (when school plans are given), "recommendations" and "appendix".
class BoardReport : public PagedReport
{
    Q_DECLARE_TR_FUNCTIONS(cairn::BoardReport)

public:
    BoardReport(const Plan &plan, const ReportOptions &options);
};

} // namespace cairn
