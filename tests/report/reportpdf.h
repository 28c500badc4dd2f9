#pragma once

#include "pdftext.h"
#include "planfixtures.h"

#include "report/pagedreport.h"
#include "report/reportoptions.h"

namespace cairn::test {

// The options of the sample's report as the board saw it.
inline ReportOptions optionsFor(const Plan &plan)
{
    ReportOptions options;
    options.year = plan.reportYear;
    options.asOf = QDate(2025, 6, 30);
    options.reportDate = QDate(2025, 11, 3);
    return options;
}

inline QString write(const PagedReport &report, const QTemporaryDir &dir, const QString &name = QStringLiteral("report.pdf"))
{
    const QString path = dir.filePath(name);
    REQUIRE(report.writePdf(path).isEmpty());
    return path;
}

inline const Plan &socorro()
{
    static const Plan plan = readPlanJson(socorroSample());
    return plan;
}

} // namespace cairn::test
