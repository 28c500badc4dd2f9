#pragma once

#include "core/enums.h"

#include <QWidget>

class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace cairn {

class ActionPane;
class ApprovalsView;
class MyUpdatesView;
class AlignmentView;
class DashboardView;
class GoalPane;
class MeasurePane;
class ObjectivePane;
class OutlinePanel;
class Pane;
class PlanDocument;
class PlanPane;
class QualityView;
class ResponsibilitiesView;
class ReviewsView;
class ValuesView;

// Everything shown for one open plan, in tabs: the dashboard, the outline
// beside the editor pane of the selected item, the "Update values" grid,
// the plan's overview (front matter, goals, the profile of a graduate), the
// reviews, the duties of each role, how school plans align to a
// district plan, the plan's quality by a state-style rubric, the person's
// own updates and the coordinator's approval queue.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Dashboard, Plan, Values, Overview, Reviews, Responsibilities, Alignment, Quality, MyUpdates, Approvals };

    explicit Workspace(PlanDocument *document, QWidget *parent = nullptr);

    OutlinePanel *outline() const { return m_outline; }
    ValuesView *values() const { return m_values; }
    DashboardView *dashboard() const { return m_dashboard; }
    ReviewsView *reviews() const { return m_reviews; }
    ResponsibilitiesView *responsibilities() const { return m_responsibilities; }
    AlignmentView *alignment() const { return m_alignment; }
    QualityView *quality() const { return m_quality; }
    MyUpdatesView *myUpdates() const { return m_myUpdates; }
    ApprovalsView *approvals() const { return m_approvals; }
    // Who is working: My Updates lists what `name` (or, on a server, the
    // login's owner name) and `role` answer for. The approval queue is
    // shown to a coordinator only.
    void setAuthor(const QString &name, const QString &role);
    void showTab(Tab tab);
    // Shows an item in the Plan tab: selected in the outline, its pane open.
    void openItem(ItemKind kind, qint64 id);
    // Shows the plan's own fields in the Plan tab, the first one focused.
    void showPlanDetails();
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }
    Pane *currentPane() const;
    // Shows or hides, in every pane, the fields of the plan's texts in Spanish.
    void setSpanishShown(bool shown);

private:
    void showItem(std::optional<ItemKind> kind, qint64 id);
    void refreshOverview();

    PlanDocument *m_document;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    OutlinePanel *m_outline;
    QStackedWidget *m_panes;
    PlanPane *m_planPane;
    GoalPane *m_goalPane;
    ObjectivePane *m_objectivePane;
    ActionPane *m_actionPane;
    MeasurePane *m_measurePane;
    ValuesView *m_values;
    DashboardView *m_dashboard;
    ReviewsView *m_reviews;
    ResponsibilitiesView *m_responsibilities;
    AlignmentView *m_alignment;
    QualityView *m_quality;
    MyUpdatesView *m_myUpdates;
    ApprovalsView *m_approvals;
    QTextBrowser *m_overview;
};

} // namespace cairn
