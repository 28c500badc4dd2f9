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
// groups are protected (the plan's rule unless changed here), the report's
// language and, for a district plan, whether the school plans of its
// Alignment tab add a School plans section. Remembers the choices that are
// not about one plan (paper, what to include, the language).
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportOptionsDialog(const PlanDocument &document, const QString &okText, QWidget *parent = nullptr);
    ~ReportOptionsDialog() override;

    ReportOptions options() const;
    void accept() override;

private:
    // The Alignment tab's school plans when they are to be included, each
    // checked to align to this plan; nothing, with `problem` set, when one
    // cannot be read or aligns elsewhere.
    std::optional<std::vector<Plan>> schoolPlans(QString *problem) const;

    std::unique_ptr<Ui::ReportOptionsDialog> m_ui;
    Plan m_plan;       // for the school plans' check
    QStringList m_schoolPaths;
    QDate m_asOf;
    SuppressionPicker *m_suppression;
};

} // namespace cairn
