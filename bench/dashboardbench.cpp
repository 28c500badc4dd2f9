// Times what one edit costs the dashboard: the edit written through to the
// file, every status recomputed, the dashboard's models rebuilt and the
// dashboard painted, on the Socorro sample and a generated plan.
//   build/bin/cairn-bench-dashboard [measures]   (default 5,000)
#include "plangenerator.h"

#include "app/dashboard/dashboardview.h"
#include "app/document/commands.h"
#include "app/document/plandocument.h"
#include "core/planwalk.h"
#include "storage/planjson.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace cairn;

namespace {

struct Timing {
    double median = 0;
    double worst = 0;
};

Timing summarize(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back()};
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

void run(const QString &name, const Plan &plan, QTextStream &out)
{
    QTemporaryDir dir;
    const auto document = PlanDocument::create(dir.filePath(QStringLiteral("bench.cairn")), plan);
    DashboardView view(document.get());
    view.resize(1920, 1080);
    view.show();
    QApplication::processEvents();

    const Measure *measure = nullptr;
    std::size_t measures = 0;
    forEachItem(document->plan(), [&](const ItemView &item) {
        if (item.measure) {
            ++measures;
            if (!measure && item.measure->type == MeasureType::Numeric)
                measure = item.measure;
        }
    });
    const QString code = measure->code;

    constexpr int runs = 15;
    std::vector<double> edits;
    std::vector<double> dashboard;
    for (int i = 0; i < runs; ++i) {
        const Measure *current = nullptr;
        forEachItem(document->plan(), [&](const ItemView &item) {
            if (item.measure && item.code == code)
                current = item.measure;
        });
        Measure after = *current;
        after.actuals[plan.reportYear] = Actual::of(50 + i % 7);
        QElapsedTimer timer;
        timer.start();
        document->push(new SetMeasureValues(document.get(), {*current}, {after}, QStringLiteral("bench")));
        view.grab();
        edits.push_back(timer.nsecsElapsed() / 1e6);

        timer.restart();
        view.refresh();
        view.grab();
        dashboard.push_back(timer.nsecsElapsed() / 1e6);
    }
    const Timing edit = summarize(edits);
    const Timing refresh = summarize(dashboard);
    out << name << " (" << measures << " measures)\n"
        << "  edit -> saved, statuses, dashboard repainted: median " << ms(edit.median) << ", worst " << ms(edit.worst) << '\n'
        << "  dashboard rebuild + repaint alone:            median " << ms(refresh.median) << ", worst " << ms(refresh.worst) << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QApplication::arguments();

    QFile sample(QStringLiteral(CAIRN_SOURCE_DIR "/resources/samples/socorro-isd-2023-2027.json"));
    if (sample.open(QIODevice::ReadOnly)) {
        const auto result = PlanJson::read(sample.readAll());
        if (result.plan)
            run(QStringLiteral("Socorro sample (budget 16 ms)"), *result.plan, out);
    }
    bench::PlanSize size;
    const int measures = arguments.size() > 1 ? arguments.at(1).toInt() : 5000;
    size.measuresPerObjective = std::max(1, measures / (size.goals * size.objectivesPerGoal));
    run(QStringLiteral("Generated plan (budget 100 ms)"), bench::generatePlan(size), out);
    return 0;
}
