#include "windowfixture.h"

#include "app/charts/chartwidget.h"
#include "app/charts/chartwindow.h"
#include "app/dashboard/attentionmodel.h"
#include "app/dashboard/goalcard.h"
#include "app/dashboard/dashboardview.h"
#include "app/dashboard/goalsummarymodel.h"
#include "app/dashboard/heatmapmodel.h"
#include "app/document/commands.h"
#include "app/panes/measurepane.h"
#include "core/statustext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <map>

using namespace cairn;
using namespace cairn::test;

namespace {

const QDate AsOf(2025, 6, 30);

// The counts each goal should show, worked out from the status engine's
// items directly: measures that are not children, and actions.
std::map<QString, StatusCounts> expectedCounts(const PlanStatus &status)
{
    std::map<QString, StatusCounts> counts;
    QString goal;
    for (const ItemStatus &item : status.items()) {
        if (item.kind == ItemKind::Goal)
            goal = item.code;
        else if (item.kind == ItemKind::Action || (item.kind == ItemKind::Measure && !item.parent.startsWith(QLatin1Char('m'))))
            counts[goal].add(item.judgement.status);
    }
    return counts;
}

int rowOf(const AttentionModel *model, const QString &code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row).code == code)
            return row;
    }
    return -1;
}

void setActual(PlanDocument *document, const QString &code, SchoolYear year, double value)
{
    const Measure &before = measureOf(document->plan(), code);
    Measure after = before;
    after.actuals[year] = Actual::of(value);
    REQUIRE(document->push(new SetMeasureValues(document, {before}, {after}, QStringLiteral("Set value"))));
}

} // namespace

