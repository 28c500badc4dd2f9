#pragma once

#include "report/annualchart.h"

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
    // A chart built elsewhere (a school measure's small multiple), as it is.
    ChartWindow(const AnnualChart &chart, const QString &name, QWidget *parent = nullptr);
    // Fills the screen, even where no window manager honours full screen.
    void showOnScreen(const QRect &screen);

    ChartWidget *chart() const { return m_chart; }

private:
    void setUp();
    void rebuild();

    PlanDocument *m_document = nullptr;
    qint64 m_measureId = 0;
    ChartWidget *m_chart;
};

} // namespace cairn
