#include "plantally.h"

#include "planwalk.h"
#include "statusrules.h"

#include <algorithm>
#include <numeric>

namespace cairn {

int StatusCounts::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), 0);
}

StatusCounts &StatusCounts::operator+=(const StatusCounts &other)
{
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    return *this;
}

std::vector<GoalTally> PlanTally::goals(const Plan &plan, const PlanStatus &status)
{
    std::vector<GoalTally> tallies;
    forEachItem(plan, [&](const ItemView &item) {
        const ItemStatus *judged = status.find(item.code);
        if (!judged)
            return;
        if (item.kind == ItemKind::Goal) {
            tallies.push_back(GoalTally{item.id(), *judged, {}, 0, 0});
            return;
        }
        GoalTally &tally = tallies.back();
        if (item.kind == ItemKind::Measure && !item.parentMeasure) {
            tally.items.add(judged->judgement.status);
            if (judged->judgement.status == Status::NoData)
                ++tally.measuresWithoutData;
        } else if (item.kind == ItemKind::Action) {
            tally.items.add(judged->judgement.status);
            if (StatusRules::isOverdue(*item.action, status.year(), status.asOf()))
                ++tally.overdueActions;
        }
    });
    return tallies;
}

StatusCounts PlanTally::counts(const std::vector<GoalTally> &goals)
{
    StatusCounts counts;
    for (const GoalTally &goal : goals)
        counts += goal.items;
    return counts;
}

std::vector<AttentionItem> PlanTally::attention(const Plan &plan, const PlanStatus &status)
{
    std::vector<AttentionItem> items;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind != ItemKind::Measure && item.kind != ItemKind::Action)
            return;
        const ItemStatus *judged = status.find(item.code);
        if (!judged)
            return;
        AttentionItem entry{AttentionItem::Reason::OffTrack, item.kind, item.id(), item.code, item.title, item.owner(), judged->judgement};
        const Status judgedStatus = judged->judgement.status;
        if (judgedStatus == Status::OffTrack && !(item.action && StatusRules::isOverdue(*item.action, status.year(), status.asOf()))) {
            items.push_back(entry);
        } else if (judgedStatus == Status::AtRisk) {
            entry.reason = AttentionItem::Reason::AtRisk;
            items.push_back(entry);
        } else if (item.measure && item.measure->type == MeasureType::Numeric && judgedStatus == Status::NoData) {
            entry.reason = AttentionItem::Reason::MissingValue;
            items.push_back(entry);
        } else if (item.action && StatusRules::isOverdue(*item.action, status.year(), status.asOf())) {
            entry.reason = AttentionItem::Reason::OverdueAction;
            items.push_back(entry);
        }
    });
    std::stable_sort(items.begin(), items.end(), [](const AttentionItem &a, const AttentionItem &b) { return a.reason < b.reason; });
    return items;
}

} // namespace cairn
