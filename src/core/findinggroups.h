#pragma once

#include "plancheck.h"

namespace cairn {

// Findings of one kind together, as people read them: "Actions without an
// owner: 31 (1.1.2, 1.1.3, …)" rather than 31 lines.
struct FindingGroup {
    Finding::Severity severity = Finding::Severity::Warning;
    QString heading; // the findings' group, or the message of a finding that has none
    std::vector<Finding> findings;

    // The codes of the items concerned, in the plan's order, each once.
    QStringList codes() const;
    // Whether each finding's message says more than its code (shown one by one).
    bool specific() const;
};

class FindingGroups
{
    Q_DECLARE_TR_FUNCTIONS(cairn::FindingGroups)

public:
    // Errors first, then warnings; within each, the groups in the order
    // their first finding came.
    static std::vector<FindingGroup> group(const std::vector<Finding> &findings);
    // "Actions without an owner: 31 (1.1.2, 1.1.3, … and 19 more)": the
    // heading, the count and at most `shown` codes.
    static QString summary(const FindingGroup &group, int shown);
    // "1.1.2, 1.1.3, … and 19 more": at most `shown` codes (all when shown is 0).
    static QString codeList(const QStringList &codes, int shown);
};

} // namespace cairn
