#include "testsupport.h"

#include "core/coveragetext.h"
#include "core/planstatus.h"
#include "core/statustext.h"
#include "core/targetfill.h"

using namespace cairn;

namespace {

const SchoolYear Y2024(2024);
const QDate AsOf(2025, 6, 30);

Measure scored(const char *code, Status status)
{
    Measure measure;
    measure.code = QString::fromLatin1(code);
    measure.type = MeasureType::Narrative;
    measure.assessments.push_back({Y2024, status, {}, {}, {}});
    return measure;
}

Action action(const char *code, ActionStatus status, int percent = 0)
{
    Action action;
    action.code = QString::fromLatin1(code);
    action.status = status;
    action.percentComplete = percent;
    return action;
}

Plan plan()
{
    Plan plan;
    plan.title = QStringLiteral("Plan");
    plan.firstYear = SchoolYear(2022);
    plan.lastYear = SchoolYear(2026);
    plan.reportYear = Y2024;
    Goal g1;
    g1.code = QStringLiteral("G1");
    Objective o1;
    o1.code = QStringLiteral("1.1");
    o1.measures.push_back(scored("1.1-M1", Status::OnTrack));
    o1.measures.push_back(scored("1.1-M2", Status::AtRisk));
    Measure parent = scored("1.1-M3", Status::OffTrack);
    parent.children.push_back(scored("1.1-M3a", Status::OnTrack)); // shown, not counted
    o1.measures.push_back(parent);
    o1.actions.push_back(action("1.1A", ActionStatus::InProgress, 40));
    o1.actions.push_back(action("1.1B", ActionStatus::Discontinued, 10)); // left out
    o1.actions.push_back(action("1.1C", ActionStatus::NotStarted, 0));    // no score
    Objective empty;
    empty.code = QStringLiteral("1.2");
    g1.objectives = {o1, empty};
    g1.measures.push_back(scored("G1-M", Status::OffTrack));
    Goal g2;
    g2.code = QStringLiteral("G2");
    Objective o2;
    o2.code = QStringLiteral("2.1");
    o2.actions.push_back(action("2.1A", ActionStatus::Complete, 100));
    g2.objectives = {o2};
    plan.goals = {g1, g2};
    return plan;
}

} // namespace

TEST_CASE("objectives, goals and the plan roll up their children's scores", "[rollup]")
{
    const PlanStatus status = PlanStatus::evaluate(plan(), Y2024, AsOf);

    // 1.1: M1 1, M2 0.5, M3 0, 1.1A 1 -> 2.5 / 4 = 0.625 -> at risk.
    const ItemStatus *o1 = status.find(QStringLiteral("1.1"));
    REQUIRE(o1);
    CHECK(o1->score == Approx(0.625));
    CHECK(o1->judgement.status == Status::AtRisk);
    // An objective with nothing scored has no data and no score.
    const ItemStatus *empty = status.find(QStringLiteral("1.2"));
    CHECK(empty->judgement.status == Status::NoData);
    CHECK_FALSE(empty->score.has_value());
    // G1: goal measure 0 and objective 1.1 0.625 (1.2 has no score) -> 0.3125 -> off track.
    const ItemStatus *g1 = status.find(QStringLiteral("G1"));
    CHECK(g1->score == Approx(0.3125));
    CHECK(g1->judgement.status == Status::OffTrack);
    // G2: one complete action -> 1 -> on track. Plan: (0.3125 + 1) / 2 -> at risk.
    CHECK(status.find(QStringLiteral("G2"))->judgement.status == Status::OnTrack);
    CHECK(status.plan().score == Approx(0.65625));
    CHECK(status.plan().judgement.status == Status::AtRisk);
}

TEST_CASE("child measures are shown under their parent", "[rollup]")
{
    const PlanStatus status = PlanStatus::evaluate(plan(), Y2024, AsOf);
    const ItemStatus *parent = status.find(QStringLiteral("1.1-M3"));
    const ItemStatus *child = status.find(QStringLiteral("1.1-M3a"));
    REQUIRE(child);
    CHECK(child->parent == parent->id);
    CHECK(child->depth == parent->depth + 1);
    CHECK(status.find(QStringLiteral("1.1"))->parent == status.find(QStringLiteral("G1"))->id);
    CHECK(status.find(QStringLiteral("G1"))->parent.isEmpty());
    QStringList order;
    for (const ItemStatus &item : status.items())
        order.append(item.code);
    CHECK(order.indexOf(QStringLiteral("1.1-M3a")) == order.indexOf(QStringLiteral("1.1-M3")) + 1);
}

