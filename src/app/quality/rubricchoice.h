#pragma once

#include "core/rubric.h"

#include <QCoreApplication>

namespace cairn {

// The plan-quality rubric chosen for one plan in the Plan Quality tab: a
// state's rubric file (docs/plan-quality.md), remembered by the plan's id
// on this computer (QSettings), or Cairn's own.
class RubricChoice
{
    Q_DECLARE_TR_FUNCTIONS(cairn::RubricChoice)

public:
    // The rubric file chosen for the plan; empty for Cairn's rubric.
    static QString remembered(const QString &planId);
    static void remember(const QString &planId, const QString &path);

    struct Loaded {
        RubricCriteria criteria;
        QString problem; // why the file could not be used (Cairn's rubric is given instead)
    };
    // The rubric in the file at `path`, Cairn's for an empty path.
    static Loaded load(const QString &path);
};

} // namespace cairn
