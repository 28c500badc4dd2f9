#include "testsupport.h"

#include "core/enums.h"

using namespace cairn;

template<typename Enum>
void checkRoundTrip()
{
    for (const Token<Enum> &entry : tokensFor<Enum>()) {
        INFO(entry.token);
        CHECK(toToken(entry.value) == QLatin1String(entry.token));
        CHECK(parseToken<Enum>(QLatin1String(entry.token)) == entry.value);
    }
    CHECK_FALSE(parseToken<Enum>(QStringLiteral("nonsense")).has_value());
}

TEST_CASE("every enum value has a token that reads back", "[tokens]")
{
    checkRoundTrip<ItemKind>();
    checkRoundTrip<ActionStatus>();
    checkRoundTrip<MeasureKind>();
    checkRoundTrip<MeasureType>();
    checkRoundTrip<Unit>();
    checkRoundTrip<Direction>();
    checkRoundTrip<Status>();
    checkRoundTrip<RecommendationState>();
}

TEST_CASE("status tokens are the ones the status rules name", "[tokens]")
{
    CHECK(acceptedTokens<Status>()
          == QStringLiteral("on_track, at_risk, off_track, complete, not_started, no_data, no_target, not_yet_due or discontinued"));
    CHECK(toToken(ActionStatus::OnHold) == QStringLiteral("on_hold"));
}