TEST_CASE("rolled-up progress is the mean of the progress that exists", "[rollup]")
{
    const PlanStatus status = PlanStatus::evaluate(plan(), Y2024, AsOf);
    // 1.1: narrative measures have none; actions 0.4 and 0 (the discontinued one has none).
    CHECK(*status.find(QStringLiteral("1.1"))->progress == Approx(0.2));
    CHECK_FALSE(status.find(QStringLiteral("1.2"))->progress.has_value());
    CHECK(*status.find(QStringLiteral("G1"))->progress == Approx(0.2));
    CHECK(*status.plan().progress == Approx(0.6));
}

TEST_CASE("a manual assessment of an objective replaces its rollup", "[rollup]")
{
    Plan assessed = plan();
    assessed.goals[0].objectives[0].assessments.push_back({Y2024, Status::OnTrack, QStringLiteral("Committee view"), {}, {}});
    const PlanStatus status = PlanStatus::evaluate(assessed, Y2024, AsOf);
    const ItemStatus *o1 = status.find(QStringLiteral("1.1"));
    CHECK(o1->judgement.status == Status::OnTrack);
    CHECK(o1->judgement.manual);
    CHECK(o1->score == 1.0);
    // The goal rolls up the assessed score: (0 + 1) / 2.
    CHECK(status.find(QStringLiteral("G1"))->score == Approx(0.5));
}

TEST_CASE("a plan with nothing scored has no data", "[rollup]")
{
    Plan nothing;
    const PlanStatus status = PlanStatus::evaluate(nothing, Y2024, AsOf);
    CHECK(status.items().empty());
    CHECK(status.plan().judgement.status == Status::NoData);
}

TEST_CASE("filling targets writes the line, rounded, and keeps explicit targets", "[targets]")
{
    Measure measure;
    measure.decimals = 1;
    measure.baseline = {SchoolYear(2021), 88.0, {}, {}};
    measure.finalTarget = {SchoolYear(2026), 94.0};
    measure.targets[SchoolYear(2023)] = 91;
    const Measure filled = fillTargets(measure);
    const std::map<SchoolYear, double> expected{{SchoolYear(2022), 89.2}, {SchoolYear(2023), 91}, {SchoolYear(2024), 91.6},
                                                {SchoolYear(2025), 92.8}, {SchoolYear(2026), 94}};
    REQUIRE(filled.targets.size() == expected.size());
    for (const auto &[year, value] : expected)
        CHECK(filled.targets.at(year) == Approx(value));

    Measure whole = measure;
    whole.decimals = 0;
    whole.targets.clear();
    CHECK(fillTargets(whole).targets.at(SchoolYear(2022)) == 89.0); // 89.2 rounded
    Measure pending = measure;
    pending.baseline.value.reset();
    CHECK(fillTargets(pending) == pending);
}

TEST_CASE("every status has a word and a distinct shape", "[status]")
{
    QStringList symbols;
    for (const Token<Status> &entry : tokensFor<Status>()) {
        CHECK_FALSE(StatusText::word(entry.value).isEmpty());
        symbols.append(StatusText::symbol(entry.value));
    }
    symbols.removeDuplicates();
    CHECK(symbols.size() == int(tokensFor<Status>().size()));
    CHECK(StatusText::word(Status::AtRisk) == QStringLiteral("At risk"));
}

