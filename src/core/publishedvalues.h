#pragma once

#include "plan.h"
#include "suppression.h"

#include <map>

namespace cairn {

// The plan as it may be published under a suppression rule: the values of
// student groups too small to show, or from which one could be worked out,
// are taken out (so no page, chart or CSV carries them), and each is marked
// so that the pages can say it was left out. Baselines are values too: a
// group's baseline is decided with its fellow groups' baselines. Reviews'
// snapshots lose what they froze of a value that is not published.
struct PublishedValues {
    Plan plan;
    SuppressionRule rule;
    std::map<std::pair<QString, SchoolYear>, Publication> marks; // by measure code and year
    std::map<QString, Publication> baselines;                     // withheld baselines, by measure code
    int left = 0; // values left out or coded

    static PublishedValues of(const Plan &plan, const SuppressionRule &rule);
    // The rule chosen for one publication, else the plan's own.
    static SuppressionRule ruleFor(const Plan &plan, const std::optional<SuppressionRule> &chosen);
    // The mark of a measure's value for a year; Shown when it is published as it is.
    Publication mark(const QString &code, SchoolYear year) const;
    // The mark of a measure's baseline; Shown when it is published as it is.
    // A withheld baseline keeps its year and loses its value.
    Publication baselineMark(const QString &code) const;
};

} // namespace cairn
