#pragma once

#include "cli.h"

#include "core/plancheck.h"
#include "core/rubric.h"

namespace cairn::cli {

// What `check` prints for people: findings grouped by kind, and a
// rubric's review component by component with what to add.
class QualityText
{
    Q_DECLARE_TR_FUNCTIONS(cairn::cli::QualityText)

public:
    // Codes listed on one line before "… and N more".
    static constexpr int ShownCodes = 12;

    // "warning<TAB>Actions without an owner: 31 (1.1.2, 1.1.3, … and 19 more)";
    // a group whose findings say more than their codes lists them below it.
    static void printFindings(const std::vector<Finding> &findings, QTextStream &out);
    static void printRubric(const RubricCriteria &criteria, const std::vector<RubricResult> &results, QTextStream &out);
};

} // namespace cairn::cli
