#pragma once

#include "pane.h"

#include <memory>

namespace Ui {
class MeasurePane;
}

class QPushButton;

namespace cairn {

class AssessmentEditor;
class SupportsEditor;
class ChartWidget;
class SheetView;
class YearTableModel;

// A measure: its identity, its type's fields (numbers: unit, direction,
// tolerance, baseline and final target, and the year table; milestones:
// dates and evidence) and its manual assessment.
class MeasurePane : public Pane
{
    Q_OBJECT

public:
    explicit MeasurePane(PlanDocument *document, QWidget *parent = nullptr);
    ~MeasurePane() override;
    void showItem(qint64 id) override;
    std::optional<ItemKind> kind() const override { return ItemKind::Measure; }
    void refresh() override;

protected:
    void commit() override;

private:
    void showTypeFields(MeasureType type);
    void fillTargets();
    void enlargeChart();

    std::unique_ptr<Ui::MeasurePane> m_ui;
    YearTableModel *m_years;
    SheetView *m_yearTable;
    QPushButton *m_fillTargets;
    ChartWidget *m_chart;
    QPushButton *m_enlargeChart;
    AssessmentEditor *m_assessment;
    SupportsEditor *m_supports;
};

} // namespace cairn
