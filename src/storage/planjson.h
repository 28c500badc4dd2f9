#pragma once

#include "jsonnode.h"

#include "core/plan.h"

#include <QByteArray>

namespace cairn {

// The Cairn plan interchange format (docs/file-format.md):
// {"format": "cairn-plan", "version": 1, "plan": {...}}.
class PlanJson
{
public:
    static constexpr const char *Format = "cairn-plan";
    static constexpr int Version = 1;

    // The whole plan, reviews and audit log included. Deterministic: the
    // same plan always gives the same bytes.
    static QByteArray write(const Plan &plan);

    struct ReadResult {
        std::optional<Plan> plan; // set only when there are no problems
        std::vector<JsonProblem> problems;
    };
    // Validates the whole document before building anything; any problem
    // refuses the whole document.
    static ReadResult read(const QByteArray &text);
};

} // namespace cairn
