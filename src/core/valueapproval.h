#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace cairn {

// The data call: owners enter their measures' values for the year under
// review, the values wait as preliminary in the coordinator's queue, and the
// coordinator approves them (final) or returns them with a note.
class ValueApproval
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ValueApproval)

public:
    // A preliminary value and the measure it belongs to.
    struct Pending {
        qint64 measureId = 0;
        QString code;
        QString name;
        QString owner; // the measure's, or else its objective's or goal's
        SchoolYear year;
        Actual actual;
    };

    // Every preliminary value of the plan, newest year first, then in
    // outline order; returned values included (Actual::returned).
    static std::vector<Pending> queue(const Plan &plan);

    // Marks values entered: a value whose figure, note, group size, source
    // or date changed between `before` and `after` is no longer returned,
    // and, when `waitForApproval` (an owner entering on a shared plan), it
    // is preliminary whatever was asked.
    static void markEntered(const Measure &before, Measure &after, bool waitForApproval);

    // The value approved (final), or sent back with the coordinator's note.
    static Actual approved(Actual actual);
    static Actual returned(Actual actual, const QString &note);

    // The data call in a sentence, as of `today`: "The 2025-26 values are
    // due Tuesday, June 30, 2026, in 12 days." (or "were due …, 3 days
    // ago", or that no date was set).
    static QString dueText(const Plan &plan, const QDate &today);
};

// What one person has to update for the year under review: the measures
// and actions whose owner (their own, or else their objective's or goal's)
// is one of `names`.
struct OwnerUpdates {
    struct MeasureRow {
        const Measure *measure = nullptr;
        const Actual *actual = nullptr; // the year's value; null when missing
    };
    std::vector<MeasureRow> measures; // numeric ones, parents before their children
    std::vector<const Action *> actions;

    static OwnerUpdates of(const Plan &plan, const QStringList &names);
    // The owner names a person answers to: their name, their role, and the
    // roles the plan's people list gives that name.
    static QStringList namesOf(const Plan &plan, const QString &name, const QString &role);

    int missing() const;
    int returned() const;
    int waiting() const; // preliminary, not returned
};

} // namespace cairn
