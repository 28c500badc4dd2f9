#include "measurements.h"
#include "sqlitefloors.h"

#include "app/dashboard/dashboardview.h"
#include "app/document/commands.h"
#include "app/document/plandocument.h"
#include "app/outline/outlinemodel.h"
#include "core/planstatus.h"
#include "core/planwalk.h"
#include "report/boardreport.h"
#include "web/sitefolder.h"
#include "web/website.h"
#include "storage/planjson.h"
#include "storage/repository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>

namespace cairn::bench {

namespace {

int countRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int rows = model.rowCount(parent);
    for (int row = 0, count = rows; row < count; ++row)
        rows += countRows(model, model.index(row, 0, parent));
    return rows;
}

const Measure *firstNumeric(const Plan &plan)
{
    const Measure *found = nullptr;
    forEachItem(plan, [&](const ItemView &item) {
        if (!found && item.measure && item.measure->type == MeasureType::Numeric)
            found = item.measure;
    });
    return found;
}

// One value changed through the document: written with its audit entry in
// one transaction, applied, statuses recomputed.
void editOnce(PlanDocument &document, int round)
{
    const Measure before = *firstNumeric(document.plan());
    Measure after = before;
    after.actuals[document.plan().reportYear] = Actual::of(50 + round % 7);
    document.push(new SetMeasureValues(&document, {before}, {after}, QStringLiteral("bench")));
}

} // namespace

Result timed(const QString &name, int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {name, times[times.size() / 2], times.back(), runs};
}

SiteSize websiteSize(const Plan &plan)
{
    const QDate asOf(plan.reportYear.start() + 1, 6, 30);
    SiteSize size;
    for (const web::Website::File &file : web::Website::build(plan, {plan.reportYear, asOf, asOf, std::nullopt})) {
        ++size.files;
        size.kib += file.bytes.size() / 1024.0;
    }
    return size;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

std::vector<Result> measure(const Plan &plan, const QString &file, int runs, const QStringList &only, double &workingSetMb)
{
    std::vector<Result> results;
    const auto wanted = [&only](const char *name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
    const auto take = [&](const char *name, int count, const std::function<void()> &work) {
        if (wanted(name))
            results.push_back(timed(QString::fromLatin1(name), count, work));
    };
    QTemporaryDir dir;
    const QDate asOf(plan.reportYear.start() + 1, 6, 30);
    const int slowRuns = std::max(1, runs / 3);

    take("open_load", runs, [&] { Repository::open(file, Repository::Access::ReadOnly)->load(); });
    take("sqlite_floor", runs, [&] { readAllRows(file); });
    take("status_rollup", runs, [&] { PlanStatus::evaluate(plan, plan.reportYear, asOf); });

    const QString copy = dir.filePath(QStringLiteral("edit.cairn"));
    QFile::copy(file, copy);
    {
        const auto document = PlanDocument::open(copy);
        document->setToday([asOf] { return asOf; });
        // Edits are refused without someone to record; the login name may be missing.
        document->repository().setActor(QStringLiteral("cairn-bench"));
        int round = 0;
        take("edit_roundtrip", runs, [&] { editOnce(*document, round++); });
        take("outline_model", runs, [&] {
            OutlineModel model(document.get());
            countRows(model);
        });
        if (wanted("dashboard_edit") || wanted("dashboard_rebuild") || wanted("dashboard_paint")) {
            DashboardView dashboard(document.get());
            dashboard.resize(1920, 1080);
            dashboard.show();
            QApplication::processEvents();
            take("dashboard_edit", runs, [&] {
                editOnce(*document, round++);
                dashboard.grab();
            });
            // What that is made of: rebuilding the dashboard, and painting it.
            take("dashboard_rebuild", runs, [&] { dashboard.refresh(); });
            take("dashboard_paint", runs, [&] { dashboard.grab(); });
        }
    }

    QByteArray json;
    workingSetMb = peakRssMb();
    take("export_json", runs, [&] { json = PlanJson::write(plan); });
    const QString imported = dir.filePath(QStringLiteral("imported.cairn"));
    take("import_json", slowRuns, [&] {
        const PlanJson::ReadResult read = PlanJson::read(json.isEmpty() ? PlanJson::write(plan) : json);
        Repository::create(imported, *read.plan, true);
    });
    // Of which writing the file, and the least SQLite needs to write its rows.
    take("write_file", slowRuns, [&] { Repository::create(imported, plan, true); });
    if (wanted("sqlite_insert_floor")) {
        const FileRows rows = allRows(file);
        const QString floor = dir.filePath(QStringLiteral("floor.cairn"));
        take("sqlite_insert_floor", slowRuns, [&] {
            QFile::remove(floor);
            insertAllRows(rows, floor);
        });
    }

    ReportOptions options;
    options.year = plan.reportYear;
    options.asOf = asOf;
    options.reportDate = asOf;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    take("report_pdf", slowRuns, [&] { BoardReport(plan, options).writePdf(pdf); });

    const QString site = dir.filePath(QStringLiteral("site"));
    take("website_publish", slowRuns, [&] {
        web::SiteFolder::write(web::Website::build(plan, {plan.reportYear, asOf, asOf, std::nullopt}), site, true);
    });
    return results;
}

} // namespace cairn::bench
