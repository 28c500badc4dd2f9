#pragma once

#include "core/plan.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace cairn::bench {

struct Result {
    QString name;
    double medianMs = 0;
    double worstMs = 0;
    int runs = 0;
};

// The measurements of `cairn-bench run` on one plan, each the median of
// repeated runs: open_load, sqlite_floor, status_rollup, edit_roundtrip,
// export_json, import_json, report_pdf, website_publish, outline_model and
// dashboard_edit.
// `file` is the plan stored as a .cairn file; edits go to a copy of it.
// `only`, when not empty, names the measurements to take. `workingSetMb`
// receives the peak memory of working with the plan (open, statuses, edits,
// outline, dashboard), before the JSON export and import and the report,
// which hold the plan a second time as JSON or the whole PDF.
std::vector<Result> measure(const Plan &plan, const QString &file, int runs, const QStringList &only, double &workingSetMb);

// Times `work` `runs` times and keeps the median and the worst.
Result timed(const QString &name, int runs, const std::function<void()> &work);

// The public website of the plan (cairn-cli publish): its files and their
// total size in KiB.
struct SiteSize {
    int files = 0;
    double kib = 0;
};
SiteSize websiteSize(const Plan &plan);

// The process's peak resident memory so far, in MiB.
double peakRssMb();

} // namespace cairn::bench
