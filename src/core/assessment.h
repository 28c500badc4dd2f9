#pragma once

#include "enums.h"
#include "schoolyear.h"

#include <QDateTime>

namespace cairn {

// A status given by people rather than computed: it replaces the computed
// status of its item for its school year and is always shown as manual.
// An item keeps its assessments in year order, at most one per year.
struct Assessment {
    SchoolYear year;
    Status status = Status::NoData;
    QString rationale;
    QString who;
    QDateTime when;

    bool operator==(const Assessment &) const = default;
};

} // namespace cairn
