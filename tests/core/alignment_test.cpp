#include "testsupport.h"

#include "core/alignedmeasure.h"
#include "core/alignment.h"
#include "core/titlematch.h"

#include <functional>

using namespace cairn;

namespace {

const SchoolYear Y2024(2024);
const QDate AsOf(2025, 6, 30);
const QString DistrictId = QStringLiteral("5f0c2b7e-8a1d-4c3e-9b6a-2d7e4f1a9c30");

Assessment assessed(Status status)
{
    return Assessment{Y2024, status, {}, {}, {}};
}

Measure measure(const QString &code, const QString &name)
{
    Measure measure;
    measure.code = code;
    measure.name = name;
    return measure;
}

Action action(const QString &code, const QString &description)
{
    Action action;
    action.code = code;
    action.description = description;
    return action;
}

Objective objective(const QString &code, const QString &title)
{
    Objective objective;
    objective.code = code;
    objective.title = title;
    return objective;
}

Goal goal(const QString &code, const QString &title)
{
    Goal goal;
    goal.code = code;
    goal.title = title;
    return goal;
}

Plan yearsOf(Plan plan)
{
    plan.firstYear = SchoolYear(2022);
    plan.lastYear = SchoolYear(2026);
    plan.reportYear = Y2024;
    return plan;
}

// P1 Students: 1.1 (measure 1.1-L1 with a component 1.1-L1a, action 1.1A),
// 1.2, 1.3; P2 Staff with its own measure P2-M1 and objective 2.1.
Plan district()
{
    Plan plan;
    plan.uuid = DistrictId;
    plan.title = QStringLiteral("District plan");
    Goal p1 = goal(QStringLiteral("P1"), QStringLiteral("Grow and support each student"));
    Objective o11 = objective(QStringLiteral("1.1"), QStringLiteral("Improve academic achievement for all students"));
    Measure l1 = measure(QStringLiteral("1.1-L1"), QStringLiteral("Third grade reading at Meets grade level"));
    l1.children.push_back(measure(QStringLiteral("1.1-L1a"), QStringLiteral("Emergent bilingual students")));
    o11.measures.push_back(l1);
    o11.actions.push_back(action(QStringLiteral("1.1A"), QStringLiteral("Formative assessment plan")));
    p1.objectives.push_back(o11);
    p1.objectives.push_back(objective(QStringLiteral("1.2"), QStringLiteral("College, career and military ready")));
    p1.objectives.push_back(objective(QStringLiteral("1.3"), QStringLiteral("Responsible decision making and self-awareness")));
    Goal p2 = goal(QStringLiteral("P2"), QStringLiteral("Recruit and value all staff"));
    p2.measures.push_back(measure(QStringLiteral("P2-M1"), QStringLiteral("Teacher retention")));
    p2.objectives.push_back(objective(QStringLiteral("2.1"), QStringLiteral("Recruit high quality talent")));
    plan.goals = {p1, p2};
    return yearsOf(plan);
}

Plan school(const QString &unit, std::vector<Goal> goals)
{
    Plan plan;
    plan.uuid = QStringLiteral("0e7b3c59-1f2a-4d86-b4e3-7a9c5d2e8f10");
    plan.kind = PlanKind::School;
    plan.unit = unit;
    plan.title = unit + QStringLiteral(" improvement plan");
    plan.alignsTo = PlanRef{DistrictId, QStringLiteral("District plan")};
    plan.goals = std::move(goals);
    return yearsOf(plan);
}

// A school plan with one goal, objective, measure and action; `kind` names
// the one that supports `code`.
Plan schoolSupporting(ItemKind kind, const QString &code)
{
    Goal g = goal(QStringLiteral("G1"), QStringLiteral("Reading"));
    Objective o = objective(QStringLiteral("G1.1"), QStringLiteral("Read on grade level"));
    o.measures.push_back(measure(QStringLiteral("G1.1-M1"), QStringLiteral("Reading")));
    o.actions.push_back(action(QStringLiteral("G1.1A"), QStringLiteral("Tutoring")));
    const QStringList supports{code};
    switch (kind) {
    case ItemKind::Goal:
        g.supports = supports;
        break;
    case ItemKind::Objective:
        o.supports = supports;
        break;
    case ItemKind::Measure:
        o.measures[0].supports = supports;
        break;
    case ItemKind::Action:
        o.actions[0].supports = supports;
        break;
    }
    g.objectives.push_back(o);
    return school(QStringLiteral("Eastlake Elementary"), {g});
}

// The rows (district codes) an item appears under.
QStringList rowsWithItems(const Alignment &alignment)
{
    QStringList codes;
    for (const AlignmentRow &row : alignment.rows) {
        if (!row.items.empty())
            codes.append(row.code);
    }
    return codes;
}

} // namespace

