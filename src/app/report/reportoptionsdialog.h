#pragma once

#include "report/reportoptions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReportOptionsDialog;
}

namespace cairn {

class PlanDocument;
class SuppressionPicker;

// Chooses what goes into the board report: the school year, the goals,
// charts, actions, recommendations, the paper and how small student
// groups are protected (the plan's rule unless changed here) and the
// report's language. Remembers the choices that are not about one plan
// (paper, what to include, the language).
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportOptionsDialog(const PlanDocument &document, const QString &okText, QWidget *parent = nullptr);
    ~ReportOptionsDialog() override;

    ReportOptions options() const;
    void accept() override;

private:
    std::unique_ptr<Ui::ReportOptionsDialog> m_ui;
    QDate m_asOf;
    SuppressionPicker *m_suppression;
};

} // namespace cairn
