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
    // True when the file starts like an SQLite database (a .cairn plan).
    static bool looksLikePlanFile(const QString &path);

    // Reads and validates a JSON plan; prints every problem and returns
    // nothing when it is refused.
    static std::optional<Plan> readJson(const QString &path, QTextStream &err);

    // Loads a .cairn plan read-only; prints the reason and returns nothing
    // when the file is refused.
    static std::optional<Plan> readPlanFile(const QString &path, QTextStream &err);

    // Either of the two above, by what the file starts with; a file named
    // .cairn is always read as a plan file, so its message says what it is not.
    static std::optional<Plan> read(const QString &path, QTextStream &err)
    {
        const bool planFile = looksLikePlanFile(path) || path.endsWith(QLatin1String(".cairn"), Qt::CaseInsensitive);
        return planFile ? readPlanFile(path, err) : readJson(path, err);
    }

    // A review by its number in "review list" (from 1) or its title; prints
    // the reviews there are and returns nothing when there is no such one.
    static const Review *findReview(const Plan &plan, const QString &name, QTextStream &err);

    // False, with the message, when `path` exists and `force` is not given.
    static bool mayWrite(const QString &path, bool force, QTextStream &err);

    // Writes `bytes` to `path` ("-" for standard output) atomically. Refuses
    // to replace an existing file unless `force`.
    static bool writeOutput(const QString &path, const QByteArray &bytes, bool force, QTextStream &out, QTextStream &err);
};

} // namespace cairn::cli
