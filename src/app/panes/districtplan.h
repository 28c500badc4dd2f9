#pragma once

#include "core/plan.h"

#include <QCoreApplication>

#include <memory>

namespace cairn {

// The district plan a school or department plan aligns to, for its
// Supports fields: known once it has been opened in Cairn, or chosen for
// the school plan in Plan Details; remembered (by the district plan's id)
// across sessions. Read from its file, never written.
class DistrictPlan
{
    Q_DECLARE_TR_FUNCTIONS(cairn::DistrictPlan)

public:
    // Remembers where the plan with `id` is kept.
    static void remember(const QString &id, const QString &path);
    static QString rememberedPath(const QString &id);

    // The district plan `plan` aligns to, read again only when its file
    // changed; null when `plan` aligns to none, or its file is not known,
    // not readable or now holds another plan.
    static std::shared_ptr<const Plan> of(const Plan &plan);
};

} // namespace cairn
