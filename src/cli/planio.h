#pragma once

#include "cli.h"

#include "core/plan.h"

#include <optional>

namespace cairn::cli {

// Reading and writing the files cairn-cli is given, with the messages a
// person needs when that fails.
class PlanIo
{
    Q_DECLARE_TR_FUNCTIONS(cairn::cli::PlanIo)

public:
    // Reads a plan file or a JSON plan (PlanReader); prints why and
    // returns nothing when it is refused.
    static std::optional<Plan> readJson(const QString &path, QTextStream &err);
    static std::optional<Plan> readPlanFile(const QString &path, QTextStream &err);
    static std::optional<Plan> read(const QString &path, QTextStream &err);

    // A review by its number in "review list" (from 1) or its title; prints
    // the reviews there are and returns nothing when there is no such one.
    static const Review *findReview(const Plan &plan, const QString &name, QTextStream &err);

    // Creates the plan file (or, with a postgresql:// URL, the plan on that
    // server) `path` from `plan`; false, with the reason printed, when it is
    // refused. Repository::create says what became of `path`: it is as it was.
    static bool createPlan(const QString &path, const Plan &plan, bool force, QTextStream &err);

    // False, with the message, when `path` exists and `force` is not given.
    static bool mayWrite(const QString &path, bool force, QTextStream &err);

    // Writes `bytes` to `path` ("-" for standard output) atomically. Refuses
    // to replace an existing file unless `force`.
    static bool writeOutput(const QString &path, const QByteArray &bytes, bool force, QTextStream &out, QTextStream &err);
};

} // namespace cairn::cli
