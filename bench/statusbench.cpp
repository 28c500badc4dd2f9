// Times PlanStatus::evaluate, the whole status computation, on a generated
// plan (default 5,000 measures x 10 years) and prints the numbers.
//   build/bin/cairn-bench-status [measures]
#include "plangenerator.h"

#include "core/planstatus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace cairn;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bench::PlanSize size;
    const int measures = arguments.size() > 1 ? arguments.at(1).toInt() : 5000;
    size.measuresPerObjective = std::max(1, measures / (size.goals * size.objectivesPerGoal));
    const Plan plan = bench::generatePlan(size);

    constexpr int runs = 30;
    std::vector<double> times;
    std::size_t items = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const PlanStatus status = PlanStatus::evaluate(plan, plan.reportYear, QDate(2030, 6, 30));
        times.push_back(timer.nsecsElapsed() / 1e6);
        items = status.items().size();
    }
    std::sort(times.begin(), times.end());
    QTextStream out(stdout);
    out << "status evaluation: " << size.goals * size.objectivesPerGoal * size.measuresPerObjective << " measures x "
        << size.years << " years, " << items << " items\n"
        << "  median " << QString::number(times[runs / 2], 'f', 2) << " ms, best " << QString::number(times.front(), 'f', 2)
        << " ms, worst " << QString::number(times.back(), 'f', 2) << " ms over " << runs << " runs (budget 20 ms)\n";
    return 0;
}
