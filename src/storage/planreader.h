#pragma once

#include "core/plan.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace cairn {

// Reads a whole plan from a file a person names: a .cairn plan file
// (read-only) or a JSON plan. When the file is refused, says why in
// sentences a person can act on.
class PlanReader
{
    Q_DECLARE_TR_FUNCTIONS(cairn::PlanReader)

public:
    struct Result {
        std::optional<Plan> plan;
        QStringList problems; // the reason first, then each problem of a JSON plan
    };

    // True when the file starts like an SQLite database (a .cairn plan).
    static bool looksLikePlanFile(const QString &path);
    static Result readJson(const QString &path);
    static Result readPlanFile(const QString &path);
    // Either of the two above, by what the file starts with; a file named
    // .cairn is always read as a plan file, so its message says what it is not.
    // A postgresql:// URL is read as a plan on that server.
    static Result read(const QString &path);
    // The plan files (.cairn and .json) directly in `folder`, by name: a
    // folder of school plans, as the Alignment tab and cairn-cli accept.
    static QStringList inFolder(const QString &folder);
};

} // namespace cairn
