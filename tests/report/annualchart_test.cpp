#include "chartplans.h"
#include "planfixtures.h"

#include "report/annualchart.h"
#include "report/chartpainter.h"
#include "report/valuetext.h"

#include <QImage>
#include <QPainter>

using namespace cairn;
using namespace cairn::test;

namespace {

const QDate AsOf(2025, 6, 30);

const Plan &socorro()
{
    static const Plan plan = readPlanJson(socorroSample());
    return plan;
}

AnnualChart chartOf(const QString &code)
{
    const Plan &plan = socorro();
    return AnnualChartBuilder::build(plan, measureOf(plan, code), plan.reportYear, AsOf);
}

std::vector<int> yearsOf(const std::vector<SchoolYear> &years)
{
    std::vector<int> starts;
    for (SchoolYear year : years)
        starts.push_back(year.start());
    return starts;
}

} // namespace

TEST_CASE("a percentage measure going up: explicit targets, actuals judged by year", "[chart]")
{
    const AnnualChart chart = chartOf(QStringLiteral("1.2-L1"));
    CHECK(chart.kind == AnnualChart::Kind::Numeric);
    CHECK(chart.title == QStringLiteral("Graduates meeting CCMR criteria"));
    // From the baseline's year to the plan's last year.
    CHECK(yearsOf(chart.years) == std::vector<int>{2021, 2022, 2023, 2024, 2025, 2026});
    REQUIRE(chart.series.baseline);
    CHECK(chart.series.baseline->year == SchoolYear(2021));
    CHECK(chart.series.baseline->value == 56);
    REQUIRE(chart.series.trajectory.size() == 5);
    CHECK(chart.series.trajectory.back().value == 91);
    CHECK(std::none_of(chart.series.trajectory.begin(), chart.series.trajectory.end(), [](const ChartTarget &t) { return t.derived; }));
    REQUIRE(chart.series.actuals.size() == 3);
    const ChartActual &latest = chart.series.actuals.back();
    CHECK(latest.year == SchoolYear(2024));
    CHECK(latest.value == 72);
    CHECK(latest.status == Status::OffTrack);
    CHECK(chart.reportYear == SchoolYear(2024));
    // 56-91 % with room, on round ticks, never above 100 %.
    CHECK(chart.axis.min == 50);
    CHECK(chart.axis.max == 100);
    CHECK(chart.axis.step == 10);
}

TEST_CASE("targets between baseline and final target are derived and marked so", "[chart]")
{
    const AnnualChart chart = chartOf(QStringLiteral("1.2-L2"));
    REQUIRE(chart.series.trajectory.size() == 5);
    for (std::size_t i = 0; i + 1 < chart.series.trajectory.size(); ++i)
        CHECK(chart.series.trajectory[i].derived);
    CHECK_FALSE(chart.series.trajectory.back().derived);
    CHECK(chart.series.trajectory.front().value == Approx(39));
    CHECK(chart.series.trajectory.back().value == 67);
}

TEST_CASE("a count going down keeps its values inside a round axis", "[chart]")
{
    Measure measure = numeric(QStringLiteral("R1"), Unit::Count, Direction::LowerIsBetter, 1200, 800);
    measure.actuals[SchoolYear(2023)] = Actual::of(1150);
    measure.actuals[SchoolYear(2024)] = Actual::of(1300);
    measure.actuals[SchoolYear(2024)].preliminary = true;
    const Plan plan = planOf({measure});
    const AnnualChart chart = AnnualChartBuilder::build(plan, plan.goals[0].measures[0], plan.reportYear, AsOf);
    CHECK(chart.direction == Direction::LowerIsBetter);
    REQUIRE(chart.series.actuals.size() == 2);
    CHECK(chart.series.actuals[0].status == Status::AtRisk); // 1150 against a derived 1100: within 5 %
    CHECK(chart.series.actuals[1].status == Status::OffTrack);
    CHECK(chart.series.actuals[1].preliminary);
    CHECK(chart.axis.min == 600);
    CHECK(chart.axis.max == 1400);
    CHECK(chart.axis.step == 200);
}

