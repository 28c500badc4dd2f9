#pragma once

#include "core/plan.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace cairn {

class ChartWidget;

// A district measure chosen from those school measures support, a table of
// its values year by year beside each supporting school measure's, and the
// same as small multiples: one chart each (the annual-target chart of the
// app and the report), on one span of years and, when their units agree,
// one value axis, so that a committee compares them at a glance.
class MeasureComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureComparisonView(QWidget *parent = nullptr);

    QComboBox *choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }
    // The small charts: the district's first, then each school's.
    const std::vector<ChartWidget *> &charts() const { return m_charts; }
    QLabel *scaleNote() const { return m_scaleNote; }
    // Offers the district measures that school measures support, keeping
    // the one chosen when it is still there; statuses are judged for `year`.
    void setPlans(const Plan &district, std::vector<Plan> schools, SchoolYear year, QDate asOf);

private:
    void fillTable();
    void fillCharts();

    QLabel *m_label;
    QComboBox *m_choice;
    QTableWidget *m_table;
    QLabel *m_scaleNote; // whether the charts share one value axis
    QGridLayout *m_grid;
    std::vector<ChartWidget *> m_charts;
    Plan m_district;
    std::vector<Plan> m_schools;
    SchoolYear m_year;
    QDate m_asOf;
};

} // namespace cairn
