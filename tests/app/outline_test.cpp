#include "planfixtures.h"

#include "app/document/commands.h"
#include "app/outline/outlinefilter.h"
#include "app/outline/outlinemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>

using namespace cairn;
using namespace cairn::test;

namespace {

struct Outline {
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> document = PlanDocument::create(dir.filePath(QStringLiteral("plan.cairn")), fullPlan());
    OutlineModel model{document.get()};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QStringList codesUnder(const QModelIndex &parent) const
    {
        QStringList codes;
        for (int row = 0; row < model.rowCount(parent); ++row)
            codes.append(model.index(row, 0, parent).data().toString());
        return codes;
    }
};

} // namespace

TEST_CASE("the outline shows goals, their measures and objectives, and below them measures and actions", "[outline]")
{
    Outline outline;
    CHECK(outline.codesUnder({}) == QStringList{QStringLiteral("P1"), QStringLiteral("P2")});
    const QModelIndex p1 = outline.model.index(0, 0);
    CHECK(outline.codesUnder(p1) == QStringList{QStringLiteral("P1-M1"), QStringLiteral("1.1")});
    const QModelIndex o11 = outline.model.index(1, 0, p1);
    CHECK(outline.codesUnder(o11) == QStringList{QStringLiteral("1.1-M1"), QStringLiteral("1.1-M2"), QStringLiteral("1.1-M3"),
                                                 QStringLiteral("1.1A"), QStringLiteral("1.1B"), QStringLiteral("1.1C")});
    const QModelIndex m1 = outline.model.index(0, 0, o11);
    CHECK(outline.codesUnder(m1) == QStringList{QStringLiteral("1.1-M1a"), QStringLiteral("1.1-M1b")});
    CHECK(m1.siblingAtColumn(OutlineModel::TitleColumn).data().toString() == QStringLiteral("Accountability rating"));
    // Status with its word and its icon.
    const QModelIndex actionStatus = outline.model.index(4, OutlineModel::StatusColumn, o11);
    CHECK(actionStatus.data().toString() == QStringLiteral("At risk")); // 1.1B is delayed
    CHECK_FALSE(actionStatus.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(outline.model.index(0, OutlineModel::StatusColumn, p1).data().toString() == QStringLiteral("At risk (manual)"));
}

TEST_CASE("the outline follows edits, additions, removals, moves and undo", "[outline]")
{
    Outline outline;
    PlanDocument *doc = outline.document.get();
    const Plan &plan = doc->plan();

    Objective objective;
    objective.code = QStringLiteral("1.2");
    objective.title = QStringLiteral("New objective");
    REQUIRE(doc->push(new AddItem(doc, objective, ItemKind::Goal, plan.goals[0].id, 1)));
    const QModelIndex p1 = outline.model.index(0, 0);
    CHECK(outline.codesUnder(p1) == QStringList{QStringLiteral("P1-M1"), QStringLiteral("1.1"), QStringLiteral("1.2")});

    Action action;
    action.code = QStringLiteral("1.2A");
    action.description = QStringLiteral("First step");
    REQUIRE(doc->push(new AddItem(doc, action, ItemKind::Objective, plan.goals[0].objectives[1].id, 0)));
    CHECK(outline.codesUnder(outline.model.index(2, 0, p1)) == QStringList{QStringLiteral("1.2A")});

    const Objective &o11 = plan.goals[0].objectives[0];
    REQUIRE(doc->push(new MoveItem(doc, ItemKind::Action, o11.actions[2].id, 2, 0)));
    const QModelIndex o11Index = outline.model.index(1, 0, p1);
    CHECK(outline.codesUnder(o11Index).mid(3) == QStringList{QStringLiteral("1.1C"), QStringLiteral("1.1A"), QStringLiteral("1.1B")});

    Goal renamed = plan.goals[1];
    renamed.title = QStringLiteral("Staff and families");
    REQUIRE(doc->push(new EditGoal(doc, plan.goals[1], renamed, QStringLiteral("Edit"))));
    CHECK(outline.model.index(1, OutlineModel::TitleColumn).data().toString() == QStringLiteral("Staff and families"));

    REQUIRE(doc->push(new RemoveItem(doc, ItemKind::Goal, plan.goals[0].id)));
    CHECK(outline.codesUnder({}) == QStringList{QStringLiteral("P2")});
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    CHECK(outline.codesUnder({}) == QStringList{QStringLiteral("P1"), QStringLiteral("P2")});
    CHECK(outline.codesUnder(outline.model.index(0, 0)) == QStringList{QStringLiteral("P1-M1"), QStringLiteral("1.1")});
}

TEST_CASE("dropping a row among its siblings moves it as an undoable step", "[outline]")
{
    Outline outline;
    const QModelIndex o11 = outline.model.index(1, 0, outline.model.index(0, 0));
    const QModelIndex first = outline.model.index(3, 0, o11); // 1.1A
    std::unique_ptr<QMimeData> data(outline.model.mimeData({first}));
    // Not into another parent, not among the measures.
    CHECK_FALSE(outline.model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, outline.model.index(0, 0)));
    CHECK_FALSE(outline.model.canDropMimeData(data.get(), Qt::MoveAction, 1, 0, o11));
    outline.model.dropMimeData(data.get(), Qt::MoveAction, 6, 0, o11); // below the last action
    CHECK(outline.codesUnder(o11).mid(3) == QStringList{QStringLiteral("1.1B"), QStringLiteral("1.1C"), QStringLiteral("1.1A")});
    CHECK(outline.document->undoStack()->count() == 1);
}

