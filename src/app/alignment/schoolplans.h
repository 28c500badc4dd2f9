#pragma once

#include "core/plan.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace cairn {

// The school improvement plans a coordinator has chosen for one district
// plan: remembered by the district plan's id (QSettings), so that the
// Alignment tab shows them again whenever that plan is opened.
class SchoolPlans
{
    Q_DECLARE_TR_FUNCTIONS(cairn::SchoolPlans)

public:
    struct Loaded {
        QString path;
        std::optional<Plan> plan;
        QString problem; // why the file could not be read
    };

    static QStringList remembered(const QString &districtId);
    static void remember(const QString &districtId, const QStringList &paths);
    static std::vector<Loaded> load(const QStringList &paths);
};

} // namespace cairn
