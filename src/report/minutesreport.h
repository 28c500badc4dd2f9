#pragma once

#include "pagedreport.h"
#include "reportoptions.h"

#include "core/plan.h"

namespace cairn {

// The minutes of a review meeting: who attended, the committee's summary,
// goal by goal the status at the meeting with the notes and assessments
// recorded, and the recommendations with their history.
class MinutesReport : public PagedReport
{
    Q_DECLARE_TR_FUNCTIONS(cairn::MinutesReport)

public:
    // `language`: "en" or "es" (DocumentLanguage); empty: the language in force.
    MinutesReport(const Plan &plan, const Review &review, ReportOptions::Paper paper = ReportOptions::Paper::Letter,
                  const QString &language = {});
};

} // namespace cairn
