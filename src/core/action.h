#pragma once

#include "assessment.h"
#include "translation.h"
#include "timepoint.h"

#include <vector>

namespace cairn {

struct Responsibility {
    QString role;
    QString duty;

    bool operator==(const Responsibility &) const = default;
};

struct ProgressNote {
    QDate date;
    QString text;
    QString who;

    bool operator==(const ProgressNote &) const = default;
};

// A strategy, activity or action step under an objective.
struct Action {
    qint64 id = 0;
    QString code;
    QString description;
    Translation es; // "description"
    QString owner;
    ActionStatus status = ActionStatus::NotStarted;
    int percentComplete = 0;
    Timepoint start;
    Timepoint due;
    bool recurring = false; // done again every school year from its start
    std::vector<Responsibility> responsibilities;
    std::vector<ProgressNote> notes;
    QStringList supports; // codes of the district plan's items this item of a school plan supports
    std::vector<Assessment> assessments;

    bool operator==(const Action &) const = default;
};

} // namespace cairn
