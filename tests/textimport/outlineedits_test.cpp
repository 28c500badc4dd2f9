#include "core/plancheck.h"
#include "textimport/outlineedits.h"
#include "textimport/outlineplan.h"

#include <catch2/catch.hpp>

using namespace cairn;
using namespace cairn::textimport;

namespace {

OutlineItem item(ItemKind kind, const char *code, const char *title, std::vector<OutlineItem> children = {})
{
    OutlineItem made;
    made.kind = kind;
    made.code = QString::fromUtf8(code);
    made.title = QString::fromUtf8(title);
    made.source = made.code.isEmpty() ? made.title : made.code + QLatin1Char(' ') + made.title;
    made.children = std::move(children);
    return made;
}

// Goal 1 (objectives 1.1 with actions 1.1.1 and 1.1.2, and 1.2), goal 2 (objective 2.1).
Outline sample()
{
    Outline outline;
    outline.plan.title = QStringLiteral("Plan");
    outline.goals.push_back(item(ItemKind::Goal, "1", "Students read well",
                                 {item(ItemKind::Objective, "1.1", "Early literacy",
                                       {item(ItemKind::Action, "1.1.1", "Train teachers in phonics"),
                                        item(ItemKind::Action, "1.1.2", "Buy books")}),
                                  item(ItemKind::Objective, "1.2", "Attendance")}));
    outline.goals.push_back(item(ItemKind::Goal, "2", "Families are engaged", {item(ItemKind::Objective, "2.1", "Communication")}));
    return outline;
}

QString titleAt(const Outline &outline, const ItemPath &path)
{
    const OutlineItem *found = edits::itemAt(outline, path);
    return found ? found->title : QStringLiteral("(none)");
}

void requirePlanPassesCheck(const Outline &outline)
{
    CHECK_FALSE(PlanCheck::hasErrors(PlanCheck::run(planOf(outline, SchoolYear(2024)))));
}

} // namespace

TEST_CASE("outline kinds hold only the kinds a plan lets them hold", "[textimport][edits]")
{
    struct Row {
        std::optional<ItemKind> parent;
        ItemKind child;
        bool holds;
    };
    const Row row = GENERATE(values<Row>({
        {std::nullopt, ItemKind::Goal, true},
        {std::nullopt, ItemKind::Objective, false},
        {ItemKind::Goal, ItemKind::Objective, true},
        {ItemKind::Goal, ItemKind::Action, true},
        {ItemKind::Goal, ItemKind::Measure, true},
        {ItemKind::Goal, ItemKind::Goal, false},
        {ItemKind::Objective, ItemKind::Action, true},
        {ItemKind::Objective, ItemKind::Measure, true},
        {ItemKind::Objective, ItemKind::Objective, false},
        {ItemKind::Action, ItemKind::Measure, false},
        {ItemKind::Measure, ItemKind::Measure, true},
        {ItemKind::Measure, ItemKind::Action, false},
    }));
    CHECK(edits::canHold(row.parent, row.child) == row.holds);
}

TEST_CASE("an item made another kind moves to the nearest parent that holds that kind", "[textimport][edits]")
{
    Outline outline = sample();

    SECTION("an objective made a goal becomes the goal after its own")
    {
        const edits::Result result = edits::setKind(outline, {0, 1}, ItemKind::Goal);
        REQUIRE(result.done());
        CHECK(result.path == ItemPath{1});
        CHECK(outline.goals.size() == 3);
        CHECK(titleAt(outline, {1}) == QStringLiteral("Attendance"));
        CHECK(outline.goals[0].children.size() == 1);
    }
    SECTION("an action made an objective follows its objective under the goal")
    {
        const edits::Result result = edits::setKind(outline, {0, 0, 0}, ItemKind::Objective);
        REQUIRE(result.done());
        CHECK(result.path == ItemPath{0, 1});
        CHECK(titleAt(outline, {0, 1}) == QStringLiteral("Train teachers in phonics"));
        CHECK(outline.goals[0].children[0].children.size() == 1);
    }
    SECTION("a goal made an objective goes under the goal before it, its objectives after it")
    {
        const edits::Result result = edits::setKind(outline, {1}, ItemKind::Objective);
        REQUIRE(result.done());
        CHECK(result.path == ItemPath{0, 2});
        CHECK(outline.goals.size() == 1);
        CHECK(titleAt(outline, {0, 2}) == QStringLiteral("Families are engaged"));
        CHECK(titleAt(outline, {0, 3}) == QStringLiteral("Communication"));
    }
    SECTION("the first goal cannot become an objective: nothing holds it")
    {
        const edits::Result result = edits::setKind(outline, {0}, ItemKind::Objective);
        CHECK_FALSE(result.done());
        CHECK(outline.goals.size() == 2);
        CHECK(outline.goals[0].kind == ItemKind::Goal);
    }
    SECTION("an action made a measure is read for its numbers, and its doubt is cleared")
    {
        OutlineItem &action = outline.goals[0].children[0].children[1];
        action.title = QStringLiteral("Increase graduates from 56 in 2021-22 to 91% in 2026-27.");
        action.doubt = QStringLiteral("Read from its place");
        const edits::Result result = edits::setKind(outline, {0, 0, 1}, ItemKind::Measure);
        REQUIRE(result.done());
        const OutlineItem *measure = edits::itemAt(outline, result.path);
        REQUIRE(measure);
        CHECK(measure->kind == ItemKind::Measure);
        CHECK(measure->measure.finalTarget.value == 91);
        CHECK_FALSE(measure->isUncertain());
    }
    requirePlanPassesCheck(outline);
}