TEST_CASE("adding an action that starts later does not rewrite a past year's status", "[rollup][pastyears]")
{
    // Objective 1.2 in 2022-23: CCMR met its target, one action under way.
    Plan plan;
    plan.firstYear = SchoolYear(2022);
    plan.lastYear = SchoolYear(2026);
    plan.reportYear = SchoolYear(2026);
    Measure ccmr;
    ccmr.code = QStringLiteral("1.2-L1");
    ccmr.baseline = {SchoolYear(2021), 56.0, {}, {}};
    ccmr.finalTarget = {SchoolYear(2026), 91.0};
    ccmr.targets[SchoolYear(2022)] = 63;
    ccmr.actuals[SchoolYear(2022)] = Actual::of(64);
    Action early = action("1.2.1A", ActionStatus::InProgress, 50);
    early.start = Timepoint::ofYear(SchoolYear(2022));
    early.due = Timepoint::ofYear(SchoolYear(2026));
    Objective objective;
    objective.code = QStringLiteral("1.2");
    objective.measures = {ccmr};
    objective.actions = {early};
    Goal goal;
    goal.code = QStringLiteral("1");
    goal.objectives = {objective};
    plan.goals = {goal};

    const QDate today(2026, 12, 4);
    const SchoolYear past(2022);
    const PlanStatus before = PlanStatus::evaluate(plan, past, today);
    REQUIRE(before.find(QStringLiteral("1.2"))->judgement.status == Status::OnTrack);

    // A new action that starts in 2025-26, was due last June and has not started.
    Action later = action("1.2.4A", ActionStatus::NotStarted);
    later.start = Timepoint::ofYear(SchoolYear(2025));
    later.due = Timepoint::ofDate(QDate(2026, 6, 30));
    plan.goals[0].objectives[0].actions.push_back(later);

    const PlanStatus after = PlanStatus::evaluate(plan, past, today);
    const ItemStatus *objectiveThen = after.find(QStringLiteral("1.2"));
    CHECK(objectiveThen->judgement.status == Status::OnTrack);
    CHECK(objectiveThen->score == before.find(QStringLiteral("1.2"))->score);
    CHECK(objectiveThen->progress == before.find(QStringLiteral("1.2"))->progress);
    CHECK(after.find(QStringLiteral("1.2.4A"))->judgement.status == Status::NotYetDue);
    CHECK(after.plan().judgement.status == before.plan().judgement.status);

    // In its own years the new action counts: overdue now, so 1.2 is at risk in 2026-27.
    const PlanStatus now = PlanStatus::evaluate(plan, SchoolYear(2026), today);
    CHECK(now.find(QStringLiteral("1.2.4A"))->judgement.status == Status::OffTrack);
}

TEST_CASE("every rollup counts the measures it was judged on and its actions", "[rollup][coverage]")
{
    Plan counted = plan();
    // 1.2 gets a numeric measure with no value yet, a narrative nobody
    // assessed, and an action that starts after 2024-25.
    Measure numeric;
    numeric.code = QStringLiteral("1.2-L1");
    numeric.baseline = {SchoolYear(2022), 10.0, {}, {}};
    numeric.finalTarget = {SchoolYear(2026), 20.0};
    Measure narrative;
    narrative.code = QStringLiteral("1.2-N1");
    narrative.type = MeasureType::Narrative;
    Action later = action("1.2A", ActionStatus::NotStarted);
    later.start = Timepoint::ofYear(SchoolYear(2025));
    counted.goals[0].objectives[1].measures = {numeric, narrative};
    counted.goals[0].objectives[1].actions = {later};
    // G2's objective gets a measure with a value: the only progress figure.
    Measure valued = numeric;
    valued.code = QStringLiteral("2.1-L1");
    valued.actuals[Y2024] = Actual::of(15);
    counted.goals[1].objectives[0].measures = {valued};

    const PlanStatus status = PlanStatus::evaluate(counted, Y2024, AsOf);
    struct Row {
        const char *code;
        Coverage expected; // measures, reported, with progress, actions, complete
    };
    const Row rows[] = {
        // Three assessed measures (the child is not counted again); the
        // discontinued action is left out.
        {"1.1", {3, 3, 0, 2, 0}},
        // Nothing reported; the later action is not 2024-25's work.
        {"1.2", {2, 0, 0, 0, 0}},
        {"G1", {6, 4, 0, 2, 0}},
        // 2.1-L1 meets its derived target of 15 for 2024-25, half way from 10 to 20.
        {"2.1", {1, 1, 1, 1, 1}},
        {"G2", {1, 1, 1, 1, 1}},
    };
    for (const Row &row : rows) {
        INFO(row.code);
        const ItemStatus *item = status.find(QString::fromLatin1(row.code));
        REQUIRE(item);
        CHECK(item->coverage == row.expected);
    }
    CHECK(status.plan().coverage == Coverage{7, 5, 1, 3, 1});
    // Leaves have none of their own.
    CHECK(status.find(QStringLiteral("1.1-M1"))->coverage == Coverage{});
}