TEST_CASE("the filter keeps matching rows and the branches above them", "[outline]")
{
    Outline outline;
    OutlineFilter filter;
    filter.setSourceModel(&outline.model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);

    filter.setText(QStringLiteral("tutoring"));
    REQUIRE(filter.rowCount() == 1);
    const QModelIndex p1 = filter.index(0, 0);
    REQUIRE(filter.rowCount(p1) == 1);
    const QModelIndex o11 = filter.index(0, 0, p1);
    REQUIRE(filter.rowCount(o11) == 1);
    CHECK(filter.index(0, 0, o11).data().toString() == QStringLiteral("1.1A"));

    filter.setText({});
    filter.setStatus(QStringLiteral("discontinued"));
    CHECK(filter.index(0, 0, filter.index(0, 0, filter.index(0, 0))).data().toString() == QStringLiteral("1.1C"));

    filter.setStatus({});
    filter.setOwnerOrRole(QStringLiteral("principal"));
    CHECK(filter.index(0, 0, filter.index(0, 0, filter.index(0, 0))).data().toString() == QStringLiteral("1.1A"));
}

TEST_CASE("the outline shows what a role owns or answers for", "[outline][activities]")
{
    QTemporaryDir dir;
    const auto document = PlanDocument::create(dir.filePath(QStringLiteral("plan.cairn")), activitiesPlan());
    OutlineModel model(document.get());
    OutlineFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto found = [&] {
        QStringList codes;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < filter.rowCount(parent); ++row) {
                const QModelIndex index = filter.index(row, 0, parent);
                if (filter.matches(index))
                    codes.append(index.data().toString());
                walk(index);
            }
        };
        walk({});
        return codes;
    };

    // A role named only in responsibilities: the actions it answers for.
    filter.setOwnerOrRole(QStringLiteral("school committee"));
    CHECK(found() == QStringList{QStringLiteral("1.1B"), QStringLiteral("1.1C"), QStringLiteral("2.1A"), QStringLiteral("2.2A"),
                                 QStringLiteral("3.2B")});
    // A team, not a person, is a role too.
    filter.setOwnerOrRole(QStringLiteral("Family Engagement"));
    CHECK(found() == QStringList{QStringLiteral("3.1C")});
    // An owner: the goal it owns (and everything under it inherits, but only its own rows match).
    filter.setOwnerOrRole(QStringLiteral("Director of Student Services"));
    CHECK(found().contains(QStringLiteral("2")));
    CHECK(found().contains(QStringLiteral("1.2A"))); // a duty under goal 1
}
