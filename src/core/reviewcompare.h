#pragma once

#include "planstatus.h"

#include <QCoreApplication>

namespace cairn {

// What changed for one item between two snapshots.
struct ItemChange {
    enum class Kind { Status, Actual, Target, Added, Removed };

    Kind kind = Kind::Status;
    ItemKind item = ItemKind::Goal;
    QString code;
    QString title;
    std::optional<Status> statusBefore;
    std::optional<Status> statusAfter;
    std::optional<double> before; // the actual or target before
    std::optional<double> after;
};

struct RecommendationChange {
    QString review; // the review that made it
    QString text;
    QString item;
    RecommendationState state = RecommendationState::Proposed;
    QDate date; // when it was proposed (opened) or decided (closed)
};

// Two moments of a plan side by side: two reviews, or a review and now.
struct Comparison {
    QString from;
    QString to;
    std::vector<ItemChange> changes; // in the order of the later snapshot, removed items last
    std::vector<RecommendationChange> opened;
    std::vector<RecommendationChange> closed;
};

// How a change reads in a table: what changed, and before and after as
// text — status words or numbers; empty for an item added or removed.
struct ChangeText {
    QString what;
    QString before;
    QString after;
};

class ReviewCompare
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ReviewCompare)

public:
    // Every item as the status engine judges it now: what a review freezes
    // when it starts.
    static std::vector<SnapshotEntry> snapshotOf(const PlanStatus &status);

    // Items whose status, actual or target changed, and items added or
    // removed, between `before` and `after`; recommendations proposed after
    // `fromDate` up to `toDate`, and those decided (approved, declined or
    // implemented) in that time.
    static ChangeText describe(const ItemChange &change);

    static Comparison compare(const Plan &plan, const QString &from, const std::vector<SnapshotEntry> &before, QDate fromDate,
                              const QString &to, const std::vector<SnapshotEntry> &after, QDate toDate);
};

} // namespace cairn