TEST_CASE("a pending baseline gives a chart with nothing to draw yet", "[chart]")
{
    const AnnualChart chart = chartOf(QStringLiteral("2.2-L2"));
    CHECK(chart.series.baselinePending);
    CHECK_FALSE(chart.series.baseline);
    CHECK(chart.series.trajectory.empty());
    CHECK_FALSE(chart.hasValues());
}

TEST_CASE("children in another unit become small charts; in the same unit they are overlaid", "[chart]")
{
    const Plan &plan = socorro();
    const ChartFigure rating = AnnualChartBuilder::figure(plan, measureOf(plan, QStringLiteral("1.1-L1")), plan.reportYear, AsOf);
    CHECK(rating.main.format.unit == Unit::Score);
    CHECK(rating.main.overlays.empty());
    REQUIRE(rating.multiples.size() == 3);
    CHECK(rating.multiples[0].code == QStringLiteral("1.1-L1a"));
    CHECK(rating.multiples[0].format.unit == Unit::Percent);

    Measure parent = numeric(QStringLiteral("P"), Unit::Percent, Direction::HigherIsBetter, 60, 80);
    parent.children.push_back(numeric(QStringLiteral("P-a"), Unit::Percent, Direction::HigherIsBetter, 40, 70));
    parent.children.push_back(numeric(QStringLiteral("P-b"), Unit::Percent, Direction::HigherIsBetter, 20, 50));
    parent.children[1].actuals[SchoolYear(2023)] = Actual::of(12);
    const Plan built = planOf({parent});
    const ChartFigure groups = AnnualChartBuilder::figure(built, built.goals[0].measures[0], built.reportYear, AsOf);
    CHECK(groups.multiples.empty());
    REQUIRE(groups.main.overlays.size() == 2);
    CHECK(groups.main.overlays[1].code == QStringLiteral("P-b"));
    CHECK(groups.main.overlays[1].actuals.size() == 1);
    CHECK(groups.main.axis.min == 0); // the child's 12 % is on the axis
}

TEST_CASE("a milestone is a timeline and a narrative measure shows its latest assessment", "[chart]")
{
    Measure milestone;
    milestone.code = QStringLiteral("M1");
    milestone.type = MeasureType::Milestone;
    milestone.dueDate = QDate(2025, 6, 30);
    milestone.completedDate = QDate(2025, 3, 14);
    Measure narrative;
    narrative.code = QStringLiteral("N1");
    narrative.type = MeasureType::Narrative;
    narrative.assessments.push_back(Assessment{SchoolYear(2023), Status::AtRisk, QStringLiteral("Slow start"), {}, {}});
    narrative.assessments.push_back(Assessment{SchoolYear(2024), Status::OnTrack, QStringLiteral("Caught up"), {}, {}});
    narrative.assessments.push_back(Assessment{SchoolYear(2025), Status::OffTrack, QStringLiteral("Future"), {}, {}});
    const Plan plan = planOf({milestone, narrative});

    const AnnualChart timeline = AnnualChartBuilder::build(plan, plan.goals[0].measures[0], plan.reportYear, AsOf);
    CHECK(timeline.kind == AnnualChart::Kind::Milestone);
    CHECK(timeline.due == QDate(2025, 6, 30));
    CHECK(timeline.completed == QDate(2025, 3, 14));
    CHECK(timeline.status == Status::Complete);
    CHECK(yearsOf(timeline.years) == std::vector<int>{2022, 2023, 2024, 2025, 2026});

    const AnnualChart text = AnnualChartBuilder::build(plan, plan.goals[0].measures[1], plan.reportYear, AsOf);
    CHECK(text.kind == AnnualChart::Kind::Narrative);
    REQUIRE(text.latestAssessment);
    CHECK(text.latestAssessment->rationale == QStringLiteral("Caught up")); // not the one after the report year
}

