#include "reviewcompare.h"


#include "statustext.h"

#include <QHash>
#include <QLocale>

namespace cairn {

std::vector<SnapshotEntry> ReviewCompare::snapshotOf(const PlanStatus &status)
{
    std::vector<SnapshotEntry> entries;
    for (const ItemStatus &item : status.items()) {
        SnapshotEntry entry;
        entry.kind = item.kind;
        entry.code = item.code;
        entry.title = item.title;
        entry.status = item.judgement.status;
        entry.manual = item.judgement.manual;
        entry.progress = item.progress;
        if (item.judgement.target)
            entry.target = item.judgement.target->value;
        entry.actual = item.judgement.actual;
        entries.push_back(entry);
    }
    return entries;
}

ChangeText ReviewCompare::describe(const ItemChange &change)
{
    const auto number = [](const std::optional<double> &value) { return value ? QLocale().toString(*value, 'g', 10) : tr("none"); };
    switch (change.kind) {
    case ItemChange::Kind::Status:
        return {tr("status"), change.statusBefore ? StatusText::word(*change.statusBefore) : QString(),
                change.statusAfter ? StatusText::word(*change.statusAfter) : QString()};
    case ItemChange::Kind::Actual:
        return {tr("actual"), number(change.before), number(change.after)};
    case ItemChange::Kind::Target:
        return {tr("target"), number(change.before), number(change.after)};
    case ItemChange::Kind::Added:
        return {tr("added"), {}, {}};
    case ItemChange::Kind::Removed:
        return {tr("removed"), {}, {}};
    }
    return {};
}

Comparison ReviewCompare::compare(const Plan &plan, const QString &from, const std::vector<SnapshotEntry> &before, QDate fromDate,
                                  const QString &to, const std::vector<SnapshotEntry> &after, QDate toDate)
{
    Comparison comparison{from, to, {}, {}, {}};
    QHash<QString, const SnapshotEntry *> earlier;
    for (const SnapshotEntry &entry : before)
        earlier.insert(entry.code, &entry);
    QHash<QString, bool> seen;
    for (const SnapshotEntry &entry : after) {
        seen.insert(entry.code, true);
        const SnapshotEntry *old = earlier.value(entry.code);
        ItemChange change{ItemChange::Kind::Added, entry.kind, entry.code, entry.title, {}, entry.status, {}, {}};
        if (!old) {
            comparison.changes.push_back(change);
            continue;
        }
        change.statusBefore = old->status;
        if (old->status != entry.status) {
            change.kind = ItemChange::Kind::Status;
            comparison.changes.push_back(change);
        }
        if (old->actual != entry.actual) {
            change.kind = ItemChange::Kind::Actual;
            change.before = old->actual;
            change.after = entry.actual;
            comparison.changes.push_back(change);
        }
        if (old->target != entry.target) {
            change.kind = ItemChange::Kind::Target;
            change.before = old->target;
            change.after = entry.target;
            comparison.changes.push_back(change);
        }
    }
    for (const SnapshotEntry &entry : before) {
        if (!seen.contains(entry.code))
            comparison.changes.push_back(ItemChange{ItemChange::Kind::Removed, entry.kind, entry.code, entry.title, entry.status, {}, {}, {}});
    }

    const auto within = [&](QDate date) { return date.isValid() && date > fromDate && date <= toDate; };
    for (const Review &review : plan.reviews) {
        for (const Recommendation &recommendation : review.recommendations) {
            const QDate proposed = recommendation.changes.empty() ? review.date : recommendation.changes.front().date;
            if (within(proposed.isValid() ? proposed : review.date))
                comparison.opened.push_back({review.title, recommendation.text, recommendation.item, RecommendationState::Proposed,
                                             proposed.isValid() ? proposed : review.date});
            for (const StateChange &change : recommendation.changes) {
                if (change.state != RecommendationState::Forwarded && change.state != RecommendationState::Proposed && within(change.date))
                    comparison.closed.push_back({review.title, recommendation.text, recommendation.item, change.state, change.date});
            }
        }
    }
    return comparison;
}

} // namespace cairn