TEST_CASE("an item moves under another parent that can hold it", "[textimport][edits]")
{
    Outline outline = sample();

    SECTION("an action moves to another goal's objective")
    {
        const edits::Result result = edits::moveUnder(outline, {0, 0, 1}, {1, 0});
        REQUIRE(result.done());
        CHECK(result.path == ItemPath{1, 0, 0});
        CHECK(titleAt(outline, {1, 0, 0}) == QStringLiteral("Buy books"));
        CHECK(outline.goals[0].children[0].children.size() == 1);
    }
    SECTION("a measure moves under the measure after it: the parent's place counts after the move")
    {
        outline.goals[0].children[1].children = {item(ItemKind::Measure, "", "Attendance rate"), item(ItemKind::Measure, "", "Chronic absence")};
        const edits::Result result = edits::moveUnder(outline, {0, 1, 0}, {0, 1, 1});
        REQUIRE(result.done());
        CHECK(result.path == ItemPath{0, 1, 0, 0});
        CHECK(titleAt(outline, {0, 1, 0}) == QStringLiteral("Chronic absence"));
        CHECK(titleAt(outline, result.path) == QStringLiteral("Attendance rate"));
    }
    SECTION("nothing goes under itself, and a goal goes under no objective")
    {
        CHECK_FALSE(edits::moveUnder(outline, {0, 0}, {0, 0}).done());
        CHECK_FALSE(edits::moveUnder(outline, {1}, {0, 0}).done());
        CHECK(outline.goals.size() == 2);
    }
    SECTION("the parents offered hold its kind and are neither its own parent nor inside it")
    {
        const QList<ItemPath> parents = edits::parentsFor(outline, {0, 0, 0});
        CHECK(parents == QList<ItemPath>{{0}, {0, 1}, {1}, {1, 0}});
        CHECK(edits::parentsFor(outline, {0, 1}) == QList<ItemPath>{{1}});
    }
    requirePlanPassesCheck(outline);
}

TEST_CASE("an item merges with the next, and splits at a place in its text or into its lines", "[textimport][edits]")
{
    Outline outline = sample();

    SECTION("merging joins the next item's title, source and children")
    {
        const edits::Result result = edits::mergeWithNext(outline, {0, 0, 0});
        REQUIRE(result.done());
        const OutlineItem &objective = outline.goals[0].children[0];
        REQUIRE(objective.children.size() == 1);
        CHECK(objective.children[0].title == QStringLiteral("Train teachers in phonics Buy books"));
        CHECK(objective.children[0].source == QStringLiteral("1.1.1 Train teachers in phonics\n1.1.2 Buy books"));
        CHECK_FALSE(edits::mergeWithNext(outline, {0, 0, 0}).done()); // nothing follows it now
    }
    SECTION("splitting at the cursor reads the part after it as a new item, with its code")
    {
        OutlineItem &objective = outline.goals[0].children[1];
        objective.source = QStringLiteral("Objective 1.2: Attendance Objective 1.3: Writing");
        const int at = int(objective.source.indexOf(QStringLiteral("Objective 1.3")));
        const edits::Result result = edits::splitAt(outline, {0, 1}, at);
        REQUIRE(result.done());
        REQUIRE(outline.goals[0].children.size() == 3);
        CHECK(titleAt(outline, {0, 1}) == QStringLiteral("Attendance"));
        CHECK(outline.goals[0].children[2].code == QStringLiteral("1.3"));
        CHECK(titleAt(outline, {0, 2}) == QStringLiteral("Writing"));
        CHECK(outline.goals[0].children[2].kind == ItemKind::Objective);
        CHECK_FALSE(edits::splitAt(outline, {0, 1}, 0).done());
    }
    SECTION("splitting into lines makes an item of each line")
    {
        OutlineItem &action = outline.goals[0].children[0].children[1];
        action.source = QStringLiteral("Buy books\nTrain librarians\nOpen the library at night");
        REQUIRE(edits::splitIntoLines(outline, {0, 0, 1}).done());
        const std::vector<OutlineItem> &actions = outline.goals[0].children[0].children;
        REQUIRE(actions.size() == 4);
        CHECK(actions[1].title == QStringLiteral("Buy books"));
        CHECK(actions[1].code == QStringLiteral("1.1.2"));
        CHECK(actions[3].title == QStringLiteral("Open the library at night"));
        CHECK(actions[3].code.isEmpty());
        CHECK_FALSE(edits::splitIntoLines(outline, {0, 0, 3}).done());
    }
    requirePlanPassesCheck(outline);
}

TEST_CASE("the preview's codes are those the plan gives: the document's, else made in order", "[textimport][edits]")
{
    Outline outline = sample();
    outline.goals[0].children[1].code.clear();
    outline.goals[1].children.push_back(item(ItemKind::Action, "", "Hold family nights"));
    const QHash<const OutlineItem *, QString> codes = planCodes(outline, SchoolYear(2024));
    CHECK(codes.value(edits::itemAt(outline, {0})) == QStringLiteral("1"));
    CHECK(codes.value(edits::itemAt(outline, {0, 0, 1})) == QStringLiteral("1.1.2"));
    CHECK(codes.value(edits::itemAt(outline, {0, 1})) == QStringLiteral("1.2"));
    // An action written under a goal goes to an objective made for it.
    CHECK(codes.value(edits::itemAt(outline, {1, 1})) == QStringLiteral("2.0.1"));
}
