// The Responsibilities view: every role the plan's actions name, with its
// duties, found by typing a role, opened with the keyboard.
#include "windowfixture.h"

#include "app/responsibilities/responsibilitiesview.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace cairn;
using namespace cairn::test;

namespace {

QStringList shownRoles(const QTreeWidget *tree)
{
    QStringList roles;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        if (!tree->topLevelItem(row)->isHidden())
            roles.append(tree->topLevelItem(row)->text(0));
    return roles;
}

} // namespace

// On a file alone: the list and keys read the plan in memory.
TEST_CASE("each role's duties are listed, a role found by typing, an action opened with Enter", "[activities][responsibilities]")
{
    Window w(activitiesPlan());
    QTest::keyClick(&w.window, Qt::Key_6, Qt::ControlModifier);
    auto *view = w.find<ResponsibilitiesView>("responsibilities");
    REQUIRE(w.workspace()->tabs()->currentWidget() == view);
    QTreeWidget *tree = view->tree();

    // Every role, a team included, alphabetical, with its count of duties.
    CHECK(shownRoles(tree) == QStringList{QStringLiteral("Building Principals"), QStringLiteral("Business Manager"),
                                          QStringLiteral("Curriculum Team"), QStringLiteral("Director of Human Resources"),
                                          QStringLiteral("Director of Learning and Teaching"), QStringLiteral("Director of Student Services"),
                                          QStringLiteral("Director of Technology"), QStringLiteral("Family Engagement Team"),
                                          QStringLiteral("School Committee"), QStringLiteral("SEL Advisory Team"),
                                          QStringLiteral("Superintendent")});
    QTreeWidgetItem *committee = tree->findItems(QStringLiteral("School Committee"), Qt::MatchExactly).value(0);
    REQUIRE(committee);
    CHECK(committee->text(1) == QStringLiteral("5 duties"));
    QTreeWidgetItem *vote = committee->child(1);
    CHECK(vote->text(0).startsWith(QStringLiteral("1.1C  Adopt a K-5 science curriculum")));
    CHECK(vote->text(1) == QStringLiteral("Votes on adoption"));
    CHECK(vote->text(2) == QStringLiteral("On track"));
    CHECK(vote->text(3) == QStringLiteral("2024-25 to 2026-06-30"));

    // Typing a role narrows the list; Down goes to it; Enter opens the action.
    QLineEdit *filter = view->roleFilter();
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("principal"));
    CHECK(shownRoles(tree) == QStringList{QStringLiteral("Building Principals")});
    QTest::keyClick(filter, Qt::Key_Down);
    REQUIRE(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Down); // the role's first duty
    REQUIRE(tree->currentItem()->parent());
    const QString code = tree->currentItem()->text(0).section(QLatin1Char(' '), 0, 0);
    CHECK(code == QStringLiteral("1.1A"));
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK(w.workspace()->tabs()->currentIndex() == int(Workspace::Tab::Plan));
    CHECK(w.find<QWidget>("actionPane")->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->text() == code);
}

TEST_CASE("a duty typed in an action's pane appears under its role", "[activities][responsibilities]")
{
    Window w(activitiesPlan(), GENERATE(from_range(backends())));
    auto *view = w.find<ResponsibilitiesView>("responsibilities");
    w.workspace()->showTab(Workspace::Tab::Responsibilities);
    QTreeWidget *tree = view->tree();
    CHECK(tree->findItems(QStringLiteral("Athletic Director"), Qt::MatchExactly).isEmpty());

    // In the action's table of responsibilities, as a user adds one: Add, role, Tab, duty, Enter.
    w.select(QStringLiteral("3.2A"));
    auto *editor = w.find<QWidget>("actionPane")->findChild<QWidget *>(QStringLiteral("responsibilities"));
    REQUIRE(editor);
    auto *add = editor->findChild<QPushButton *>();
    REQUIRE(add);
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Athletic Director"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Finds coaches"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the item delegate commits on Return from the event loop
    const std::vector<Responsibility> stored = w.stored().goals[2].objectives[1].actions[0].responsibilities;
    REQUIRE_FALSE(stored.empty());
    CHECK(stored.back() == Responsibility{QStringLiteral("Athletic Director"), QStringLiteral("Finds coaches")});

    w.workspace()->showTab(Workspace::Tab::Responsibilities);
    QTreeWidgetItem *role = tree->findItems(QStringLiteral("Athletic Director"), Qt::MatchExactly).value(0);
    REQUIRE(role);
    CHECK(role->child(0)->text(0).startsWith(QStringLiteral("3.2A  ")));
    CHECK(role->child(0)->text(1) == QStringLiteral("Finds coaches"));
}
