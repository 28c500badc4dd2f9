#include "measurecomparisonview.h"

#include "core/alignedmeasure.h"
#include "core/planwalk.h"
#include "report/valuetext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cairn {

namespace {

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

    auto *top = new QHBoxLayout;
    top->addWidget(m_label);
    top->addWidget(m_choice, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &MeasureComparisonView::fillTable);
}

void MeasureComparisonView::setPlans(const Plan &district, std::vector<Plan> schools)
{
    m_district = district;
    m_schools = std::move(schools);
    QSet<QString> supported;
    for (const Plan &school : m_schools) {
        forEachItem(school, [&supported](const ItemView &item) {
            if (item.measure)
                for (const QString &code : item.measure->supports)
                    supported.insert(code);
        });
    }
    const QString chosen = m_choice->currentData().toString();
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    forEachItem(m_district, [this, &supported](const ItemView &item) {
        if (item.kind == ItemKind::Measure && supported.contains(item.code))
            m_choice->addItem(item.code + QStringLiteral("  ") + item.title, item.code);
    });
    m_choice->setEnabled(m_choice->count() > 0);
    if (m_choice->count() == 0)
        m_choice->addItem(tr("No school measure supports a district measure yet"));
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(chosen)));
    fillTable();
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

} // namespace cairn