TEST_CASE("the dashboard's models give the status engine's statuses and counts", "[app][gui][dashboard]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return AsOf; });
    DashboardView *dashboard = w.workspace()->dashboard();
    GoalSummaryModel *goals = dashboard->goals();
    QAbstractItemModelTester goalTester(goals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester heatTester(dashboard->heatMap(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester attentionTester(dashboard->attention(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const PlanStatus &status = w.document()->status();
    const auto expected = expectedCounts(status);
    REQUIRE(goals->rowCount() == 4);
    for (int row = 0; row < goals->rowCount(); ++row) {
        const QString code = goals->index(row, GoalSummaryModel::Code).data().toString();
        INFO(code.toStdString());
        const ItemStatus *goal = status.find(code);
        REQUIRE(goal);
        CHECK(Status(goals->index(row, 0).data(GoalSummaryModel::StatusRole).toInt()) == goal->judgement.status);
        CHECK(goals->index(row, GoalSummaryModel::StatusColumn).data().toString() == StatusText::word(goal->judgement.status));
        CHECK(goals->tally(row).items == expected.at(code));
        CHECK(goals->index(row, GoalSummaryModel::OffTrack).data().toInt() == expected.at(code)[Status::OffTrack]);
    }
    CHECK(goals->shortName(0) == QStringLiteral("Students"));

    // The header says the same as the engine, in words and shapes.
    const Status planStatus = status.plan().judgement.status;
    CHECK(w.find<QLabel>("planStatus")->text().contains(StatusText::word(planStatus)));
    CHECK(w.find<QLabel>("planStatus")->text().contains(StatusText::symbol(planStatus)));

    // Objectives by year: this year's column is the engine's, an earlier
    // one is that year's evaluation, later ones are not yet due.
    HeatMapModel *heat = dashboard->heatMap();
    CHECK(heat->columnCount() == 5); // 2022-23 … 2026-27
    CHECK(heat->rowCount() == 12);
    const PlanStatus earlier = PlanStatus::evaluate(w.document()->plan(), SchoolYear(2023), AsOf);
    for (int row = 0; row < heat->rowCount(); ++row) {
        const QString code = heat->headerData(row, Qt::Vertical, Qt::DisplayRole).toString().section(QLatin1Char(' '), 0, 0);
        CHECK(heat->status(row, 2) == status.find(code)->judgement.status);
        CHECK(heat->status(row, 1) == earlier.find(code)->judgement.status);
        CHECK(heat->status(row, 3) == Status::NotYetDue);
    }

    // Needs attention: the CCMR measure, off track, with its numbers.
    AttentionModel *attention = dashboard->attention();
    const int ccmr = rowOf(attention, QStringLiteral("1.2-L1"));
    REQUIRE(ccmr >= 0);
    CHECK(attention->item(ccmr).reason == AttentionItem::Reason::OffTrack);
    CHECK(attention->index(ccmr, AttentionModel::Detail).data().toString() == QStringLiteral("72% against a target of 77%"));
    for (int row = 1; row < attention->rowCount(); ++row)
        CHECK(attention->item(row - 1).reason <= attention->item(row).reason);
}

TEST_CASE("the dashboard follows every edit at once, and its year can be switched", "[app][gui][dashboard]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return AsOf; });
    DashboardView *dashboard = w.workspace()->dashboard();
    AttentionModel *attention = dashboard->attention();
    REQUIRE(rowOf(attention, QStringLiteral("1.2-L1")) >= 0);

    setActual(w.document(), QStringLiteral("1.2-L1"), SchoolYear(2024), 80);
    CHECK(rowOf(attention, QStringLiteral("1.2-L1")) < 0);
    w.document()->undoStack()->undo();
    CHECK(rowOf(attention, QStringLiteral("1.2-L1")) >= 0);

    QComboBox *year = dashboard->yearCombo();
    year->setCurrentIndex(year->findData(2023));
    CHECK(w.document()->statusYear() == SchoolYear(2023));
    CHECK(dashboard->heatMap()->status(0, 2) == Status::NotYetDue); // 2024-25 is now after the year under review
    CHECK(w.find<QLabel>("planCounts")->text().contains(QStringLiteral("2023-24")));
}

TEST_CASE("clicking a row that needs attention opens that item", "[app][gui][dashboard]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return AsOf; });
    w.workspace()->showTab(Workspace::Tab::Dashboard);
    DashboardView *dashboard = w.workspace()->dashboard();
    QTableView *view = dashboard->attentionView();
    const int row = rowOf(dashboard->attention(), QStringLiteral("1.2-L1"));
    REQUIRE(row >= 0);
    dashboard->ensureWidgetVisible(view);
    const QRect cell = view->visualRect(view->model()->index(row, AttentionModel::Code));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());

    CHECK(w.workspace()->tabs()->currentIndex() == int(Workspace::Tab::Plan));
    auto *pane = qobject_cast<MeasurePane *>(w.workspace()->currentPane());
    REQUIRE(pane);
    CHECK(pane->itemId() == measureOf(w.document()->plan(), QStringLiteral("1.2-L1")).id);
    CHECK(pane->findChild<QLabel *>(QStringLiteral("heading"))->text().contains(QStringLiteral("1.2-L1")));
}

TEST_CASE("a measure's pane shows its chart, which can fill the screen and follows edits", "[app][gui][chart]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return AsOf; });
    w.workspace()->showTab(Workspace::Tab::Plan);
    w.select(QStringLiteral("1.2-L1"));
    auto *chart = w.find<ChartWidget>("measureChart");
    CHECK(chart->isVisible());
    CHECK(chart->figure().main.code == QStringLiteral("1.2-L1"));
    CHECK(chart->accessibleName() == QStringLiteral("Annual-target chart of 1.2-L1"));
    CHECK(chart->accessibleDescription().contains(QStringLiteral("2024-25: 72% against a target of 77%, Off track")));

    QTest::mouseClick(w.find<QPushButton>("enlargeChart"), Qt::LeftButton);
    auto *window = w.window.findChild<ChartWindow *>(QStringLiteral("chartWindow"));
    REQUIRE(window);
    CHECK(window->isFullScreen());
    CHECK(window->chart()->figure().main.series.actuals.back().value == 72);

    setActual(w.document(), QStringLiteral("1.2-L1"), SchoolYear(2024), 78);
    CHECK(window->chart()->figure().main.series.actuals.back().value == 78);
    CHECK(window->chart()->figure().main.series.actuals.back().status == Status::OnTrack);
    CHECK(chart->figure().main.series.actuals.back().value == 78);

    QTest::keyClick(window->chart(), Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(w.window.findChild<ChartWindow *>(QStringLiteral("chartWindow")) == nullptr);

    w.select(QStringLiteral("1.1-PM1")); // narrative: no chart
    CHECK_FALSE(chart->isVisible());
}

// On a file alone: the text size is a setting, not the plan's.
TEST_CASE("the dashboard's text can be made larger for a projector, and stays so", "[app][gui][dashboard]")
{
    Window w;
    DashboardView *dashboard = w.workspace()->dashboard();
    auto *title = dashboard->findChild<QLabel *>(QStringLiteral("planStatus"));
    REQUIRE(title);
    const qreal before = title->font().pointSizeF();
    const int rowBefore = dashboard->attentionView()->verticalHeader()->defaultSectionSize();

    dashboard->setTextScale(1.6);
    CHECK(title->font().pointSizeF() == Approx(before * 1.6));
    CHECK(title->font().bold());
    CHECK(dashboard->attentionView()->verticalHeader()->defaultSectionSize() > rowBefore);
    CHECK(QSettings().value(QStringLiteral("dashboard/textScale")).toDouble() == Approx(1.6));

    dashboard->setTextScale(10); // kept within reason
    CHECK(dashboard->textScale() == DashboardView::MaxTextScale);
    dashboard->setTextScale(1.0);
    CHECK(title->font().pointSizeF() == Approx(before));
}

TEST_CASE("each goal card says how many measures its status stands on, and how far its actions are when measures cannot say",
          "[app][gui][dashboard][coverage]")
{
    Window w(GENERATE(from_range(backends())));
    w.document()->setToday([] { return AsOf; });
    w.workspace()->showTab(Workspace::Tab::Dashboard);
    const PlanStatus &status = w.document()->status();
    // Worked out from the engine's own judgements of each measure: those
    // that are not children, and of them those with a score.
    std::map<QString, std::pair<int, int>> reported; // goal: reported, measures
    QString goal;
    for (const ItemStatus &item : status.items()) {
        if (item.kind == ItemKind::Goal)
            goal = item.code;
        else if (item.kind == ItemKind::Measure && !item.parent.startsWith(QLatin1Char('m'))) {
            ++reported[goal].second;
            reported[goal].first += item.score ? 1 : 0;
        }
    }

    const auto cards = w.window.findChildren<GoalCard *>(QStringLiteral("goalCard"));
    REQUIRE(cards.size() == 4);
    int total = 0;
    int totalReported = 0;
    for (GoalCard *card : cards) {
        const QString code = card->accessibleName().section(QLatin1Char(' '), 1, 1);
        INFO(code.toStdString());
        const ItemStatus *judged = status.find(code);
        REQUIRE(judged);
        const auto [done, measures] = reported.at(code);
        total += measures;
        totalReported += done;
        const QString text = card->findChild<QLabel *>(QStringLiteral("goalStatus"))->text();
        CHECK(text == QStringLiteral("%1 %2 · %3 of %4 measures reported")
                          .arg(StatusText::symbol(judged->judgement.status), StatusText::word(judged->judgement.status))
                          .arg(done)
                          .arg(measures));
    }
    CHECK(total == 109);
    CHECK(totalReported < total / 2); // the sample is mostly unreported: the status must say so

    auto progressOf = [&](const QString &code) {
        for (GoalCard *card : cards) {
            if (card->accessibleName().section(QLatin1Char(' '), 1, 1) == code)
                return std::pair{card->findChild<QProgressBar *>(QStringLiteral("goalProgress")),
                                 card->findChild<QLabel *>(QStringLiteral("goalProgressText"))->text()};
        }
        FAIL("no card for " << code.toStdString());
        return std::pair<QProgressBar *, QString>{};
    };
    // P1 has numeric measures moving from their baselines.
    CHECK(progressOf(QStringLiteral("P1")).second.endsWith(QStringLiteral("% of the way to the final targets")));
    // P3's measures are all narratives: its actions tell how far it is (2 of 9 complete), not "0 % of the way".
    const auto [p3, p3Text] = progressOf(QStringLiteral("P3"));
    CHECK(p3Text == QStringLiteral("2 of 9 actions complete"));
    CHECK(p3->value() == 22);

    const QString plan = w.find<QLabel>("planStatus")->text();
    CHECK(plan.endsWith(QStringLiteral(" · %1 of %2 measures reported").arg(totalReported).arg(total)));
}

TEST_CASE("adding an action that starts later leaves earlier years' objectives as they were", "[app][gui][dashboard][pastyears]")
{
    Window w(GENERATE(from_range(backends())));
    const QDate today(2026, 12, 4);
    w.document()->setToday([today] { return today; });
    w.workspace()->showTab(Workspace::Tab::Dashboard);
    HeatMapModel *heat = w.workspace()->dashboard()->heatMap();
    int row = -1;
    for (int r = 0; r < heat->rowCount(); ++r) {
        if (heat->headerData(r, Qt::Vertical, Qt::DisplayRole).toString().startsWith(QStringLiteral("1.2 ")))
            row = r;
    }
    REQUIRE(row >= 0);
    std::vector<Status> before;
    for (int column = 0; column < 3; ++column)
        before.push_back(heat->status(row, column)); // 2022-23 … 2024-25, the report year

    // As in the issue: an action that starts in 2025-26, due last June, not started.
    Action later;
    later.code = QStringLiteral("1.2.4A");
    later.description = QStringLiteral("Open a second early-college campus");
    later.start = Timepoint::ofYear(SchoolYear(2025));
    later.due = Timepoint::ofDate(QDate(2026, 6, 30));
    const Objective &objective = w.document()->plan().goals[0].objectives[1];
    REQUIRE(objective.code == QStringLiteral("1.2"));
    REQUIRE(w.document()->push(new AddItem(w.document(), later, ItemKind::Objective, objective.id, int(objective.actions.size()))));

    for (int column = 0; column < 3; ++column) {
        INFO(heat->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().toStdString());
        CHECK(heat->status(row, column) == before[std::size_t(column)]);
    }
    // It is 2025-26's work (due on that year's last day), and overdue in 2026-27.
    w.document()->setStatusYear(SchoolYear(2025));
    CHECK(w.document()->status().find(QStringLiteral("1.2.4A"))->judgement.status == Status::NotStarted);
    w.document()->setStatusYear(SchoolYear(2026));
    CHECK(w.document()->status().find(QStringLiteral("1.2.4A"))->judgement.status == Status::OffTrack);
}

TEST_CASE("a plan of actions alone is shown by its actions, with nothing said of measures it does not have", "[dashboard][activities]")
{
    Window w(readPlanJson(belenSample()), GENERATE(from_range(backends())));
    w.workspace()->showTab(Workspace::Tab::Dashboard);
    const auto cards = w.window.findChildren<GoalCard *>(QStringLiteral("goalCard"));
    REQUIRE(cards.size() == 4);
    for (GoalCard *card : cards) {
        INFO(card->accessibleName().toStdString());
        CHECK(card->findChild<QLabel *>(QStringLiteral("goalProgressText"))->text().contains(QStringLiteral(" actions complete")));
        CHECK_FALSE(card->accessibleDescription().contains(QStringLiteral("measures without data")));
        CHECK(card->accessibleDescription().contains(QStringLiteral("actions overdue")));
    }
}
