#pragma once

#include "core/plan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cairn {

// A district measure chosen from those school measures support, and a table
// of its values year by year beside each supporting school measure's.
class MeasureComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureComparisonView(QWidget *parent = nullptr);

    QComboBox *choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }
    // Offers the district measures that school measures support, keeping
    // the one chosen when it is still there.
    void setPlans(const Plan &district, std::vector<Plan> schools);

private:
    void fillTable();

    QLabel *m_label;
    QComboBox *m_choice;
    QTableWidget *m_table;
    Plan m_district;
    std::vector<Plan> m_schools;
};

} // namespace cairn
