// A school plan's alignment in the panes: the plan pane's kind, unit and
// district plan; the Supports field of goals, objectives, actions and
// measures, offering the district plan's items.
#include "windowfixture.h"

#include <QLineEdit>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("editing the plan pane keeps the plan's identity, kind, unit, district plan and small-group rule", "[app][gui][alignment]")
{
    Window w(fullPlan(), QStringLiteral("school.cairn"));
    const Plan before = w.document()->plan();
    REQUIRE_FALSE(before.uuid.isEmpty());
    REQUIRE(before.kind == PlanKind::School);
    // View → Plan Details shows the plan's own fields, whatever the outline had selected.
    w.select(QStringLiteral("P1"));
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *pane = w.find<QWidget>("planPane");
    REQUIRE(pane->isVisible());
    CHECK(pane->findChild<QLineEdit *>(QStringLiteral("organizationEdit"))->hasFocus());
    retype(pane->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Campus Improvement Plan 2025-26"));
    for (const Plan &plan : {w.document()->plan(), w.stored()}) {
        CHECK(plan.title == QStringLiteral("Campus Improvement Plan 2025-26"));
        CHECK(plan.uuid == before.uuid);
        CHECK(plan.kind == before.kind);
        CHECK(plan.unit == before.unit);
        CHECK(plan.alignsTo.id == before.alignsTo.id);
        CHECK(plan.alignsTo.title == before.alignsTo.title);
        CHECK(plan.suppression == before.suppression);
    }
}
