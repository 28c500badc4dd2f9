#pragma once

#include "core/enums.h"

#include <QWidget>

class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace cairn {

class ActionPane;
class GoalPane;
class MeasurePane;
class ObjectivePane;
class OutlinePanel;
class Pane;
class PlanDocument;
class PlanPane;
class ValuesView;

// Everything shown for one open plan: the outline beside the editor pane of
// the selected item, the "Update values" grid, and the plan's overview
// (front matter and goals), in three tabs.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(PlanDocument *document, QWidget *parent = nullptr);

    OutlinePanel *outline() const { return m_outline; }
    ValuesView *values() const { return m_values; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }
    Pane *currentPane() const;

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
    QTextBrowser *m_overview;
};

} // namespace cairn
