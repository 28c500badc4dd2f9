#include "testsupport.h"

#include "core/recommendationflow.h"
#include "core/reviewcompare.h"

using namespace cairn;

namespace {

Recommendation proposedOn(QDate date)
{
    Recommendation recommendation;
    recommendation.text = QStringLiteral("Add a tutoring measure");
    recommendation.changes.push_back(StateChange{RecommendationState::Proposed, date, {}});
    return recommendation;
}

SnapshotEntry entry(ItemKind kind, const QString &code, Status status, std::optional<double> target = {}, std::optional<double> actual = {})
{
    SnapshotEntry snapshot;
    snapshot.kind = kind;
    snapshot.code = code;
    snapshot.title = code + QStringLiteral(" title");
    snapshot.status = status;
    snapshot.target = target;
    snapshot.actual = actual;
    return snapshot;
}

} // namespace

TEST_CASE("a recommendation moves only along its allowed steps", "[review][recommendation]")
{
    using S = RecommendationState;
    struct Row {
        S from;
        S to;
        bool allowed;
    };
    const Row rows[] = {
        {S::Proposed, S::Forwarded, true},    {S::Proposed, S::Approved, false},  {S::Proposed, S::Declined, false},
        {S::Proposed, S::Implemented, false}, {S::Proposed, S::Proposed, false},  {S::Forwarded, S::Approved, true},
        {S::Forwarded, S::Declined, true},    {S::Forwarded, S::Implemented, false}, {S::Forwarded, S::Proposed, false},
        {S::Approved, S::Implemented, true},  {S::Approved, S::Declined, false},  {S::Approved, S::Forwarded, false},
        {S::Declined, S::Approved, false},    {S::Declined, S::Implemented, false}, {S::Implemented, S::Approved, false},
    };
    const QDate start(2024, 10, 15);
    for (const Row &row : rows) {
        INFO(toToken(row.from).toStdString() << " -> " << toToken(row.to).toStdString());
        Recommendation recommendation = proposedOn(start);
        // Walk it to `from` along the allowed path.
        const std::vector<S> path = row.from == S::Declined      ? std::vector<S>{S::Forwarded, S::Declined}
                                    : row.from == S::Implemented ? std::vector<S>{S::Forwarded, S::Approved, S::Implemented}
                                    : row.from == S::Approved    ? std::vector<S>{S::Forwarded, S::Approved}
                                    : row.from == S::Forwarded   ? std::vector<S>{S::Forwarded}
                                                                 : std::vector<S>{};
        for (S step : path)
            REQUIRE(RecommendationFlow::advance(recommendation, step, start.addDays(1)).isEmpty());
        REQUIRE(recommendation.state() == row.from);
        const Recommendation before = recommendation;
        const QString problem = RecommendationFlow::advance(recommendation, row.to, start.addDays(30), QStringLiteral("Board vote 5-2"));
        CHECK(problem.isEmpty() == row.allowed);
        if (row.allowed) {
            CHECK(recommendation.state() == row.to);
            CHECK(recommendation.changes.back().date == start.addDays(30));
            CHECK(recommendation.changes.back().note == QStringLiteral("Board vote 5-2"));
        } else {
            CHECK(recommendation == before);
            CHECK_FALSE(problem.isEmpty());
        }
    }
    CHECK(RecommendationFlow::isFinal(S::Declined));
    CHECK(RecommendationFlow::isFinal(S::Implemented));
    CHECK_FALSE(RecommendationFlow::isFinal(S::Approved));
}

TEST_CASE("a recommendation's steps are dated, in order", "[review][recommendation]")
{
    Recommendation recommendation = proposedOn(QDate(2024, 10, 15));
    CHECK(RecommendationFlow::advance(recommendation, RecommendationState::Forwarded, QDate(2024, 9, 1))
              .contains(QStringLiteral("before the recommendation's last change on 2024-10-15")));
    CHECK(RecommendationFlow::advance(recommendation, RecommendationState::Forwarded, {}).contains(QStringLiteral("date")));
    CHECK(recommendation.changes.size() == 1);
    CHECK(RecommendationFlow::advance(recommendation, RecommendationState::Approved, QDate(2025, 1, 1))
              .contains(QStringLiteral("can next be forwarded to the board, not approved")));
    CHECK(RecommendationFlow::advance(recommendation, RecommendationState::Forwarded, QDate(2025, 3, 1)).isEmpty());
    CHECK(RecommendationFlow::advance(recommendation, RecommendationState::Declined, QDate(2025, 4, 10)).isEmpty());
    CHECK(RecommendationFlow::advance(recommendation, RecommendationState::Implemented, QDate(2025, 5, 1))
              .contains(QStringLiteral("which is final")));
}

