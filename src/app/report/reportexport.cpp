#include "reportexport.h"

#include "app/document/plandocument.h"
#include "report/boardreport.h"

#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

#include <memory>

namespace cairn {

bool ReportExport::writePdf(QWidget *parent, const PlanDocument &document, const ReportOptions &options, const QString &path)
{
    const BoardReport report(document.plan(), options);
    QProgressDialog progress(tr("Writing the board report…"), tr("Cancel"), 0, report.pageCount(), parent);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    bool cancelled = false;
    const QString problem = report.writePdf(
        path,
        [&progress](int done, int) {
            progress.setValue(done);
            return !progress.wasCanceled();
        },
        &cancelled);
    progress.reset();
    if (problem.isEmpty())
        return true;
    if (!cancelled)
        QMessageBox::warning(parent, tr("Cannot export the report"), problem);
    return false;
}

QPrintPreviewDialog *ReportExport::preview(QWidget *parent, const PlanDocument &document, const ReportOptions &options)
{
    auto report = std::make_shared<BoardReport>(document.plan(), options);
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(report->pageSize());
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setFullPage(true);
    printer->setDocName(document.plan().title);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("reportPreview"));
    dialog->setWindowTitle(tr("Print Preview — %1").arg(document.plan().title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [report](QPrinter *target) { report->render(*target); });
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    return dialog;
}

} // namespace cairn
