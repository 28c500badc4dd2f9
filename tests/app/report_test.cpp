#include "windowfixture.h"

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
