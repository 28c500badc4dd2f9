#include "measurecomparisonview.h"

#include "app/charts/chartwidget.h"
#include "app/charts/chartwindow.h"
#include "core/alignedmeasure.h"
#include "core/alignment.h"
#include "report/valuetext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cairn {

namespace {

constexpr int ChartColumns = 3;

QString valueIn(const MeasureSeries &series, const std::map<SchoolYear, double> &values, SchoolYear year)
{
    const auto found = values.find(year);
    return found == values.end() ? QString() : ValueText::format({series.unit, series.customUnit, series.decimals}, found->second);
}

} // namespace

MeasureComparisonView::MeasureComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("District &measure:"), this))
    , m_choice(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_scaleNote(new QLabel(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("alignedMeasures"));
    m_choice->setObjectName(QStringLiteral("alignedMeasureChoice"));
    m_choice->setAccessibleName(tr("District measure to compare with school measures"));
    m_label->setBuddy(m_choice);
    m_table->setObjectName(QStringLiteral("alignedMeasureValues"));
    m_table->setAccessibleName(tr("District and school values by year"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);

    m_scaleNote->setObjectName(QStringLiteral("alignedMeasureScale"));
    m_scaleNote->setWordWrap(true);

    auto *charts = new QWidget;
    charts->setObjectName(QStringLiteral("alignedMeasureCharts"));
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addLayout(m_grid);
    chartsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("alignedMeasureChartsArea"));
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The charts take Tab themselves; the area around them does not.
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *top = new QHBoxLayout;
    top->addWidget(m_label);
    top->addWidget(m_choice, 1);
    // The note stays outside the scrolled charts: a wrapped label in them
    // would have them laid out at their preferred height, not the room there is.
    auto *chartsColumn = new QVBoxLayout;
    chartsColumn->addWidget(m_scaleNote);
    chartsColumn->addWidget(scroll, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(chartsColumn, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &MeasureComparisonView::fillTable);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &MeasureComparisonView::fillCharts);
}

void MeasureComparisonView::setPlans(const Plan &district, std::vector<Plan> schools, SchoolYear year, QDate asOf)
{
    m_district = district;
    m_schools = std::move(schools);
    m_year = year;
    m_asOf = asOf;
    const QString chosen = m_choice->currentData().toString();
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    for (const QString &code : AlignedMeasure::supported(m_district, m_schools))
        m_choice->addItem(code + QStringLiteral("  ") + AlignedMeasure::districtMeasure(m_district, code)->name, code);
    m_choice->setEnabled(m_choice->count() > 0);
    if (m_choice->count() == 0)
        m_choice->addItem(tr("No school measure supports a district measure yet"));
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(chosen)));
    fillTable();
    fillCharts();
}

void MeasureComparisonView::fillTable()
{
    m_table->clear();
    const auto compared = AlignedMeasure::of(m_district, m_schools, m_choice->currentData().toString());
    if (!compared) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        return;
    }
    QStringList headers{tr("School year"), tr("District target"), tr("District actual")};
    for (const MeasureSeries &series : compared->schools)
        headers.append(tr("%1\n%2 %3").arg(series.school, series.code, series.name));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(compared->years.size()));
    for (int row = 0; row < int(compared->years.size()); ++row) {
        const SchoolYear year = compared->years[std::size_t(row)];
        QStringList cells{year.label(), valueIn(compared->district, compared->district.targets, year),
                          valueIn(compared->district, compared->district.actuals, year)};
        for (const MeasureSeries &series : compared->schools)
            cells.append(valueIn(series, series.actuals, year));
        for (int column = 0; column < int(cells.size()); ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
    }
}

void MeasureComparisonView::fillCharts()
{
    for (ChartWidget *chart : m_charts)
        delete chart;
    m_charts.clear();
    const QString code = m_choice->currentData().toString();
    const Measure *measure = AlignedMeasure::districtMeasure(m_district, code);
    if (!measure) {
        m_scaleNote->clear();
        return;
    }
    std::vector<AnnualChart> charts{AnnualChartBuilder::build(m_district, *measure, m_year, m_asOf)};
    std::vector<QString> schools{QString()};
    std::vector<QString> names{measure->name};
    // The measure is named in the choice above: each chart's title says whose it is.
    charts.front().title = tr("District");
    for (const SupportingMeasure &support : AlignedMeasure::supporting(m_district, m_schools, code)) {
        const QString school = Alignment::schoolName(*support.school);
        charts.push_back(AnnualChartBuilder::build(*support.school, *support.measure, m_year, m_asOf));
        charts.back().title = school;
        schools.push_back(school);
        names.push_back(support.measure->name);
    }
    const bool shared = AnnualChartBuilder::shareAxes(charts);
    m_scaleNote->setText(shared ? tr("The charts share one span of years and one value scale.")
                                : tr("The charts share one span of years; their units differ, so each has its own value scale."));
    QWidget *previous = m_table; // Tab goes from the table to the charts, in order
    for (std::size_t i = 0; i < charts.size(); ++i) {
        auto *chart = new ChartWidget;
        chart->setObjectName(QStringLiteral("alignedMeasureChart%1").arg(i));
        // Smaller than a measure's own chart, so that three fit beside the table.
        chart->setMinimumSize(200, 190);
        const QString name = schools[i].isEmpty() ? tr("Chart of the district measure %1 %2").arg(charts[i].code, names[i])
                                                  : tr("Chart of %1's measure %2 %3").arg(schools[i], charts[i].code, names[i]);
        chart->showChart(charts[i], name);
        connect(chart, &ChartWidget::enlargeRequested, this, [this, chart, name] {
            auto *window = new ChartWindow(chart->figure().main, name, this);
            window->showOnScreen(screen()->geometry());
        });
        m_grid->addWidget(chart, int(i) / ChartColumns, int(i) % ChartColumns);
        chart->show(); // a child added to a shown widget is shown only when asked
        m_charts.push_back(chart);
        setTabOrder(previous, chart);
        previous = chart;
    }
}

} // namespace cairn