TEST_CASE("comparing two moments finds status, value and target changes, additions, removals and recommendations", "[review][compare]")
{
    const std::vector<SnapshotEntry> before{
        entry(ItemKind::Goal, QStringLiteral("P1"), Status::AtRisk),
        entry(ItemKind::Measure, QStringLiteral("M1"), Status::AtRisk, 55, 53),
        entry(ItemKind::Measure, QStringLiteral("M2"), Status::OnTrack, 10, 12),
        entry(ItemKind::Measure, QStringLiteral("M4"), Status::NoData, 30),
    };
    const std::vector<SnapshotEntry> after{
        entry(ItemKind::Goal, QStringLiteral("P1"), Status::OnTrack),
        entry(ItemKind::Measure, QStringLiteral("M1"), Status::OnTrack, 55, 60),
        entry(ItemKind::Measure, QStringLiteral("M3"), Status::NoData, 40),
        entry(ItemKind::Measure, QStringLiteral("M4"), Status::NoData, 32),
    };
    Plan plan;
    Review fall2024;
    fall2024.title = QStringLiteral("Fall 2024 review");
    fall2024.date = QDate(2024, 10, 15);
    Recommendation decided = proposedOn(fall2024.date);
    REQUIRE(RecommendationFlow::advance(decided, RecommendationState::Forwarded, QDate(2025, 3, 1)).isEmpty());
    REQUIRE(RecommendationFlow::advance(decided, RecommendationState::Approved, QDate(2025, 4, 10)).isEmpty());
    fall2024.recommendations.push_back(decided);
    fall2024.recommendations.push_back(proposedOn(fall2024.date)); // still open, not new
    Review fall2025;
    fall2025.title = QStringLiteral("Fall 2025 review");
    fall2025.date = QDate(2025, 10, 20);
    fall2025.recommendations.push_back(proposedOn(fall2025.date));
    plan.reviews = {fall2024, fall2025};

    const Comparison comparison = ReviewCompare::compare(plan, fall2024.title, before, fall2024.date, fall2025.title, after, fall2025.date);
    std::vector<std::pair<QString, ItemChange::Kind>> found;
    for (const ItemChange &change : comparison.changes)
        found.emplace_back(change.code, change.kind);
    const std::vector<std::pair<QString, ItemChange::Kind>> expected{
        {QStringLiteral("P1"), ItemChange::Kind::Status}, {QStringLiteral("M1"), ItemChange::Kind::Status},
        {QStringLiteral("M1"), ItemChange::Kind::Actual}, {QStringLiteral("M3"), ItemChange::Kind::Added},
        {QStringLiteral("M4"), ItemChange::Kind::Target}, {QStringLiteral("M2"), ItemChange::Kind::Removed}};
    CHECK(found == expected);
    CHECK(comparison.changes[1].statusBefore == Status::AtRisk);
    CHECK(comparison.changes[1].statusAfter == Status::OnTrack);
    CHECK(comparison.changes[2].before == 53);
    CHECK(comparison.changes[2].after == 60);
    CHECK(comparison.changes[4].before == 30);
    CHECK(comparison.changes[4].after == 32);

    REQUIRE(comparison.opened.size() == 1);
    CHECK(comparison.opened.front().review == QStringLiteral("Fall 2025 review"));
    REQUIRE(comparison.closed.size() == 1);
    CHECK(comparison.closed.front().state == RecommendationState::Approved);
    CHECK(comparison.closed.front().date == QDate(2025, 4, 10));

    // The same moment twice: nothing changed.
    const Comparison same = ReviewCompare::compare(plan, fall2025.title, after, fall2025.date, fall2025.title, after, fall2025.date);
    CHECK(same.changes.empty());
    CHECK(same.opened.empty());
    CHECK(same.closed.empty());
}
