#pragma once

#include "enums.h"
#include "schoolyear.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace cairn {

// One item as it stood when a review started. Frozen: later edits never
// change it.
struct SnapshotEntry {
    ItemKind kind = ItemKind::Goal;
    QString code;
    QString title;
    Status status = Status::NoData;
    bool manual = false;
    std::optional<double> progress; // 0..1
    std::optional<double> target;   // measures: the review year's target
    std::optional<double> actual;   // measures: the review year's actual

    bool operator==(const SnapshotEntry &) const = default;
};

struct ItemNote {
    QString item; // item code
    QString text;
    QString who;
    QDateTime when;

    bool operator==(const ItemNote &) const = default;
};

struct StateChange {
    RecommendationState state = RecommendationState::Proposed;
    QDate date;
    QString note;

    bool operator==(const StateChange &) const = default;
};

struct Recommendation {
    qint64 id = 0;
    QString text;
    QString item; // item code; empty for the whole plan
    // Oldest first; the last change is the current state. Never empty.
    std::vector<StateChange> changes;

    RecommendationState state() const
    {
        return changes.empty() ? RecommendationState::Proposed : changes.back().state;
    }
    bool operator==(const Recommendation &) const = default;
};

// A steering-committee meeting that looks at one school year.
struct Review {
    qint64 id = 0;
    QString title;
    QDate date;
    SchoolYear year;
    QStringList attendees;
    QString summary;
    std::vector<SnapshotEntry> snapshot;
    std::vector<ItemNote> notes;
    std::vector<Recommendation> recommendations;

    bool operator==(const Review &) const = default;
};

} // namespace cairn