TEST_CASE("a rollup's status says what it stands on, and its progress where it comes from", "[rollup][coverage]")
{
    auto rollup = [](Status status, Coverage coverage, std::optional<double> progress) {
        ItemStatus item;
        item.kind = ItemKind::Goal;
        item.judgement.status = status;
        item.coverage = coverage;
        item.progress = progress;
        return item;
    };
    struct Row {
        const char *name;
        ItemStatus item;
        const char *status;
        const char *progress;
        const char *brief;
        const char *cell;
        std::optional<double> share;
    };
    const Row rows[] = {
        {"mostly unreported", rollup(Status::OnTrack, {46, 14, 9, 11, 6}, 0.31), "On track · 14 of 46 measures reported",
         "31% of the way from the baselines to the final targets", "31% of the way to the final targets", "31%", 0.31},
        {"one measure", rollup(Status::AtRisk, {1, 1, 1, 0, 0}, 0.5), "At risk · 1 of 1 measure reported",
         "50% of the way from the baselines to the final targets", "50% of the way to the final targets", "50%", 0.5},
        {"measures without progress: actions tell it", rollup(Status::OnTrack, {26, 0, 0, 11, 6}, 0.0),
         "On track · 0 of 26 measures reported", "6 of 11 actions complete", "6 of 11 actions complete", "6 of 11 actions", 6.0 / 11},
        {"no measures at all", rollup(Status::OnTrack, {0, 0, 0, 1, 1}, 1.0), "On track · no measures", "1 of 1 action complete",
         "1 of 1 action complete", "1 of 1 action", 1.0},
        {"only dated outcomes", rollup(Status::OnTrack, {6, 2, 0, 0, 0, 6, 2}, std::nullopt), "On track · 2 of 6 measures reported",
         "2 of 6 dated outcomes met", "2 of 6 dated outcomes met", "2 of 6 outcomes", 2.0 / 6},
        {"activities and dated outcomes", rollup(Status::AtRisk, {16, 3, 0, 27, 12, 6, 2}, std::nullopt),
         "At risk · 3 of 16 measures reported", "12 of 27 actions complete · 2 of 6 dated outcomes met",
         "12 of 27 actions complete · 2 of 6 dated outcomes met", "12 of 27 actions · 2 of 6 outcomes", 14.0 / 33},
        {"nothing under it", rollup(Status::NoData, {}, std::nullopt), "No data", "No progress measured yet", "No progress measured yet", "—", std::nullopt},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        CHECK(CoverageText::status(row.item) == QString::fromUtf8(row.status));
        CHECK(CoverageText::progress(row.item) == QString::fromUtf8(row.progress));
        CHECK(CoverageText::progress(row.item, CoverageText::Form::Short) == QString::fromUtf8(row.brief));
        CHECK(CoverageText::progress(row.item, CoverageText::Form::Cell) == QString::fromUtf8(row.cell));
        CHECK(CoverageText::progressShare(row.item) == row.share);
    }
    ItemStatus assessed = rollup(Status::AtRisk, {4, 2, 0, 0, 0}, std::nullopt);
    assessed.judgement.manual = true;
    CHECK(CoverageText::status(assessed) == QStringLiteral("At risk (assessed) · 2 of 4 measures reported"));
}

TEST_CASE("refreshing a measure keeps its rollups' coverage", "[rollup][coverage]")
{
    Plan changed = plan();
    PlanStatus status = PlanStatus::evaluate(changed, Y2024, AsOf);
    Measure &measure = changed.goals[0].objectives[0].measures[0];
    measure.assessments.clear(); // a narrative no longer assessed
    REQUIRE(status.refreshMeasures({&measure}));
    CHECK(status.find(QStringLiteral("1.1"))->coverage.measuresReported == 2);
    CHECK(status.plan().coverage == PlanStatus::evaluate(changed, Y2024, AsOf).plan().coverage);
}

TEST_CASE("dated outcomes count once they are done or due in the year", "[rollup][coverage][activities]")
{
    Plan outcomes = plan();
    Objective &objective = outcomes.goals[1].objectives[0];
    auto milestone = [](const char *code, QDate due, QDate completed) {
        Measure measure;
        measure.code = QString::fromLatin1(code);
        measure.type = MeasureType::Milestone;
        measure.dueDate = due;
        measure.completedDate = completed;
        return measure;
    };
    objective.measures.push_back(milestone("2.1-D1", QDate(2024, 10, 31), QDate(2024, 10, 2)));  // met
    objective.measures.push_back(milestone("2.1-D2", QDate(2025, 1, 31), {}));                   // due, not met
    objective.measures.push_back(milestone("2.1-D3", QDate(2026, 5, 31), QDate(2025, 3, 1)));    // done early: met
    objective.measures.push_back(milestone("2.1-D4", QDate(2026, 5, 31), {}));                   // not yet due
    const PlanStatus status = PlanStatus::evaluate(outcomes, Y2024, AsOf);
    const Coverage &coverage = status.find(QStringLiteral("2.1"))->coverage;
    CHECK(coverage.milestones == 3);
    CHECK(coverage.milestonesMet == 2);
    CHECK(status.plan().coverage.milestonesMet == 2);
    CHECK(CoverageText::progress(*status.find(QStringLiteral("2.1"))) == QStringLiteral("1 of 1 action complete · 2 of 3 dated outcomes met"));
}
