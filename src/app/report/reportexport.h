#pragma once

#include "report/reportoptions.h"

#include <QCoreApplication>

class QWidget;
class QPrintPreviewDialog;

namespace cairn {

class PlanDocument;

// The board report from the app: written to a PDF with a progress dialog
// that can cancel, or shown in a print preview.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ReportExport)

public:
    // Writes the report; tells the user what went wrong. True when written.
    static bool writePdf(QWidget *parent, const PlanDocument &document, const ReportOptions &options, const QString &path);
    // A print preview of the same pages; the caller shows it.
    static QPrintPreviewDialog *preview(QWidget *parent, const PlanDocument &document, const ReportOptions &options);
};

} // namespace cairn
