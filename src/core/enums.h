#pragma once

#include "tokens.h"

namespace cairn {

enum class ItemKind { Goal, Objective, Action, Measure };

enum class ActionStatus { NotStarted, InProgress, Complete, Delayed, OnHold, Discontinued };

// Progress measures are monitored along the way; long-term measures are the
// plan's SMART outcomes with yearly targets.
enum class MeasureKind { Progress, LongTerm };

enum class MeasureType { Numeric, Milestone, Narrative };

enum class Unit { Unspecified, Percent, Count, Currency, Score, Rating, Days, Custom };

enum class Direction { HigherIsBetter, LowerIsBetter };

// The judgement shown for an item. Computed by the status rules, or given
// by people in a manual assessment.
enum class Status { OnTrack, AtRisk, OffTrack, Complete, NotStarted, NoData, NoTarget, NotYetDue, Discontinued };

// Whose plan: the district's, or a school's or department's improvement
// plan that aligns to the district plan.
enum class PlanKind { District, School, Department };

// How the district writes numbers in its documents, whatever their language:
// a US district writes 1,234.5 in Spanish too.
enum class NumberStyle { CommaPoint, PointComma, SpaceComma };

enum class RecommendationState { Proposed, Forwarded, Approved, Declined, Implemented };

// Each enum's token table, defined in enums.cpp.
template<typename Enum>
std::span<const Token<Enum>> tokensFor();
template<> std::span<const Token<ItemKind>> tokensFor<ItemKind>();
template<> std::span<const Token<ActionStatus>> tokensFor<ActionStatus>();
template<> std::span<const Token<MeasureKind>> tokensFor<MeasureKind>();
template<> std::span<const Token<MeasureType>> tokensFor<MeasureType>();
template<> std::span<const Token<Unit>> tokensFor<Unit>();
template<> std::span<const Token<Direction>> tokensFor<Direction>();
template<> std::span<const Token<Status>> tokensFor<Status>();
template<> std::span<const Token<RecommendationState>> tokensFor<RecommendationState>();
template<> std::span<const Token<PlanKind>> tokensFor<PlanKind>();
template<> std::span<const Token<NumberStyle>> tokensFor<NumberStyle>();

template<typename Enum>
QString toToken(Enum value)
{
    return tokenOf(tokensFor<Enum>(), value);
}

template<typename Enum>
std::optional<Enum> parseToken(const QString &token)
{
    return fromToken(tokensFor<Enum>(), token);
}

template<typename Enum>
QString acceptedTokens()
{
    return tokenList(tokensFor<Enum>());
}

} // namespace cairn
