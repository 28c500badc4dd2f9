#include "publishedvalues.h"

#include <set>

namespace cairn {

namespace {

struct Redactor {
    PublishedValues &published;

    void leaveOut(Measure &measure, SchoolYear year, Publication publication)
    {
        published.marks[{measure.code, year}] = publication;
        measure.actuals.erase(year);
        ++published.left;
    }

    // A measure's own value: published unless its size says it is too small.
    void alone(Measure &measure)
    {
        std::vector<SchoolYear> small;
        for (const auto &[year, actual] : measure.actuals) {
            if (actual.n && published.rule.tooSmall(*actual.n))
                small.push_back(year);
        }
        for (SchoolYear year : small)
            leaveOut(measure, year, Publication::TooSmall);
    }

    // A measure's children are its groups: decided together, year by year.
    void groups(Measure &parent)
    {
        std::set<SchoolYear> years;
        for (const Measure &child : parent.children)
            for (const auto &[year, actual] : child.actuals)
                years.insert(year);
        for (SchoolYear year : years) {
            std::vector<Measure *> members;
            std::vector<Suppression::Group> values;
            for (Measure &child : parent.children) {
                const auto actual = child.actuals.find(year);
                if (actual == child.actuals.end())
                    continue;
                members.push_back(&child);
                values.push_back({actual->second.value, actual->second.n, child.unit == Unit::Percent});
            }
            const std::vector<Publication> fate = Suppression::decide(published.rule, values);
            for (std::size_t i = 0; i < members.size(); ++i) {
                if (fate[i] != Publication::Shown)
                    leaveOut(*members[i], year, fate[i]);
            }
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
};

} // namespace

PublishedValues PublishedValues::of(const Plan &plan, const SuppressionRule &rule)
{
    PublishedValues published{plan, rule, {}, 0};
    if (!rule.suppresses())
        return published;
    Redactor redactor{published};
    for (Goal &goal : published.plan.goals) {
        redactor.measures(goal.measures);
        for (Objective &objective : goal.objectives)
            redactor.measures(objective.measures);
    }
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

} // namespace cairn
