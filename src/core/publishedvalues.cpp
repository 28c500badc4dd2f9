#include "publishedvalues.h"

#include <set>

namespace cairn {

namespace {

struct Redactor {
    PublishedValues &published;
    // The years each student group (a measure's child) has a value for in the plan.
    std::map<QString, std::set<SchoolYear>> groupYears;

    void leaveOut(Measure &measure, SchoolYear year, Publication publication)
    {
        published.marks[{measure.code, year}] = publication;
        measure.actuals.erase(year);
        ++published.left;
    }

    // A withheld baseline keeps its year, so that pages can say which year's
    // value is not shown; without its value no target is derived from it.
    void leaveOutBaseline(Measure &measure, Publication publication)
    {
        published.baselines[measure.code] = publication;
        measure.baseline.value.reset();
        ++published.left;
    }

    // A measure's own values: published unless their size says they are too small.
    void alone(Measure &measure)
    {
        std::vector<SchoolYear> small;
        for (const auto &[year, actual] : measure.actuals) {
            if (actual.n && published.rule.tooSmall(*actual.n))
                small.push_back(year);
        }
        for (SchoolYear year : small)
            leaveOut(measure, year, Publication::TooSmall);
        const Baseline &baseline = measure.baseline;
        if (baseline.value && baseline.n && published.rule.tooSmall(*baseline.n))
            leaveOutBaseline(measure, Publication::TooSmall);
    }

    // The groups' values of one year, or their baselines of one year, decided
    // together: `value` gives a group's value and size, or nothing to skip it.
    template<typename ValueOf, typename LeaveOut>
    void decideTogether(std::vector<Measure> &children, ValueOf value, LeaveOut leave)
    {
        std::vector<Measure *> members;
        std::vector<Suppression::Group> values;
        for (Measure &child : children) {
            if (const std::optional<std::pair<double, std::optional<int>>> found = value(child)) {
                members.push_back(&child);
                values.push_back({found->first, found->second, child.unit == Unit::Percent});
            }
        }
        const std::vector<Publication> fate = Suppression::decide(published.rule, values);
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (fate[i] != Publication::Shown)
                leave(*members[i], fate[i]);
        }
    }

    // A measure's children are its groups: decided together, year by year.
    void groups(Measure &parent)
    {
        std::set<SchoolYear> years;
        std::set<SchoolYear> baselineYears;
        for (const Measure &child : parent.children) {
            std::set<SchoolYear> &valued = groupYears[child.code];
            for (const auto &[year, actual] : child.actuals) {
                years.insert(year);
                valued.insert(year);
            }
            if (child.baseline.year && child.baseline.value)
                baselineYears.insert(*child.baseline.year);
        }
        for (SchoolYear year : years) {
            decideTogether(
                parent.children,
                [year](const Measure &child) -> std::optional<std::pair<double, std::optional<int>>> {
                    const auto actual = child.actuals.find(year);
                    if (actual == child.actuals.end())
                        return std::nullopt;
                    return std::pair{actual->second.value, actual->second.n};
                },
                [this, year](Measure &child, Publication fate) { leaveOut(child, year, fate); });
        }
        for (SchoolYear year : baselineYears) {
            decideTogether(
                parent.children,
                [year](const Measure &child) -> std::optional<std::pair<double, std::optional<int>>> {
                    if (child.baseline.year != year || !child.baseline.value)
                        return std::nullopt;
                    return std::pair{*child.baseline.value, child.baseline.n};
                },
                [this](Measure &child, Publication fate) { leaveOutBaseline(child, fate); });
        }
        for (Measure &child : parent.children)
            groups(child);
    }

    void measures(std::vector<Measure> &list)
    {
        for (Measure &measure : list) {
            alone(measure);
            groups(measure);
        }
    }

    // What a review froze of a measure whose value for the review's year is
    // not published now (or, for a group, cannot be known to be safe: the
    // value is gone from the plan) is not published either; nor a target
    // drawn from a withheld baseline.
    void snapshots()
    {
        for (Review &review : published.plan.reviews) {
            for (SnapshotEntry &entry : review.snapshot) {
                if (entry.kind != ItemKind::Measure)
                    continue;
                const bool baselineWithheld = published.baselines.count(entry.code) > 0;
                if (!baselineWithheld && !valueWithheld(entry.code, review.year))
                    continue;
                entry.actual.reset();
                entry.progress.reset();
                entry.status = Status::NoData;
                if (baselineWithheld)
                    entry.target.reset();
            }
        }
    }

    bool valueWithheld(const QString &code, SchoolYear year) const
    {
        if (published.mark(code, year) != Publication::Shown)
            return true;
        const auto group = groupYears.find(code);
        return group != groupYears.end() && !group->second.count(year);
    }
};

} // namespace

PublishedValues PublishedValues::of(const Plan &plan, const SuppressionRule &rule)
{
    PublishedValues published{plan, rule, {}, {}, 0};
    if (!rule.suppresses())
        return published;
    Redactor redactor{published, {}};
    for (Goal &goal : published.plan.goals) {
        redactor.measures(goal.measures);
        for (Objective &objective : goal.objectives)
            redactor.measures(objective.measures);
    }
    redactor.snapshots();
    return published;
}

SuppressionRule PublishedValues::ruleFor(const Plan &plan, const std::optional<SuppressionRule> &chosen)
{
    return chosen.value_or(SuppressionRule::parse(plan.suppression).value_or(SuppressionRule{}));
}

Publication PublishedValues::mark(const QString &code, SchoolYear year) const
{
    const auto found = marks.find({code, year});
    return found == marks.end() ? Publication::Shown : found->second;
}

Publication PublishedValues::baselineMark(const QString &code) const
{
    const auto found = baselines.find(code);
    return found == baselines.end() ? Publication::Shown : found->second;
}

} // namespace cairn
