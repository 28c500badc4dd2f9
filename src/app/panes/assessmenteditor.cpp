#include "assessmenteditor.h"

#include "app/outline/statusicons.h"
#include "core/statusrules.h"
#include "core/statustext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace cairn {

AssessmentEditor::AssessmentEditor(QWidget *parent)
    : QGroupBox(parent)
    , m_status(new QComboBox(this))
    , m_rationale(new QLineEdit(this))
{
    setObjectName(QStringLiteral("assessment"));
    m_status->setObjectName(QStringLiteral("assessmentStatus"));
    m_status->setAccessibleName(tr("Manual status"));
    m_rationale->setObjectName(QStringLiteral("assessmentRationale"));
    m_rationale->setAccessibleName(tr("Reason for the manual status"));
    m_rationale->setPlaceholderText(tr("Why the committee judges it so"));
    m_status->addItem(tr("Computed by the status rules"), QString());
    for (Status status : {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::Complete, Status::NotStarted, Status::NoData})
        m_status->addItem(StatusIcons::icon(status), StatusText::word(status), toToken(status));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("St&atus:"), m_status);
    layout->addRow(tr("Reaso&n:"), m_rationale);
    connect(m_status, &QComboBox::activated, this, &AssessmentEditor::edited);
    connect(m_rationale, &QLineEdit::editingFinished, this, [this] {
        if (!m_status->currentData().toString().isEmpty())
            emit edited();
    });
}

void AssessmentEditor::setAssessments(const std::vector<Assessment> &assessments, SchoolYear year)
{
    m_assessments = assessments;
    m_year = year;
    setTitle(tr("Manual assessment for %1").arg(year.label()));
    const Assessment *current = StatusRules::assessmentFor(assessments, year);
    const QSignalBlocker blocker(m_status);
    m_status->setCurrentIndex(current ? m_status->findData(toToken(current->status)) : 0);
    if (!m_rationale->hasFocus())
        m_rationale->setText(current ? current->rationale : QString());
    m_rationale->setEnabled(current != nullptr);
}

std::vector<Assessment> AssessmentEditor::assessments(const QString &who) const
{
    std::vector<Assessment> result;
    for (const Assessment &assessment : m_assessments) {
        if (assessment.year != m_year)
            result.push_back(assessment);
    }
    const auto status = parseToken<Status>(m_status->currentData().toString());
    if (status) {
        const Assessment *current = StatusRules::assessmentFor(m_assessments, m_year);
        Assessment assessment{m_year, *status, m_rationale->text().trimmed(), who, {}};
        if (current && current->status == assessment.status && current->rationale == assessment.rationale)
            assessment = *current; // unchanged: keep who and when
        else
            assessment.when = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        result.push_back(assessment);
        std::sort(result.begin(), result.end(), [](const Assessment &a, const Assessment &b) { return a.year < b.year; });
    }
    return result;
}

void AssessmentEditor::setReadOnly(bool readOnly)
{
    m_status->setEnabled(!readOnly);
    m_rationale->setReadOnly(readOnly);
}

} // namespace cairn
