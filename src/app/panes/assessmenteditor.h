#pragma once

#include "core/assessment.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;

namespace cairn {

// The manual status assessment of an item for the school year under review:
// "computed" or a status, with the reason. Emits edited() when changed.
class AssessmentEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit AssessmentEditor(QWidget *parent = nullptr);

    void setAssessments(const std::vector<Assessment> &assessments, SchoolYear year);
    // The item's assessments with this year's replaced, added or removed.
    std::vector<Assessment> assessments(const QString &who) const;
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    QComboBox *m_status;
    QLineEdit *m_rationale;
    std::vector<Assessment> m_assessments;
    SchoolYear m_year;
};

} // namespace cairn
