#pragma once

#include "objective.h"

namespace cairn {

// A goal or priority ("P1: Students").
struct Goal {
    qint64 id = 0;
    QString code;
    QString title;
    QString shortName;
    QString description;
    Translation es; // "title", "shortName", "description"
    QStringList rationale; // research-and-practice statements
    QString owner;
    QStringList tags; // profile-of-the-graduate attributes, themes
    std::vector<Objective> objectives;
    std::vector<Measure> measures; // measures that belong to the goal itself
    QStringList supports; // codes of the district plan's items this item of a school plan supports
    std::vector<Assessment> assessments;

    bool operator==(const Goal &) const = default;
};

} // namespace cairn
