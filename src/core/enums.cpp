#include "enums.h"

#include <array>

namespace cairn {

namespace {

constexpr std::array itemKinds{
    Token<ItemKind>{ItemKind::Goal, "goal"},
    Token<ItemKind>{ItemKind::Objective, "objective"},
    Token<ItemKind>{ItemKind::Action, "action"},
    Token<ItemKind>{ItemKind::Measure, "measure"},
};

constexpr std::array actionStatuses{
    Token<ActionStatus>{ActionStatus::NotStarted, "not_started"},
    Token<ActionStatus>{ActionStatus::InProgress, "in_progress"},
    Token<ActionStatus>{ActionStatus::Complete, "complete"},
    Token<ActionStatus>{ActionStatus::Delayed, "delayed"},
    Token<ActionStatus>{ActionStatus::OnHold, "on_hold"},
    Token<ActionStatus>{ActionStatus::Discontinued, "discontinued"},
};

constexpr std::array measureKinds{
    Token<MeasureKind>{MeasureKind::Progress, "progress"},
    Token<MeasureKind>{MeasureKind::LongTerm, "long_term"},
};

constexpr std::array measureTypes{
    Token<MeasureType>{MeasureType::Numeric, "numeric"},
    Token<MeasureType>{MeasureType::Milestone, "milestone"},
    Token<MeasureType>{MeasureType::Narrative, "narrative"},
};

constexpr std::array units{
    Token<Unit>{Unit::Unspecified, "unspecified"},
    Token<Unit>{Unit::Percent, "percent"},
    Token<Unit>{Unit::Count, "count"},
    Token<Unit>{Unit::Currency, "currency"},
    Token<Unit>{Unit::Score, "score"},
    Token<Unit>{Unit::Rating, "rating"},
    Token<Unit>{Unit::Days, "days"},
    Token<Unit>{Unit::Custom, "custom"},
};

constexpr std::array directions{
    Token<Direction>{Direction::HigherIsBetter, "higher_is_better"},
    Token<Direction>{Direction::LowerIsBetter, "lower_is_better"},
};

constexpr std::array statuses{
    Token<Status>{Status::OnTrack, "on_track"},
    Token<Status>{Status::AtRisk, "at_risk"},
    Token<Status>{Status::OffTrack, "off_track"},
    Token<Status>{Status::Complete, "complete"},
    Token<Status>{Status::NotStarted, "not_started"},
    Token<Status>{Status::NoData, "no_data"},
    Token<Status>{Status::NoTarget, "no_target"},
    Token<Status>{Status::NotYetDue, "not_yet_due"},
    Token<Status>{Status::Discontinued, "discontinued"},
};

constexpr std::array recommendationStates{
    Token<RecommendationState>{RecommendationState::Proposed, "proposed"},
    Token<RecommendationState>{RecommendationState::Forwarded, "forwarded"},
    Token<RecommendationState>{RecommendationState::Approved, "approved"},
    Token<RecommendationState>{RecommendationState::Declined, "declined"},
    Token<RecommendationState>{RecommendationState::Implemented, "implemented"},
};

constexpr std::array planKinds{
    Token<PlanKind>{PlanKind::District, "district"},
    Token<PlanKind>{PlanKind::School, "school"},
    Token<PlanKind>{PlanKind::Department, "department"},
};

// Each style's token is the number it writes, so a plan file reads plainly.
constexpr std::array numberStyles{
    Token<NumberStyle>{NumberStyle::CommaPoint, "1,234.5"},
    Token<NumberStyle>{NumberStyle::PointComma, "1.234,5"},
    Token<NumberStyle>{NumberStyle::SpaceComma, "1 234,5"},
};

} // namespace

template<>
std::span<const Token<ItemKind>> tokensFor<ItemKind>()
{
    return itemKinds;
}

template<>
std::span<const Token<ActionStatus>> tokensFor<ActionStatus>()
{
    return actionStatuses;
}

template<>
std::span<const Token<MeasureKind>> tokensFor<MeasureKind>()
{
    return measureKinds;
}

template<>
std::span<const Token<MeasureType>> tokensFor<MeasureType>()
{
    return measureTypes;
}

template<>
std::span<const Token<Unit>> tokensFor<Unit>()
{
    return units;
}

template<>
std::span<const Token<Direction>> tokensFor<Direction>()
{
    return directions;
}

template<>
std::span<const Token<Status>> tokensFor<Status>()
{
    return statuses;
}

template<>
std::span<const Token<RecommendationState>> tokensFor<RecommendationState>()
{
    return recommendationStates;
}

template<>
std::span<const Token<PlanKind>> tokensFor<PlanKind>()
{
    return planKinds;
}

template<>
std::span<const Token<NumberStyle>> tokensFor<NumberStyle>()
{
    return numberStyles;
}

} // namespace cairn
