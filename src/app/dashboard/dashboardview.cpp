#include "dashboardview.h"

#include "attentionmodel.h"
#include "goalcard.h"
#include "goalsummarymodel.h"
#include "textstyle.h"
#include "heatmapmodel.h"
#include "statusbar.h"

#include "app/document/plandocument.h"
#include "core/coveragetext.h"
#include "core/statustext.h"
#include "report/statusshape.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cairn {

namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    emphasize(label, 1.25, true);
    return label;
}

// A table as tall as its rows, up to `maxRows`; beyond that it scrolls.
void fitHeight(QTableView *view, int maxRows)
{
    const int rows = view->model()->rowCount();
    view->setVerticalScrollBarPolicy(rows > maxRows ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    view->setFixedHeight(view->horizontalHeader()->height() + 2 * view->frameWidth() + 2
                         + std::min(rows, maxRows) * view->verticalHeader()->defaultSectionSize());
}

QTableView *tableView(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Columns fit the first rows' contents, not every row of a large plan.
    view->horizontalHeader()->setResizeContentsPrecision(60);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString legend()
{
    QStringList entries;
    for (Status status : {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::Complete, Status::NoData, Status::NotYetDue})
        entries.append(StatusText::symbol(status) + QLatin1Char(' ') + StatusText::word(status));
    return entries.join(QStringLiteral("    "));
}

} // namespace

DashboardView::DashboardView(PlanDocument *document, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_goals(new GoalSummaryModel(this))
    , m_heatMap(new HeatMapModel(this))
    , m_attention(new AttentionModel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(18, 14, 18, 18);
    layout->setSpacing(10);

    m_organization = new QLabel(page);
    setTextColor(m_organization, QColor(0x61, 0x61, 0x61));
    m_title = new QLabel(page);
    m_title->setWordWrap(true);
    emphasize(m_title, 1.6, true);
    layout->addWidget(m_organization);
    layout->addWidget(m_title);

    auto *summary = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("School &year under review:"), page);
    m_year = new QComboBox(page);
    m_year->setObjectName(QStringLiteral("dashboardYear"));
    m_year->setAccessibleName(tr("School year under review"));
    yearLabel->setBuddy(m_year);
    m_planStatus = new QLabel(page);
    m_planStatus->setObjectName(QStringLiteral("planStatus"));
    emphasize(m_planStatus, 1.4, true);
    m_planProgress = new QProgressBar(page);
    m_planProgress->setObjectName(QStringLiteral("planProgress"));
    m_planProgress->setAccessibleName(tr("Progress of the plan"));
    m_planProgress->setRange(0, 100);
    m_planProgress->setMinimumWidth(280);
    // The sentence goes under the bar, not in it: where the fill covers
    // part of it, it would read as two colours (and in a projector's light
    // as selected text).
    m_planProgress->setTextVisible(false);
    m_planProgressText = new QLabel(page);
    m_planProgressText->setObjectName(QStringLiteral("planProgressText"));
    m_planProgressText->setWordWrap(true);
    summary->addWidget(yearLabel);
    summary->addWidget(m_year);
    summary->addStretch();
    layout->addLayout(summary);
    // The plan's status on a line of its own: with its coverage it is long,
    // and longer still on a projector.
    auto *planLine = new QHBoxLayout;
    planLine->addWidget(m_planStatus);
    planLine->addSpacing(24);
    auto *progress = new QVBoxLayout;
    progress->setSpacing(2);
    progress->addWidget(m_planProgress);
    progress->addWidget(m_planProgressText);
    planLine->addLayout(progress, 1);
    layout->addLayout(planLine);

    m_planBar = new StatusBar(page);
    m_planBar->setAccessibleName(tr("The plan's measures and actions by status"));
    m_planCounts = new QLabel(page);
    m_planCounts->setObjectName(QStringLiteral("planCounts"));
    m_planCounts->setWordWrap(true);
    layout->addWidget(m_planBar);
    layout->addWidget(m_planCounts);

    m_cards = new QGridLayout;
    m_cards->setSpacing(12);
    layout->addSpacing(6);
    layout->addLayout(m_cards);

    layout->addSpacing(8);
    layout->addWidget(sectionHeading(tr("Objectives by school year"), page));
    m_heatMapView = tableView(QStringLiteral("heatMap"), tr("Status of each objective in each school year"), page);
    m_heatMapView->setModel(m_heatMap);
    m_heatMapView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_heatMapView->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_heatMapView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_heatMapView);
    auto *legendLabel = new QLabel(legend(), page);
    setTextColor(legendLabel, QColor(0x61, 0x61, 0x61));
    legendLabel->setAccessibleName(tr("Legend"));
    layout->addWidget(legendLabel);

    layout->addSpacing(8);
    m_attentionHeading = sectionHeading(QString(), page);
    layout->addWidget(m_attentionHeading);
    m_attentionView = tableView(QStringLiteral("attention"), tr("Needs attention"), page);
    m_attentionView->setModel(m_attention);
    m_attentionView->verticalHeader()->hide();
    m_attentionView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_attentionView);
    layout->addStretch();
    setWidget(page);
    setTextScale(QSettings().value(QStringLiteral("dashboard/textScale"), 1.0).toDouble());

    connect(m_year, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_document->setStatusYear(SchoolYear(m_year->itemData(index).toInt()));
    });
    auto chooseAttention = [this](const QModelIndex &index) {
        if (index.isValid())
            emit itemChosen(ItemKind(index.data(AttentionModel::KindRole).toInt()), index.data(AttentionModel::IdRole).toLongLong());
    };
    connect(m_attentionView, &QTableView::clicked, this, chooseAttention);
    connect(m_attentionView, &QTableView::activated, this, chooseAttention);
    auto chooseObjective = [this](const QModelIndex &index) {
        if (index.isValid())
            emit itemChosen(ItemKind::Objective, index.data(HeatMapModel::IdRole).toLongLong());
    };
    connect(m_heatMapView, &QTableView::activated, this, chooseObjective);
    connect(m_heatMapView, &QTableView::doubleClicked, this, chooseObjective);
    connect(document, &PlanDocument::statusesChanged, this, &DashboardView::refresh);
    connect(document, &PlanDocument::reloaded, this, &DashboardView::refresh);
    refresh();
}

