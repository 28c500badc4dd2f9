#pragma once

#include <QDialog>

namespace cairn {

class ChartWidget;
class PlanDocument;

// One measure's chart filling the screen, for the committee's projector.
// It follows the document as values change; Esc, Enter or F11 closes it.
class ChartWindow : public QDialog
{
    Q_OBJECT

public:
    ChartWindow(PlanDocument *document, qint64 measureId, QWidget *parent = nullptr);

    ChartWidget *chart() const { return m_chart; }

private:
    void rebuild();

    PlanDocument *m_document;
    qint64 m_measureId;
    ChartWidget *m_chart;
};

} // namespace cairn
