#include "testsupport.h"

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
    measure.baseline = {SchoolYear(2021), 88.0, {}};
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
