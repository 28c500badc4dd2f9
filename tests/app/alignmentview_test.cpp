// The Alignment tab: the sample school plans behind the Socorro district
// plan, their coverage, what to fix and how, and a district measure beside
// the school measures that support it; reached and used with the keyboard.
#include "windowfixture.h"

#include "app/alignment/alignmentview.h"
#include "app/alignment/measurecomparisonview.h"
#include "app/alignment/schoolplans.h"
#include "app/charts/chartwidget.h"
#include "app/charts/chartwindow.h"
#include "core/alignedmeasure.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>

using namespace cairn;
using namespace cairn::test;

namespace {

// The two sample school plans, copied into a folder of `dir`.
QString sampleFolder(const QTemporaryDir &dir)
{
    const QString folder = dir.filePath(QStringLiteral("schools"));
    REQUIRE(QDir().mkpath(folder));
    for (const char *name : {"paseo-del-sol-elementary-2024-25.json", "cerro-alto-middle-2024-25.json"})
        REQUIRE(QFile::copy(sourcePath(QStringLiteral("resources/samples/") + QLatin1String(name)), folder + QLatin1Char('/') + QLatin1String(name)));
    return folder;
}

int matrixRow(const QTableWidget *matrix, const QString &code)
{
    for (int row = 0; row < matrix->rowCount(); ++row)
        if (matrix->item(row, 0)->text().trimmed().startsWith(code + QStringLiteral("  ")))
            return row;
    FAIL("no row " << code.toStdString());
    return -1;
}

QTreeWidgetItem *issueGroup(const QTreeWidget *tree, const QString &start)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(start))
            return tree->topLevelItem(i);
    FAIL("no group " << start.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("the Alignment tab shows how the school plans support the district plan and how to fix what does not", "[alignment]")
{
    Window w;
    QTest::keyClick(&w.window, Qt::Key_7, Qt::ControlModifier);
    auto *view = w.find<AlignmentView>("alignment");
    REQUIRE(w.workspace()->tabs()->currentWidget() == view);
    auto *summary = w.find<QLabel>("alignmentSummary");
    CHECK(summary->text().startsWith(QStringLiteral("No school plans yet.")));
    CHECK(view->matrix()->rowCount() == 0);

    const QString folder = sampleFolder(w.dir);
    view->addSchoolPlans({folder});
    CHECK(summary->text().contains(QStringLiteral("School plans aligned to this plan: 2 · school year 2024-25")));
    CHECK(summary->text().contains(QStringLiteral("district objectives no school supports: 6 of 12")));

    // The matrix: district goals and objectives × schools, count and status word with its shape.
    QTableWidget *matrix = view->matrix();
    REQUIRE(matrix->columnCount() == 3);
    CHECK(matrix->horizontalHeaderItem(1)->text() == QStringLiteral("Cerro Alto Middle School"));
    CHECK(matrix->horizontalHeaderItem(2)->text() == QStringLiteral("Paseo del Sol Elementary School"));
    CHECK(matrix->rowCount() == 16);
    const int o11 = matrixRow(matrix, QStringLiteral("1.1"));
    CHECK(matrix->item(o11, 2)->text() == QStringLiteral("7 · On track"));
    CHECK(matrix->item(o11, 1)->text() == QStringLiteral("4 · At risk"));
    CHECK_FALSE(matrix->item(o11, 2)->icon().isNull());
    CHECK(matrix->item(o11, 2)->toolTip().contains(QStringLiteral("G1.1-M2 Campus accountability rating — On track")));
    CHECK(matrix->item(matrixRow(matrix, QStringLiteral("2.1")), 1)->text() == QStringLiteral("none"));

    // What to fix, each row saying how.
    QTreeWidget *issues = view->issues();
    CHECK(issueGroup(issues, QStringLiteral("District objectives no school supports"))->childCount() == 6);
    QTreeWidgetItem *unaligned = issueGroup(issues, QStringLiteral("School goals and objectives that support nothing (2)"));
    CHECK(unaligned->child(0)->text(AlignmentView::IssueItemColumn) == QStringLiteral("Objective G3.2  Start a student-run morning broadcast"));
    CHECK(unaligned->child(0)->text(AlignmentView::IssueFixColumn).startsWith(QStringLiteral("Open the school plan (Enter)")));
    QTreeWidgetItem *broken = issueGroup(issues, QStringLiteral("Links to codes the district plan does not have (2)"));
    QTreeWidgetItem *renumbered = broken->child(1);
    CHECK(renumbered->text(AlignmentView::IssueSchoolColumn) == QStringLiteral("Paseo del Sol Elementary School"));
    CHECK(renumbered->text(AlignmentView::IssueFixColumn).contains(QStringLiteral("Supports 1.4, which the district plan does not have: did you mean 1.3")));

    // Enter on a school item's row opens its school plan (a JSON plan: the
    // message says where it is); on a district objective, opens it here.
    const QString paseo = QDir(folder).absoluteFilePath(QStringLiteral("paseo-del-sol-elementary-2024-25.json"));
    QSignalSpy opened(view, &AlignmentView::schoolPlanChosen);
    issues->setFocus();
    issues->setCurrentItem(renumbered);
    {
        QuestionAnswerer answer(QStringLiteral("OK"));
        QTest::keyClick(issues, Qt::Key_Return);
        REQUIRE(answer.asked.size() == 1);
        CHECK(answer.asked[0].contains(QStringLiteral("The school plan is the file %1.").arg(paseo)));
    }
    REQUIRE(opened.size() == 1);
    CHECK(opened[0][0].toString() == paseo);
    // The chosen row's fix in full, with its file, under the list.
    CHECK(view->fix()->text().contains(QStringLiteral("did you mean 1.3")));
    CHECK(view->fix()->text().endsWith(paseo));
    issues->setCurrentItem(issueGroup(issues, QStringLiteral("District objectives no school supports"))->child(0));
    QTest::keyClick(issues, Qt::Key_Return);
    CHECK(w.workspace()->tabs()->currentIndex() == int(Workspace::Tab::Plan));
    CHECK(w.find<QWidget>("objectivePane")->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->text() == QStringLiteral("2.1"));

    // A district measure beside the school measures that support it.
    w.workspace()->showTab(Workspace::Tab::Alignment);
    QComboBox *choice = view->measures()->choice();
    const int rating = choice->findData(QStringLiteral("1.1-L1"));
    REQUIRE(rating >= 0);
    choice->setFocus();
    choice->setCurrentIndex(rating);
    QTableWidget *values = view->measures()->table();
    REQUIRE(values->columnCount() == 5);
    CHECK(values->horizontalHeaderItem(3)->text() == QStringLiteral("Cerro Alto Middle School\nG1.1-M2 Campus accountability rating"));
    REQUIRE(values->rowCount() == 5);
    CHECK(values->item(2, 0)->text() == QStringLiteral("2024-25"));
    CHECK(values->item(2, 2)->text() == QStringLiteral("89"));
    CHECK(values->item(2, 3)->text() == QStringLiteral("77"));
    CHECK(values->item(2, 4)->text() == QStringLiteral("85"));

    // Every control has a name and takes the keyboard.
    for (QWidget *control : std::initializer_list<QWidget *>{w.find<QPushButton>("addSchoolPlans"), w.find<QPushButton>("addSchoolFolder"),
                                                              w.find<QPushButton>("removeSchoolPlans"), matrix, issues, choice, values}) {
        CHECK_FALSE(control->accessibleName().isEmpty());
        CHECK(control->focusPolicy() & Qt::TabFocus);
    }
    CHECK_FALSE(view->fix()->accessibleName().isEmpty());

    // The plans are remembered for this district plan: opened again, they are there.
    CHECK(SchoolPlans::remembered(w.document()->plan().uuid).size() == 2);
    REQUIRE(w.window.openPlan(w.path));
    w.workspace()->showTab(Workspace::Tab::Alignment);
    CHECK(w.workspace()->alignment()->matrix()->columnCount() == 3);
    w.workspace()->alignment()->removeAllSchoolPlans();
    CHECK(SchoolPlans::remembered(w.document()->plan().uuid).isEmpty());
    CHECK(w.workspace()->alignment()->matrix()->rowCount() == 0);
}

TEST_CASE("a district measure's chart beside small charts of the school measures that support it, on one scale", "[alignment][charts]")
{
    Window w;
    w.workspace()->showTab(Workspace::Tab::Alignment);
    auto *view = w.find<AlignmentView>("alignment");
    view->addSchoolPlans({sampleFolder(w.dir)});
    MeasureComparisonView *measures = view->measures();
    QComboBox *choice = measures->choice();

    // The campus rating: the district's and two schools', all scores.
    choice->setCurrentIndex(choice->findData(QStringLiteral("1.1-L1")));
    const std::vector<ChartWidget *> &charts = measures->charts();
    REQUIRE(charts.size() == 3);
    CHECK(charts[0]->accessibleName() == QStringLiteral("Chart of the district measure 1.1-L1 ")
                                             + AlignedMeasure::districtMeasure(w.document()->plan(), QStringLiteral("1.1-L1"))->name);
    CHECK(charts[1]->accessibleName() == QStringLiteral("Chart of Cerro Alto Middle School's measure G1.1-M2 Campus accountability rating"));
    CHECK(charts[2]->accessibleName() == QStringLiteral("Chart of Paseo del Sol Elementary School's measure G1.1-M2 Campus accountability rating"));
    // Each says its data in words: the year's value and its status.
    CHECK(charts[1]->accessibleDescription().contains(QStringLiteral("2024-25: 77")));
    CHECK(charts[2]->accessibleDescription().contains(QStringLiteral("2024-25: 85")));
    CHECK(charts[2]->accessibleDescription().contains(QStringLiteral("On track")));
    CHECK(charts[0]->figure().main.title == QStringLiteral("District"));
    CHECK(charts[2]->figure().main.title == QStringLiteral("Paseo del Sol Elementary School"));
    // One span of years and one value axis, so they can be read side by side.
    for (const ChartWidget *chart : charts) {
        CHECK(chart->figure().main.years == charts[0]->figure().main.years);
        CHECK(chart->figure().main.axis.min == charts[0]->figure().main.axis.min);
        CHECK(chart->figure().main.axis.max == charts[0]->figure().main.axis.max);
        CHECK(chart->focusPolicy() & Qt::TabFocus);
        CHECK(chart->isVisibleTo(view));
    }
    CHECK(measures->scaleNote()->text().contains(QStringLiteral("one value scale")));

    // Another measure: one school's chart beside the district's; Tab reaches it.
    choice->setCurrentIndex(choice->findData(QStringLiteral("2.3-L1")));
    REQUIRE(measures->charts().size() == 2);
    CHECK(measures->charts()[1]->accessibleName().startsWith(QStringLiteral("Chart of Paseo del Sol Elementary School's measure G3.2-M1")));
    w.window.show();
    measures->table()->setFocus();
    bool reached = false;
    for (int i = 0; i < 40 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = QApplication::focusWidget() == measures->charts()[0];
    }
    CHECK(reached);
    // Enter shows it full screen for the committee's projector; Esc closes it.
    QTest::keyClick(measures->charts()[0], Qt::Key_Return);
    auto *enlarged = measures->findChild<ChartWindow *>(QStringLiteral("chartWindow"));
    REQUIRE(enlarged);
    CHECK(enlarged->chart()->accessibleName() == measures->charts()[0]->accessibleName());
    CHECK(enlarged->chart()->figure().main.years == measures->charts()[0]->figure().main.years);
    enlarged->close();
    view->removeAllSchoolPlans();
    CHECK(measures->charts().empty());
}
