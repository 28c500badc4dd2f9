#pragma once

#include "plan.h"
#include "statusrules.h"

#include <QHash>

namespace cairn {

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

private:
    SchoolYear m_year;
    QDate m_asOf;
    std::vector<ItemStatus> m_items;
    QHash<QString, int> m_byCode;
    ItemStatus m_plan;
};

} // namespace cairn