TEST_CASE("axis bounds are round and honest", "[chart]")
{
    struct Row {
        std::vector<double> values;
        Unit unit;
        double min, max, step;
    };
    const Row rows[] = {
        {{}, Unit::Percent, 0, 100, 20},
        {{0, 100}, Unit::Percent, 0, 100, 20},
        {{94, 96, 99}, Unit::Percent, 92, 100, 2},
        {{3, 5}, Unit::Count, 2, 6, 1},
        {{1.2e6, 1.5e6}, Unit::Currency, 1.1e6, 1.6e6, 1e5},
        {{-4, 6}, Unit::Score, -5, 7.5, 2.5},
        {{50, 50}, Unit::Count, 0, 60, 20},
    };
    for (const Row &row : rows) {
        INFO(row.values.size() << " values from " << (row.values.empty() ? 0 : row.values.front()));
        const ChartAxis axis = AnnualChartBuilder::axisFor(row.values, row.unit);
        CHECK(axis.min == Approx(row.min));
        CHECK(axis.max == Approx(row.max));
        CHECK(axis.step == Approx(row.step));
    }
}

TEST_CASE("the painted chart marks the year's actual with its status colour", "[chart]")
{
    const AnnualChart chart = chartOf(QStringLiteral("1.2-L1"));
    QImage image(900, 500, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    ChartPainter::paint(painter, QRectF(10, 10, 880, 480), chart);
    painter.end();
    int offTrack = 0;
    const QRgb red = QColor(0xC6, 0x28, 0x28).rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            offTrack += image.pixel(x, y) == red ? 1 : 0;
    }
    CHECK(offTrack > 20); // the off-track diamond of 2024-25 (and its key entry)
}

TEST_CASE("small multiples share one span of years, and one value axis only where their units agree", "[chart][schools]")
{
    const Plan district = planOf({numeric(QStringLiteral("D"), Unit::Percent, Direction::HigherIsBetter, 40, 60)});
    Plan school = planOf({numeric(QStringLiteral("S"), Unit::Percent, Direction::HigherIsBetter, 70, 95)});
    school.firstYear = SchoolYear(2020);
    school.goals[0].measures[0].baseline.year = SchoolYear(2020);
    school.goals[0].measures[0].actuals[SchoolYear(2021)] = Actual::of(72);
    Plan days = planOf({numeric(QStringLiteral("A"), Unit::Days, Direction::LowerIsBetter, 14, 9)});
    const auto chart = [](const Plan &plan) { return AnnualChartBuilder::build(plan, plan.goals[0].measures[0], SchoolYear(2024), AsOf); };

    std::vector<AnnualChart> same{chart(district), chart(school)};
    CHECK(same[0].axis.max < 95); // on its own, the district's axis stops short of the school's values
    REQUIRE(AnnualChartBuilder::shareAxes(same));
    CHECK(yearsOf(same[0].years) == std::vector<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026});
    CHECK(same[1].years == same[0].years);
    CHECK(same[0].axis.min == same[1].axis.min);
    CHECK(same[0].axis.max == same[1].axis.max);
    CHECK(same[0].axis.max >= 95);

    std::vector<AnnualChart> mixed{chart(district), chart(days)};
    const ChartAxis ownDays = mixed[1].axis;
    CHECK_FALSE(AnnualChartBuilder::shareAxes(mixed));
    CHECK(mixed[1].years == mixed[0].years);
    CHECK(mixed[1].axis.max == ownDays.max);
    CHECK(mixed[0].axis.max != mixed[1].axis.max);
}

TEST_CASE("money is written in the district's dollars, with the separators of the locale in force", "[chart]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const ValueFormat money{Unit::Currency, {}, 0};
    CHECK(ValueText::format(money, 1250000) == QStringLiteral("$1.250.000"));
    CHECK(ValueText::tick(money, 1500000, 500000) == QStringLiteral("$1,5M"));
    QLocale::setDefault(before);
}
