// The Plan Quality tab: a school plan reviewed component by component,
// each state a word and a shape, what to add with the items concerned
// (Enter shows one in the Plan tab), findings grouped by kind, and a fresh
// review after each edit.
#include "windowfixture.h"

#include "app/quality/qualityview.h"
#include "app/quality/rubricchoice.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace cairn;
using namespace cairn::test;

namespace {

QTreeWidgetItem *component(const QTreeWidget *tree, const QString &label)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(QualityView::ComponentColumn) == label)
            return tree->topLevelItem(i);
    FAIL("no component " << label.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("the Plan Quality tab reviews the plan, names what to add and follows each edit", "[app][gui][quality]")
{
    Window w(readPlanJson(middleSample()), QStringLiteral("cerro.cairn"));
    QTest::keyClick(&w.window, Qt::Key_8, Qt::ControlModifier);
    auto *view = w.find<QualityView>("quality");
    REQUIRE(w.workspace()->tabs()->currentWidget() == view);
    QTreeWidget *rubric = view->rubric();
    CHECK(rubric->topLevelItemCount() == 11);
    CHECK(component(rubric, QStringLiteral("Mission"))->text(QualityView::StateColumn) == QStringLiteral("● Met"));
    QTreeWidgetItem *values = component(rubric, QStringLiteral("Core values"));
    CHECK(values->text(QualityView::StateColumn) == QStringLiteral("○ Missing"));
    CHECK(values->isExpanded());
    REQUIRE(values->childCount() == 1);
    CHECK(values->child(0)->text(0).startsWith(QStringLiteral("List the plan's core values")));
    CHECK(view->summary()->text().contains(QStringLiteral("missing: 1")));

    // The objective that supports no district item is named, and Enter shows it.
    QTreeWidgetItem *alignment = component(rubric, QStringLiteral("Alignment to the district plan"));
    REQUIRE(alignment->childCount() == 1);
    QTreeWidgetItem *unaligned = alignment->child(0)->child(0);
    REQUIRE(unaligned);
    CHECK(unaligned->text(0) == QStringLiteral("Objective G3.2 Start a student-run morning broadcast"));
    rubric->setFocus();
    rubric->setCurrentItem(unaligned);
    QTest::keyClick(rubric, Qt::Key_Return);
    CHECK(w.workspace()->tabs()->currentIndex() == int(Workspace::Tab::Plan));
    CHECK(w.find<QWidget>("objectivePane")->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->text() == QStringLiteral("G3.2"));

    // An edit anywhere is reviewed again: with a core value, the component is met.
    Plan fields = w.document()->plan();
    fields.coreValues.push_back(NamedText{QStringLiteral("Belonging"), QStringLiteral("Every student is known."), {}});
    w.document()->setPlanFields(fields);
    w.workspace()->showTab(Workspace::Tab::Quality);
    CHECK(component(rubric, QStringLiteral("Core values"))->text(QualityView::StateColumn) == QStringLiteral("● Met"));
    CHECK(view->summary()->text().contains(QStringLiteral("missing: 0")));
    Objective broadcast = objectiveOf(w.document()->plan(), QStringLiteral("G3.2"));
    broadcast.supports = {QStringLiteral("1.3")};
    w.document()->replaceObjective(broadcast);
    CHECK(component(rubric, QStringLiteral("Alignment to the district plan"))->childCount() == 0);

    // Findings grouped by kind, each item under its kind.
    QTreeWidget *findings = view->findings();
    REQUIRE(findings->topLevelItemCount() > 0);
    for (int i = 0; i < findings->topLevelItemCount(); ++i) {
        const QString text = findings->topLevelItem(i)->text(0);
        CHECK((text.startsWith(QStringLiteral("▲ Warning · ")) || text.startsWith(QStringLiteral("◆ Error · "))));
    }

    // A state's rubric: its components in its order, under its labels, remembered for the plan.
    REQUIRE(view->useRubric(sourcePath(QStringLiteral("resources/rubrics/state-review-example.json"))));
    REQUIRE(rubric->topLevelItemCount() == 8);
    CHECK(rubric->topLevelItem(0)->text(QualityView::ComponentColumn) == QStringLiteral("Comprehensive needs assessment is based on data"));
    CHECK(view->summary()->text().startsWith(QStringLiteral("Campus improvement plan review (illustrative state rubric) · ")));
    CHECK(w.find<QPushButton>("builtInRubric")->isEnabled());
    CHECK_FALSE(RubricChoice::remembered(w.document()->plan().uuid).isEmpty());
    // A remembered rubric file that has become unusable is said so, and Cairn's is shown.
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("rubric.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "cairn-rubric", "version": 1, "components": [{"component": "smart"}]})");
    }
    RubricChoice::remember(w.document()->plan().uuid, broken);
    w.workspace()->showTab(Workspace::Tab::Plan);
    w.workspace()->showTab(Workspace::Tab::Quality);
    CHECK(view->summary()->text().startsWith(QStringLiteral("The rubric rubric.json cannot be used (components[0].component: \"smart\" is not a component")));
    CHECK(rubric->topLevelItemCount() == 11);
    QTest::mouseClick(w.find<QPushButton>("builtInRubric"), Qt::LeftButton);
    CHECK(RubricChoice::remembered(w.document()->plan().uuid).isEmpty());
    CHECK(view->summary()->text().startsWith(QStringLiteral("Cairn's plan-quality rubric · ")));
    CHECK_FALSE(w.find<QPushButton>("builtInRubric")->isEnabled());

    for (QWidget *control : std::initializer_list<QWidget *>{rubric, findings, w.find<QPushButton>("chooseRubric")}) {
        CHECK_FALSE(control->accessibleName().isEmpty());
        CHECK(control->focusPolicy() & Qt::TabFocus);
    }
}
