#include "recommendationflow.h"

#include "statustext.h"

#include <algorithm>

namespace cairn {

std::vector<RecommendationState> RecommendationFlow::next(RecommendationState from)
{
    switch (from) {
    case RecommendationState::Proposed:
        return {RecommendationState::Forwarded};
    case RecommendationState::Forwarded:
        return {RecommendationState::Approved, RecommendationState::Declined};
    case RecommendationState::Approved:
        return {RecommendationState::Implemented};
    case RecommendationState::Declined:
    case RecommendationState::Implemented:
        break;
    }
    return {};
}

QString RecommendationFlow::advance(Recommendation &recommendation, RecommendationState to, QDate date, const QString &note)
{
    const RecommendationState from = recommendation.state();
    const std::vector<RecommendationState> allowed = next(from);
    if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
        if (allowed.empty())
            return tr("This recommendation is %1, which is final; it cannot become %2.")
                .arg(StatusText::inText(from), StatusText::inText(to));
        QStringList choices;
        for (RecommendationState state : allowed)
            choices.append(StatusText::inText(state));
        return tr("A recommendation that is %1 can next be %2, not %3.")
            .arg(StatusText::inText(from), choices.join(tr(" or ")), StatusText::inText(to));
    }
    if (!date.isValid())
        return tr("Give the date of the change.");
    if (!recommendation.changes.empty() && recommendation.changes.back().date.isValid() && date < recommendation.changes.back().date)
        return tr("The change cannot be dated %1, before the recommendation's last change on %2.")
            .arg(date.toString(Qt::ISODate), recommendation.changes.back().date.toString(Qt::ISODate));
    recommendation.changes.push_back(StateChange{to, date, note});
    return {};
}

} // namespace cairn
