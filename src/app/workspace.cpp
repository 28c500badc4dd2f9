#include "workspace.h"

#include "alignment/alignmentview.h"
#include "dashboard/dashboardview.h"
#include "document/plandocument.h"
#include "outline/outlinepanel.h"
#include "panes/itempanes.h"
#include "panes/measurepane.h"
#include "panes/planpane.h"
#include "quality/qualityview.h"
#include "responsibilities/responsibilitiesview.h"
#include "reviews/reviewsview.h"
#include "updates/approvalsview.h"
#include "updates/myupdatesview.h"
#include "values/valuesview.h"

#include "core/valueapproval.h"

#include "report/plansummary.h"

#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace cairn {

Workspace::Workspace(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_outline(new OutlinePanel(document, this))
    , m_panes(new QStackedWidget(this))
    , m_planPane(new PlanPane(document, this))
    , m_goalPane(new GoalPane(document, this))
    , m_objectivePane(new ObjectivePane(document, this))
    , m_actionPane(new ActionPane(document, this))
    , m_measurePane(new MeasurePane(document, this))
    , m_values(new ValuesView(document, this))
    , m_dashboard(new DashboardView(document, this))
    , m_reviews(new ReviewsView(document, this))
    , m_responsibilities(new ResponsibilitiesView(document, this))
    , m_alignment(new AlignmentView(document, this))
    , m_quality(new QualityView(document, this))
    , m_myUpdates(new MyUpdatesView(document, this))
    , m_approvals(new ApprovalsView(document, this))
    , m_overview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("workspace"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_panes->setObjectName(QStringLiteral("panes"));
    for (Pane *pane : std::initializer_list<Pane *>{m_planPane, m_goalPane, m_objectivePane, m_actionPane, m_measurePane})
        m_panes->addWidget(pane);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panes);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // No access keys on the tabs: the View menu has them (Ctrl+1 to Ctrl+9),
    // and the panes need the letters for their fields.
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(m_splitter, tr("Plan"));
    m_tabs->addTab(m_values, tr("Update values"));
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setAccessibleName(tr("Plan overview"));
    m_overview->setOpenLinks(false);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_reviews, tr("Reviews"));
    m_tabs->addTab(m_responsibilities, tr("Responsibilities"));
    m_tabs->addTab(m_alignment, tr("Alignment"));
    m_tabs->addTab(m_quality, tr("Plan Quality"));
    m_tabs->addTab(m_myUpdates, tr("My Updates"));
    m_tabs->addTab(m_approvals, tr("Approvals"));
    m_tabs->setTabVisible(int(Tab::Approvals), document->person().role == ServerSecurity::Role::Coordinator);
    refreshOverview();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_outline, &OutlinePanel::currentItemChanged, this, &Workspace::showItem);
    connect(m_dashboard, &DashboardView::itemChosen, this, &Workspace::openItem);
    connect(m_responsibilities, &ResponsibilitiesView::itemChosen, this, &Workspace::openItem);
    connect(m_alignment, &AlignmentView::itemChosen, this, &Workspace::openItem);
    connect(m_quality, &QualityView::itemChosen, this, &Workspace::openItem);
    connect(m_myUpdates, &MyUpdatesView::itemChosen, this, &Workspace::openItem);
    connect(m_approvals, &ApprovalsView::itemChosen, this, &Workspace::openItem);
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        Pane *pane = currentPane();
        if (change.type == PlanChange::Type::Removed && pane != m_planPane && change.id == pane->itemId())
            showItem(std::nullopt, 0);
        else if (change.type == PlanChange::Type::PlanFields ? pane == m_planPane : change.id == pane->itemId())
            pane->refresh();
    });
    connect(document, &PlanDocument::statusesChanged, this, [this] {
        currentPane()->refresh();
        refreshOverview();
    });
    connect(document, &PlanDocument::reloaded, this, [this] {
        if (currentPane() == m_planPane || !m_document->find(ItemKind(m_panes->currentIndex() - 1), currentPane()->itemId()))
            showItem(std::nullopt, 0);
        else
            currentPane()->refresh();
    });
    showItem(std::nullopt, 0);
}

void Workspace::refreshOverview()
{
    m_overview->setHtml(PlanSummary::html(m_document->plan()));
}

void Workspace::setAuthor(const QString &name, const QString &role)
{
    const ServerSecurity::Person &person = m_document->person();
    if (!person.ownerName.isEmpty())
        m_myUpdates->setPerson(person.ownerName, {person.ownerName});
    else
        m_myUpdates->setPerson(name.isEmpty() ? person.login : name, OwnerUpdates::namesOf(m_document->plan(), name, role));
}

void Workspace::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void Workspace::showPlanDetails()
{
    showTab(Tab::Plan);
    m_outline->clearCurrent();
    m_planPane->focusFirstField();
}

void Workspace::openItem(ItemKind kind, qint64 id)
{
    showTab(Tab::Plan);
    m_outline->select(kind, id);
}

void Workspace::setSpanishShown(bool shown)
{
    for (Pane *pane : std::initializer_list<Pane *>{m_planPane, m_goalPane, m_objectivePane, m_actionPane, m_measurePane})
        pane->setSpanishShown(shown);
}

Pane *Workspace::currentPane() const
{
    return static_cast<Pane *>(m_panes->currentWidget());
}

void Workspace::showItem(std::optional<ItemKind> kind, qint64 id)
{
    Pane *pane = m_planPane;
    if (kind) {
        switch (*kind) {
        case ItemKind::Goal:
            pane = m_goalPane;
            break;
        case ItemKind::Objective:
            pane = m_objectivePane;
            break;
        case ItemKind::Action:
            pane = m_actionPane;
            break;
        case ItemKind::Measure:
            pane = m_measurePane;
            break;
        }
    }
    // Size the scroll area to the shown pane, not to the tallest one.
    for (int i = 0; i < m_panes->count(); ++i)
        m_panes->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    pane->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_panes->setCurrentWidget(pane);
    pane->showItem(id);
    m_panes->adjustSize();
}

} // namespace cairn
