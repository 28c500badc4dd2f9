#include "windowfixture.h"

#include "app/alignment/schoolplans.h"
#include "app/report/reportexport.h"
#include "app/report/reportoptionsdialog.h"
#include "report/boardreport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>

using namespace cairn;
using namespace cairn::test;

TEST_CASE("the report options dialog starts from the year under review and all goals", "[app][gui][report]")
{
    Window w;
    ReportOptionsDialog dialog(*w.document(), QStringLiteral("Export…"));
    ReportOptions options = dialog.options();
    CHECK(options.year == SchoolYear(2024));
    CHECK(options.goals.isEmpty()); // all of them
    CHECK(options.charts);
    CHECK(options.recommendations);

    auto *goals = dialog.findChild<QListWidget *>(QStringLiteral("goalList"));
    REQUIRE(goals->count() == 4);
    CHECK(goals->item(0)->text() == QStringLiteral("P1  Students"));
    goals->item(1)->setCheckState(Qt::Unchecked);
    dialog.findChild<QCheckBox *>(QStringLiteral("chartsCheck"))->setChecked(false);
    auto *year = dialog.findChild<QComboBox *>(QStringLiteral("yearCombo"));
    year->setCurrentIndex(year->findData(2023));
    options = dialog.options();
    CHECK(options.goals == QStringList{QStringLiteral("P1"), QStringLiteral("P3"), QStringLiteral("P4")});
    CHECK_FALSE(options.charts);
    CHECK(options.year == SchoolYear(2023));

    for (int row = 0; row < goals->count(); ++row)
        goals->item(row)->setCheckState(Qt::Unchecked);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("at least one goal")));
}

TEST_CASE("the app writes the board report and previews the same pages", "[app][gui][report]")
{
    Window w;
    const QAction *exportAction = nullptr;
    const QAction *previewAction = nullptr;
    for (const QAction *action : w.window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Export Re&port (PDF)…"))
            exportAction = action;
        if (action->text() == QStringLiteral("Print Previe&w…"))
            previewAction = action;
    }
    REQUIRE(exportAction);
    REQUIRE(previewAction);
    CHECK(exportAction->isEnabled());
    CHECK(previewAction->shortcut() == QKeySequence(QKeySequence::Print));

    ReportOptions options;
    options.year = SchoolYear(2024);
    options.asOf = QDate(2025, 6, 30);
    options.reportDate = QDate(2025, 11, 3);
    const QString pdf = w.dir.filePath(QStringLiteral("board.pdf"));
    REQUIRE(ReportExport::writePdf(&w.window, *w.document(), options, pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Progress Report — School Year 2024-25")));

    QPrintPreviewDialog *preview = ReportExport::preview(&w.window, *w.document(), options);
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(pages);
    pages->updatePreview();
    CHECK(pages->pageCount() == BoardReport(w.document()->plan(), options).pageCount());
    preview->close();
}

TEST_CASE("the report options dialog includes the Alignment tab's school plans when asked, and refuses one aligned elsewhere",
          "[app][gui][report][schools]")
{
    Window w;
    const QString uuid = w.document()->plan().uuid;
    {
        ReportOptionsDialog dialog(*w.document(), QStringLiteral("Export…"));
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("schoolsCheck"));
        CHECK_FALSE(check->isEnabled());
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("schoolsNote"))->text().contains(QStringLiteral("Alignment tab (Ctrl+7)")));
        CHECK(dialog.options().schools.empty());
    }
    const QString paseo = elementarySample();
    const QString cerro = middleSample();
    SchoolPlans::remember(uuid, {paseo, cerro});
    {
        ReportOptionsDialog dialog(*w.document(), QStringLiteral("Export…"));
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("schoolsCheck"));
        REQUIRE(check->isEnabled());
        CHECK_FALSE(check->accessibleName().isEmpty());
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("schoolsNote"))->text().contains(QStringLiteral("paseo-del-sol-elementary-2024-25.json")));
        check->setChecked(false);
        CHECK(dialog.options().schools.empty());
        check->setChecked(true);
        const ReportOptions options = dialog.options();
        REQUIRE(options.schools.size() == 2);
        CHECK(options.schools[1].unit == QStringLiteral("Cerro Alto Middle School"));
        CHECK(BoardReport(w.document()->plan(), options).sections().contains(QStringLiteral("schools")));
    }
    // A plan of another district: the dialog says which and what to do, and stays open.
    QByteArray text = readAll(cerro);
    text.replace(uuid.toUtf8(), "11111111-2222-4333-8444-555555555555");
    const QString other = w.dir.filePath(QStringLiteral("other.json"));
    writeAll(other, text);
    SchoolPlans::remember(uuid, {paseo, other});
    {
        ReportOptionsDialog dialog(*w.document(), QStringLiteral("Export…"));
        dialog.findChild<QCheckBox *>(QStringLiteral("schoolsCheck"))->setChecked(true);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        const QString message = dialog.findChild<QLabel *>(QStringLiteral("message"))->text();
        CHECK(message.contains(QStringLiteral("other.json (Cerro Alto Middle School) aligns to the plan")));
        CHECK(message.contains(QStringLiteral("Remove it in the Alignment tab, or leave the school plans out.")));
    }
    SchoolPlans::remember(uuid, {});
}
