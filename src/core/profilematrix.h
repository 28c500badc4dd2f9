#pragma once

#include "plan.h"

#include <QStringList>

#include <vector>

namespace cairn {

// The plan's profile-of-the-graduate attributes across its goals and
// objectives: a row per goal and objective, in plan order, marked under each
// attribute its tags name (ignoring case and spacing). Empty when the plan
// has no attributes.
struct ProfileMatrix {
    struct Row {
        QString code;
        QString title;
        bool goal = false;
        std::vector<bool> marks; // one per attribute
    };
    QStringList attributes;
    std::vector<Row> rows;
    std::vector<int> counts; // per attribute: the goals and objectives it marks

    bool isEmpty() const { return attributes.isEmpty(); }
    static ProfileMatrix of(const Plan &plan);
};

} // namespace cairn