TEST_CASE("alignment resolves every kind of link to the district goal and objective behind it", "[alignment]")
{
    struct Case {
        const char *link;
        QStringList rows;
        bool namesGoal; // it names the goal's own item, not only one of an objective
    };
    const Case cases[] = {
        {"P1", {QStringLiteral("P1")}, true},
        {"1.1", {QStringLiteral("P1"), QStringLiteral("1.1")}, false},
        {"1.1-L1", {QStringLiteral("P1"), QStringLiteral("1.1")}, false},
        {"1.1-L1a", {QStringLiteral("P1"), QStringLiteral("1.1")}, false},
        {"1.1A", {QStringLiteral("P1"), QStringLiteral("1.1")}, false},
        {"P2-M1", {QStringLiteral("P2")}, true},
        {"2.1", {QStringLiteral("P2"), QStringLiteral("2.1")}, false},
    };
    const std::pair<ItemKind, QString> kinds[] = {
        {ItemKind::Goal, QStringLiteral("G1")},
        {ItemKind::Objective, QStringLiteral("G1.1")},
        {ItemKind::Measure, QStringLiteral("G1.1-M1")},
        {ItemKind::Action, QStringLiteral("G1.1A")},
    };
    for (const Case &c : cases) {
        for (const auto &[kind, code] : kinds) {
            INFO(c.link << " from " << code.toStdString());
            const Alignment alignment =
                Alignment::compute(district(), {schoolSupporting(kind, QString::fromLatin1(c.link))}, Y2024, AsOf);
            CHECK(rowsWithItems(alignment) == c.rows);
            CHECK(alignment.broken.empty());
            REQUIRE(alignment.schools.size() == 1);
            CHECK(alignment.schools[0].links == 1);
            for (const AlignmentRow &row : alignment.rows) {
                if (row.items.empty())
                    continue;
                REQUIRE(row.items.size() == 1);
                CHECK(row.items[0].kind == kind);
                CHECK(row.items[0].code == code);
                CHECK(row.items[0].names == QStringList{QString::fromLatin1(c.link)});
                CHECK(row.items[0].direct == (row.kind == ItemKind::Objective || c.namesGoal));
                CHECK(row.cells[0].count == 1);
            }
        }
    }
}

TEST_CASE("a school item that names an objective and its measure counts once under it", "[alignment]")
{
    Plan plan = schoolSupporting(ItemKind::Objective, QStringLiteral("1.1"));
    plan.goals[0].objectives[0].supports.append(QStringLiteral("1.1-L1"));
    const Alignment alignment = Alignment::compute(district(), {plan}, Y2024, AsOf);
    CHECK(alignment.rows[1].code == QStringLiteral("1.1"));
    CHECK(alignment.rows[1].cells[0].count == 1);
    CHECK(alignment.rows[0].cells[0].count == 1);
}

