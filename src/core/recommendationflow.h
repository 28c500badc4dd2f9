#pragma once

#include "review.h"

#include <QCoreApplication>

namespace cairn {

// The life of a committee recommendation: proposed in a review, forwarded
// to the board, approved or declined there, and an approved one at last
// implemented. Every step is dated and may carry a decision note.
class RecommendationFlow
{
    Q_DECLARE_TR_FUNCTIONS(cairn::RecommendationFlow)

public:
    // The states a recommendation in `from` may move to next.
    static std::vector<RecommendationState> next(RecommendationState from);
    static bool isFinal(RecommendationState state) { return next(state).empty(); }
    // Moves `recommendation` to `to` on `date`, or returns why it may not
    // (and leaves it as it was).
    static QString advance(Recommendation &recommendation, RecommendationState to, QDate date, const QString &note = {});
};

} // namespace cairn