void DashboardView::setTextScale(double scale)
{
    m_textScale = std::clamp(scale, MinTextScale, MaxTextScale);
    QSettings().setValue(QStringLiteral("dashboard/textScale"), m_textScale);
    QFont base = QApplication::font();
    base.setPointSizeF(base.pointSizeF() * m_textScale);
    // Latin text needs no complex shaping; skipping it makes repainting the
    // whole page after an edit markedly cheaper.
    base.setStyleStrategy(QFont::PreferNoShaping);
    applyTextSize(widget(), base);
    const int rowHeight = QFontMetrics(base).height() + 12;
    const int icon = QFontMetrics(base).height();
    for (QTableView *view : {m_heatMapView, m_attentionView}) {
        view->verticalHeader()->setDefaultSectionSize(rowHeight);
        view->setIconSize(QSize(icon, icon));
    }
    m_planBar->setFixedHeight(rowHeight + 6);
    refresh();
}

void DashboardView::fillYears()
{
    const Plan &plan = m_document->plan();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (SchoolYear year = plan.firstYear; year.isValid() && year <= plan.lastYear; year = year.next())
        m_year->addItem(year == plan.reportYear ? tr("%1 (report year)").arg(year.label()) : year.label(), year.start());
    m_year->setCurrentIndex(m_year->findData(m_document->statusYear().start()));
}

void DashboardView::refresh()
{
    // Hidden behind another tab, the dashboard waits until it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const Plan &plan = m_document->plan();
    const PlanStatus &status = m_document->status();
    m_organization->setText(plan.organization);
    m_title->setText(plan.title);
    fillYears();

    std::vector<GoalTally> tallies = PlanTally::goals(plan, status);
    const StatusCounts counts = PlanTally::counts(tallies);
    const ItemStatus &planItem = status.plan();
    const Status planStatus = planItem.judgement.status;
    m_planStatus->setText(tr("Plan: %1 %2").arg(StatusText::symbol(planStatus), CoverageText::status(planItem)));
    setTextColor(m_planStatus, StatusShape::color(planStatus));
    const auto share = CoverageText::progressShare(planItem);
    m_planProgress->setValue(share ? int(std::lround(*share * 100)) : 0);
    m_planProgress->setFormat(CoverageText::progress(planItem));
    m_planProgressText->setText(m_planProgress->format());
    m_planBar->setCounts(counts);
    QStringList parts;
    for (int s = 0; s <= int(Status::Discontinued); ++s) {
        if (counts[Status(s)] > 0)
            parts.append(StatusText::tally(Status(s), counts[Status(s)]));
    }
    m_planCounts->setText(tr("Measures and actions in %1: %2").arg(status.year().label(), parts.join(QStringLiteral("   "))));

    m_goals->setTallies(std::move(tallies), plan.goals);
    layOutCards();

    m_heatMap->evaluate(plan, status);
    m_heatMapView->resizeColumnsToContents();
    fitHeight(m_heatMapView, 40);

    m_attention->setItems(PlanTally::attention(plan, status), plan);
    m_attentionHeading->setText(tr("Needs attention (%1)").arg(m_attention->rowCount()));
    m_attentionView->resizeColumnsToContents();
    m_attentionView->setColumnWidth(AttentionModel::Item, std::min(m_attentionView->columnWidth(AttentionModel::Item), 460));
    fitHeight(m_attentionView, 20);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardView::layOutCards()
{
    const int count = m_goals->rowCount();
    if (int(m_cardWidgets.size()) != count) {
        for (GoalCard *card : m_cardWidgets)
            delete card;
        m_cardWidgets.clear();
        const int columns = count <= 4 ? std::max(1, count) : 3;
        for (int row = 0; row < count; ++row) {
            auto *card = new GoalCard(widget());
            connect(card, &GoalCard::activated, this, [this](qint64 id) { emit itemChosen(ItemKind::Goal, id); });
            m_cards->addWidget(card, row / columns, row % columns);
            card->show();
            m_cardWidgets.push_back(card);
        }
    }
    for (int row = 0; row < count; ++row)
        m_cardWidgets[std::size_t(row)]->setTally(m_goals->tally(row), m_goals->shortName(row));
}

} // namespace cairn
