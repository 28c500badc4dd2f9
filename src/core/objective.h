#pragma once

#include "action.h"
#include "measure.h"

#include <QStringList>

namespace cairn {

struct Objective {
    qint64 id = 0;
    QString code;
    QString title;
    QString description;
    Translation es; // "title", "description"
    QString owner;
    QStringList tags; // profile-of-the-graduate attributes, themes
    std::vector<Measure> measures;
    std::vector<Action> actions;
    QStringList supports; // codes of the district plan's items this item of a school plan supports
    std::vector<Assessment> assessments;

    bool operator==(const Objective &) const = default;
};

} // namespace cairn
