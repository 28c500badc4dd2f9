#include "chartwindow.h"

#include "chartwidget.h"

#include "app/document/plandocument.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cairn {

ChartWindow::ChartWindow(PlanDocument *document, qint64 measureId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_measureId(measureId)
    , m_chart(new ChartWidget(this))
{
    setUp();
    connect(document, &PlanDocument::statusesChanged, this, &ChartWindow::rebuild);
    connect(document, &PlanDocument::reloaded, this, &ChartWindow::rebuild);
    rebuild();
}

ChartWindow::ChartWindow(const AnnualChart &chart, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_chart(new ChartWidget(this))
{
    setUp();
    m_chart->showChart(chart, name);
    setWindowTitle(name);
}

void ChartWindow::setUp()
{
    setObjectName(QStringLiteral("chartWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Chart"));
    m_chart->setObjectName(QStringLiteral("enlargedChart"));
    // About 1/36 of the screen's height: readable from the back of a room.
    m_chart->setTextShare(1.0 / 36);
    auto *hint = new QLabel(tr("Esc closes the chart."), this);
    hint->setAlignment(Qt::AlignRight);
    hint->setStyleSheet(QStringLiteral("color: #616161; background: white; padding: 4px 12px;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(hint);
    connect(m_chart, &ChartWidget::enlargeRequested, this, &QDialog::close);
    m_chart->setFocus();
}

void ChartWindow::showOnScreen(const QRect &screen)
{
    setGeometry(screen);
    showFullScreen();
}

void ChartWindow::rebuild()
{
    if (!m_document->find(ItemKind::Measure, m_measureId)) {
        close();
        return;
    }
    m_chart->showMeasure(*m_document, m_measureId);
    setWindowTitle(tr("Chart of %1").arg(m_chart->figure().main.code));
}

} // namespace cairn
