#pragma once

#include "plan.h"

#include <QCoreApplication>

namespace cairn {

// What is wrong with one field, named by its path in the JSON format
// (docs/file-format.md): "title", "baseline.value", "notes[2].text",
// "actuals[\"2024-25\"].note".
struct FieldProblem {
    QString field;
    QString message;

    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
    bool operator==(const FieldProblem &) const = default;
};
using FieldProblems = std::vector<FieldProblem>;

// The path of `field` below `prefix`: "plan.goals[0]" and "title" give
// "plan.goals[0].title"; a field such as "[2]" follows without a dot.
QString fieldPath(const QString &prefix, const QString &field);

// Which of PlanRules holds for which field of each part of a plan. The JSON
// reader checks what it read with these, the editor panes and the values
// sheet what they are about to save, PlanCheck a whole plan; so a field has
// the same limits however it is entered.
//
// Each checks an item's own fields, its assessments and (for a measure) its
// targets and actuals, but not the items below it: a goal's objectives and
// measures are checked as items of their own.
class ItemRules
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ItemRules)

public:
    // The plan's own fields and lists; not its goals, reviews or audit log.
    static FieldProblems plan(const Plan &plan);
    static FieldProblems goal(const Goal &goal);
    static FieldProblems objective(const Objective &objective);
    static FieldProblems action(const Action &action);
    static FieldProblems measure(const Measure &measure);
    static FieldProblems actual(const Actual &actual);
    static FieldProblems assessment(const Assessment &assessment);
    static FieldProblems review(const Review &review);
    static FieldProblems auditEntry(const AuditEntry &entry);
};

} // namespace cairn