TEST_CASE("each school's cell rolls up its supporting items' statuses by the plan's rules", "[alignment]")
{
    struct Case {
        std::vector<Status> statuses;
        Status cell;
    };
    const Case cases[] = {
        {{Status::OnTrack}, Status::OnTrack},
        {{Status::OnTrack, Status::AtRisk}, Status::OnTrack},    // 0.75
        {{Status::AtRisk, Status::OffTrack}, Status::OffTrack},  // 0.25
        {{Status::OnTrack, Status::OffTrack}, Status::AtRisk},   // 0.5
        {{Status::Complete, Status::NoData}, Status::OnTrack},   // no data is left out
        {{Status::NotStarted, Status::NoData}, Status::NoData},  // nothing to judge
    };
    for (const Case &c : cases) {
        Goal g = goal(QStringLiteral("G1"), QStringLiteral("Reading"));
        int n = 0;
        for (Status status : c.statuses) {
            Objective o = objective(QStringLiteral("G1.%1").arg(++n), QStringLiteral("Objective"));
            o.supports = {QStringLiteral("1.2")};
            o.assessments.push_back(assessed(status));
            g.objectives.push_back(o);
        }
        const Alignment alignment = Alignment::compute(district(), {school(QStringLiteral("Eastlake"), {g})}, Y2024, AsOf);
        const AlignmentRow &row = alignment.rows[2];
        REQUIRE(row.code == QStringLiteral("1.2"));
        CHECK(row.cells[0].count == int(c.statuses.size()));
        CHECK(row.cells[0].status == c.cell);
        for (std::size_t i = 0; i < c.statuses.size(); ++i)
            CHECK(row.items[i].status == c.statuses[i]);
    }
}

TEST_CASE("each school has its own column, and objectives no school supports are listed", "[alignment]")
{
    const Alignment alignment = Alignment::compute(district(),
                                                   {schoolSupporting(ItemKind::Objective, QStringLiteral("1.1")),
                                                    schoolSupporting(ItemKind::Action, QStringLiteral("2.1"))},
                                                   Y2024, AsOf);
    REQUIRE(alignment.schools.size() == 2);
    const AlignmentRow &o11 = alignment.rows[1];
    CHECK(o11.cells.size() == 2);
    CHECK(o11.cells[0].count == 1);
    CHECK(o11.cells[1].count == 0);
    CHECK(o11.cells[1].status == Status::NoData);
    QStringList unsupported;
    for (std::size_t row : alignment.unsupported)
        unsupported.append(alignment.rows[row].code);
    CHECK(unsupported == QStringList{QStringLiteral("1.2"), QStringLiteral("1.3")});
}

TEST_CASE("school goals and objectives with nothing that supports the district plan are unaligned", "[alignment]")
{
    Goal linked = goal(QStringLiteral("G1"), QStringLiteral("Reading"));
    Objective viaAction = objective(QStringLiteral("G1.1"), QStringLiteral("Tutoring"));
    viaAction.actions.push_back(action(QStringLiteral("G1.1A"), QStringLiteral("After-school tutoring")));
    viaAction.actions[0].supports = {QStringLiteral("1.1A")};
    linked.objectives.push_back(viaAction);
    linked.objectives.push_back(objective(QStringLiteral("G1.2"), QStringLiteral("Library hours")));
    Goal covered = goal(QStringLiteral("G2"), QStringLiteral("Staff"));
    covered.supports = {QStringLiteral("P2")};
    covered.objectives.push_back(objective(QStringLiteral("G2.1"), QStringLiteral("Mentors"))); // its goal supports P2
    Goal loose = goal(QStringLiteral("G3"), QStringLiteral("Campus garden"));
    loose.objectives.push_back(objective(QStringLiteral("G3.1"), QStringLiteral("Plant beds")));

    const Alignment alignment = Alignment::compute(district(), {school(QStringLiteral("Eastlake"), {linked, covered, loose})}, Y2024, AsOf);
    QStringList unaligned;
    for (const SchoolItem &item : alignment.unaligned)
        unaligned.append(item.code);
    CHECK(unaligned == QStringList{QStringLiteral("G1.2"), QStringLiteral("G3")});
    CHECK(alignment.schools[0].links == 2);
}

