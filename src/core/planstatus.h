#pragma once

#include "plan.h"
#include "statusrules.h"

#include <QHash>

#include <unordered_map>

namespace cairn {

// What a rolled-up status stands on: how many of the measures under it
// could be judged for the year, and how far its actions are.
struct Coverage {
    int measures = 0;             // measures rolled up; child measures are not counted again
    int measuresReported = 0;     // of them, with a status that has a score (a value against a target,
                                  // a milestone complete or overdue, an assessment)
    int measuresWithProgress = 0; // of them, with a progress figure from a baseline toward a final target
    int actions = 0;              // actions under way in the year, not discontinued
    int actionsComplete = 0;
    int milestones = 0;    // dated outcomes due by the end of the year or done in it
    int milestonesMet = 0; // of them, complete by then

    Coverage &operator+=(const Coverage &other);
    bool operator==(const Coverage &) const = default;
};

// One item's judgement in a plan evaluation.
struct ItemStatus {
    QString id;     // "g1", "o3", "a2", "m7": stable within one evaluation, in outline order
    QString parent; // the id of the item it rolls into; a child measure names its parent measure
    ItemKind kind = ItemKind::Goal;
    QString code;
    QString title;
    Judgement judgement;
    // The item's own score, or for a rollup the mean that produced its status.
    std::optional<double> score;
    std::optional<double> progress; // 0..1
    int depth = 0;                  // 0 for goals
    Coverage coverage;              // goals, objectives and the plan; a milestone counts itself
};

// Every status, score and progress of a plan for one school year: computed
// once here and shown alike by the outline, dashboard, charts, CLI and report.
class PlanStatus
{
public:
    static PlanStatus evaluate(const Plan &plan, SchoolYear year, QDate asOf);

    SchoolYear year() const { return m_year; }
    QDate asOf() const { return m_asOf; }
    // Goals, their measures, objectives, measures (children after their
    // parent) and actions, in outline order.
    const std::vector<ItemStatus> &items() const { return m_items; }
    const ItemStatus &plan() const { return m_plan; }
    const ItemStatus *find(const QString &code) const;

    // After measures changed in place (their codes and children kept):
    // judges them again and the rollups above them, and nothing else. Gives
    // false, changing nothing that matters, when a code is not known here;
    // then evaluate() again.
    bool refreshMeasures(const std::vector<const Measure *> &measures);

    static constexpr std::ptrdiff_t NoParent = -2;   // a child measure: shown under its parent, not rolled up
    static constexpr std::ptrdiff_t PlanParent = -1; // a goal

private:
    SchoolYear m_year;
    QDate m_asOf;
    std::vector<ItemStatus> m_items;
    std::unordered_map<QString, int> m_byCode;
    ItemStatus m_plan;
    // What each item rolls up into, and what each goal and objective rolls up.
    std::vector<std::ptrdiff_t> m_parents;
    std::vector<std::vector<std::size_t>> m_children;
    std::vector<std::size_t> m_goals;
};

} // namespace cairn
