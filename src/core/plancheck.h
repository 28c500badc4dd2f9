#pragma once

#include "plan.h"

#include <QCoreApplication>

namespace cairn {

struct Finding {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Warning;
    QString item; // the item's code; empty for the plan itself
    QString message;
    // The kind of finding as a heading ("Actions without an owner"): what
    // people read groups findings of one kind under it. Empty for a finding
    // about the plan itself, shown alone.
    QString group;
    // Whether the message says more than the group and the item's code do
    // (a year, a value): then it is shown in full under the group, else the
    // group lists only the codes.
    bool specific = false;

    bool operator==(const Finding &) const = default;
};

// Plan-quality findings: errors are what a plan must not hold: a break of
// the rules every way into a plan keeps (ItemRules, ItemCodes: a duplicate
// code, years out of order, a text too long to import again) or a
// contradiction (a final target before its baseline); warnings are gaps a
// coordinator should fill (a measure without a baseline, an action without
// an owner).
class PlanCheck
{
    Q_DECLARE_TR_FUNCTIONS(cairn::PlanCheck)

public:
    static std::vector<Finding> run(const Plan &plan);
    static bool hasErrors(const std::vector<Finding> &findings);
};

} // namespace cairn