TEST_CASE("links to codes the district plan does not have are broken, with the nearest title as the fix", "[alignment]")
{
    struct Case {
        const char *title;
        const char *missing;
        const char *suggestion;
    };
    const Case cases[] = {
        // Renumbered: 1.4 became 1.3; an objective's form is tried first.
        {"Daily lessons in responsible decision making", "1.4", "1.3"},
        {"Recruit and keep high quality teachers", "2.2", "2.1"},
        // No objective shares a word: any item may.
        {"Teacher retention bonus", "2.9", "P2-M1"},
        {"Campus garden", "7.1", ""},
    };
    for (const Case &c : cases) {
        INFO(c.missing);
        Goal g = goal(QStringLiteral("G1"), QStringLiteral("Goal"));
        Objective o = objective(QStringLiteral("G1.1"), QString::fromUtf8(c.title));
        o.supports = {QString::fromLatin1(c.missing)};
        g.objectives.push_back(o);
        const Alignment alignment = Alignment::compute(district(), {school(QStringLiteral("Eastlake"), {g})}, Y2024, AsOf);
        REQUIRE(alignment.broken.size() == 1);
        const BrokenLink &link = alignment.broken[0];
        CHECK(link.item.code == QStringLiteral("G1.1"));
        CHECK(link.missing == QString::fromLatin1(c.missing));
        CHECK(link.suggestion == QString::fromLatin1(c.suggestion));
        CHECK(Alignment::fixText(link).contains(QString::fromLatin1(c.missing)));
        if (*c.suggestion)
            CHECK(Alignment::fixText(link).contains(QStringLiteral("did you mean %1").arg(QString::fromLatin1(c.suggestion))));
        // A link that leads nowhere is not alignment.
        CHECK(alignment.schools[0].links == 0);
        CHECK(rowsWithItems(alignment).isEmpty());
    }
}

TEST_CASE("a school plan aligned to another district plan is left out, and says so", "[alignment]")
{
    Plan other = schoolSupporting(ItemKind::Objective, QStringLiteral("1.1"));
    other.alignsTo = PlanRef{QStringLiteral("11111111-2222-4333-8444-555555555555"), QStringLiteral("Another district")};
    Plan unnamed = schoolSupporting(ItemKind::Objective, QStringLiteral("1.2"));
    unnamed.unit = QStringLiteral("Desert Wind");
    unnamed.alignsTo = {};
    const Alignment alignment = Alignment::compute(district(), {other, unnamed}, Y2024, AsOf);
    REQUIRE(alignment.elsewhere.size() == 1);
    REQUIRE(alignment.schools.size() == 1);
    CHECK(alignment.schools[0].name == QStringLiteral("Desert Wind"));
    CHECK(rowsWithItems(alignment) == QStringList{QStringLiteral("P1"), QStringLiteral("1.2")});
    const QString text = alignment.elsewhereText(alignment.elsewhere[0]);
    CHECK(text.contains(QStringLiteral("Eastlake Elementary aligns to the plan \"Another district\"")));
    CHECK(text.contains(QStringLiteral("not to this district plan \"District plan\"")));
    CHECK(text.contains(QStringLiteral("left out")));
}

TEST_CASE("a district measure's values stand beside its supporting school measures'", "[alignment]")
{
    Plan plan = district();
    Measure &l1 = plan.goals[0].objectives[0].measures[0];
    l1.baseline = Baseline{SchoolYear(2022), 40.0, {}, {}};
    l1.finalTarget = FinalTarget{SchoolYear(2026), 48.0};
    l1.actuals[SchoolYear(2023)] = Actual::of(41);
    Plan eastlake = schoolSupporting(ItemKind::Measure, QStringLiteral("1.1-L1"));
    eastlake.goals[0].objectives[0].measures[0].actuals[SchoolYear(2024)] = Actual::of(52);
    Plan elsewhere = eastlake;
    elsewhere.alignsTo.id = QStringLiteral("11111111-2222-4333-8444-555555555555");

    const auto compared = AlignedMeasure::of(plan, {eastlake, elsewhere}, QStringLiteral("1.1-L1"));
    REQUIRE(compared);
    CHECK(compared->years.size() == 5);
    CHECK(compared->district.actuals.at(SchoolYear(2023)) == 41);
    CHECK(compared->district.targets.at(SchoolYear(2024)) == 44);
    REQUIRE(compared->schools.size() == 1);
    CHECK(compared->schools[0].school == QStringLiteral("Eastlake Elementary"));
    CHECK(compared->schools[0].code == QStringLiteral("G1.1-M1"));
    CHECK(compared->schools[0].actuals.at(SchoolYear(2024)) == 52);
    CHECK_FALSE(AlignedMeasure::of(plan, {eastlake}, QStringLiteral("1.1")));
}

