#pragma once

#include "core/enums.h"

#include <QScrollArea>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QTableView;

namespace cairn {

class AttentionModel;
class GoalCard;
class GoalSummaryModel;
class HeatMapModel;
class PlanDocument;
class StatusBar;

// "Where are we?": the plan's status for the school year under review,
// one card per goal, objectives by year, and what needs attention. It is
// rebuilt whenever the document's statuses change; choosing an item opens
// it in the Plan tab (itemChosen).
class DashboardView : public QScrollArea
{
    Q_OBJECT

public:
    explicit DashboardView(PlanDocument *document, QWidget *parent = nullptr);

    GoalSummaryModel *goals() const { return m_goals; }
    HeatMapModel *heatMap() const { return m_heatMap; }
    AttentionModel *attention() const { return m_attention; }
    QTableView *attentionView() const { return m_attentionView; }
    QComboBox *yearCombo() const { return m_year; }

    // The dashboard's text size as a multiple of the application's, kept
    // between sessions: larger for a projector.
    static constexpr double MinTextScale = 0.8;
    static constexpr double MaxTextScale = 2.5;
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);

    // Recomputes everything from the document; called on every change
    // (while hidden, only once it is shown again).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void itemChosen(cairn::ItemKind kind, qint64 id);

private:
    void fillYears();
    void layOutCards();

    PlanDocument *m_document;
    GoalSummaryModel *m_goals;
    HeatMapModel *m_heatMap;
    AttentionModel *m_attention;
    QLabel *m_organization;
    QLabel *m_title;
    QComboBox *m_year;
    QLabel *m_planStatus;
    QProgressBar *m_planProgress;
    QLabel *m_planProgressText;
    StatusBar *m_planBar;
    QLabel *m_planCounts;
    QGridLayout *m_cards;
    std::vector<GoalCard *> m_cardWidgets;
    QTableView *m_heatMapView;
    QLabel *m_attentionHeading;
    QTableView *m_attentionView;
    bool m_stale = false;
    double m_textScale = 1.0;
};

} // namespace cairn
