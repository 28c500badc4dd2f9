#pragma once

#include "pane.h"

#include <memory>

namespace Ui {
class PlanPane;
}

namespace cairn {

class ListEditor;
class SuppressionPicker;

// The plan's own fields: organization, title, years, mission, vision,
// theory of action, its kind, and for a school or department plan its unit
// and the district plan it aligns to; how small student groups are
// protected in what is published; core values, profile attributes,
// sections and people.
class PlanPane : public Pane
{
    Q_OBJECT

public:
    explicit PlanPane(PlanDocument *document, QWidget *parent = nullptr);
    ~PlanPane() override;
    void showItem(qint64 id) override;
    void refresh() override;
    void focusFirstField();

protected:
    void commit() override;

private:
    void chooseDistrictPlan();

    std::unique_ptr<Ui::PlanPane> m_ui;
    ListEditor *m_values;
    ListEditor *m_attributes;
    ListEditor *m_sections;
    ListEditor *m_people;
    SuppressionPicker *m_suppression;
    QComboBox *m_numbers;
    QLineEdit *m_dataCallDue;
};

} // namespace cairn