TEST_CASE("only school plans aligned to this district plan by its id may stand in its board report", "[alignment]")
{
    struct Case {
        const char *name;
        std::function<void(Plan &)> change;
        const char *says; // empty: accepted
    };
    const Case cases[] = {
        {"a school plan aligned to it", [](Plan &) {}, ""},
        {"a department plan aligned to it", [](Plan &plan) { plan.kind = PlanKind::Department; }, ""},
        {"a district plan", [](Plan &plan) { plan.kind = PlanKind::District; },
         "east.json is a district plan (Eastlake Elementary improvement plan), not a school plan"},
        {"a plan naming no district plan", [](Plan &plan) { plan.alignsTo = {}; },
         "east.json (Eastlake Elementary) does not say which district plan it aligns to: choose \"District plan\""},
        {"a plan aligned to another district plan",
         [](Plan &plan) { plan.alignsTo = PlanRef{QStringLiteral("11111111-2222-4333-8444-555555555555"), QStringLiteral("Another district")}; },
         "east.json (Eastlake Elementary) aligns to the plan \"Another district\" (id 11111111-2222-4333-8444-555555555555), not to this "
         "district plan \"District plan\" (id 5f0c2b7e-8a1d-4c3e-9b6a-2d7e4f1a9c30)."},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        Plan plan = schoolSupporting(ItemKind::Objective, QStringLiteral("1.1"));
        c.change(plan);
        const QString refusal = Alignment::refusal(district(), plan, QStringLiteral("east.json"));
        if (*c.says == 0)
            CHECK(refusal.isEmpty());
        else
            CHECK(refusal.startsWith(QString::fromUtf8(c.says)));
    }
}

TEST_CASE("the district measures school measures support, and the school measures behind each", "[alignment]")
{
    Plan eastlake = schoolSupporting(ItemKind::Measure, QStringLiteral("1.1-L1"));
    eastlake.goals[0].objectives[0].measures[0].supports.append(QStringLiteral("P2-M1"));
    eastlake.goals[0].objectives[0].supports = {QStringLiteral("1.2")}; // an objective, not a measure
    Plan westside = schoolSupporting(ItemKind::Measure, QStringLiteral("P2-M1"));
    westside.unit = QStringLiteral("Westside Middle");
    Plan elsewhere = schoolSupporting(ItemKind::Measure, QStringLiteral("1.1-L1a"));
    elsewhere.alignsTo.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const std::vector<Plan> schools{eastlake, westside, elsewhere};
    // In the district plan's outline order; a plan aligned elsewhere counts for nothing.
    CHECK(AlignedMeasure::supported(district(), schools) == QStringList{QStringLiteral("1.1-L1"), QStringLiteral("P2-M1")});
    const std::vector<SupportingMeasure> behind = AlignedMeasure::supporting(district(), schools, QStringLiteral("P2-M1"));
    REQUIRE(behind.size() == 2);
    CHECK(behind[0].school == &schools[0]);
    CHECK(behind[1].school == &schools[1]);
    CHECK(behind[1].measure->code == QStringLiteral("G1.1-M1"));
    CHECK(AlignedMeasure::districtMeasure(district(), QStringLiteral("P2-M1"))->name == QStringLiteral("Teacher retention"));
    CHECK_FALSE(AlignedMeasure::districtMeasure(district(), QStringLiteral("1.2")));
}

TEST_CASE("code forms tell objectives, measures and actions apart", "[alignment]")
{
    CHECK(TitleMatch::codeForm(QStringLiteral("1.4")) == QStringLiteral("9.9"));
    CHECK(TitleMatch::codeForm(QStringLiteral("P1")) == QStringLiteral("A9"));
    CHECK(TitleMatch::codeForm(QStringLiteral("1.2.1A")) == QStringLiteral("9.9.9A"));
    CHECK(TitleMatch::codeForm(QStringLiteral("1.2-L1")) == QStringLiteral("9.9-A9"));
}
