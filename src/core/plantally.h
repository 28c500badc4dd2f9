#pragma once

#include "planstatus.h"

#include <array>

namespace cairn {

// How many items have each status.
class StatusCounts
{
public:
    void add(Status status) { ++m_counts[std::size_t(status)]; }
    int operator[](Status status) const { return m_counts[std::size_t(status)]; }
    int total() const;
    StatusCounts &operator+=(const StatusCounts &other);

    bool operator==(const StatusCounts &) const = default;

private:
    std::array<int, std::size_t(Status::Discontinued) + 1> m_counts{};
};

// One goal at a glance: its judgement and how its measures and actions stand.
struct GoalTally {
    qint64 id = 0; // the goal's row id in the plan file
    ItemStatus goal;
    // The goal's measures (children counted with their parent, not apart)
    // and actions, by status. How many of each there are is goal.coverage.
    StatusCounts items;
    int measuresWithoutData = 0; // no value, or a narrative without an assessment, for the year
    int overdueActions = 0;
};

// Something the plan's people should look at first.
struct AttentionItem {
    enum class Reason { OffTrack, AtRisk, MissingValue, OverdueAction };

    Reason reason = Reason::OffTrack;
    ItemKind kind = ItemKind::Measure;
    qint64 id = 0; // row id in the plan file
    QString code;
    QString title;
    QString owner;
    Judgement judgement;
};

// Counts and lists drawn from one PlanStatus, shared by the dashboard and
// the board report so both say the same.
class PlanTally
{
public:
    static std::vector<GoalTally> goals(const Plan &plan, const PlanStatus &status);
    // Every goal's items together.
    static StatusCounts counts(const std::vector<GoalTally> &goals);
    // Off-track, then at-risk measures and actions, then numeric measures
    // missing the year's value, then overdue actions; in outline order within each.
    static std::vector<AttentionItem> attention(const Plan &plan, const PlanStatus &status);
};

} // namespace cairn
