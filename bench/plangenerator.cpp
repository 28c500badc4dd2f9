#include "plangenerator.h"

#include <QStringList>

namespace cairn::bench {

namespace {

// A small deterministic generator (a linear congruential one): the same
// seed always gives the same plan, on every machine.
class Random
{
public:
    explicit Random(unsigned seed)
        : m_state(seed)
    {
    }
    int below(int limit)
    {
        m_state = m_state * 1103515245u + 12345u;
        return int((m_state >> 16) % unsigned(limit));
    }
    double noise(double spread) { return (below(2001) - 1000) / 1000.0 * spread; }

private:
    unsigned m_state;
};

const QStringList Owners{QStringLiteral("Chief Academic Officer"), QStringLiteral("Chief Financial Officer"),
                         QStringLiteral("Chief Human Resources Officer"), QStringLiteral("Director of Assessment"),
                         QStringLiteral("Director of Student Services"), QStringLiteral("Director of Communications")};
const QStringList Groups{QStringLiteral("Economically disadvantaged"), QStringLiteral("Emergent bilingual"),
                         QStringLiteral("Special education"), QStringLiteral("African American"), QStringLiteral("Hispanic"),
                         QStringLiteral("White")};

Measure measureOf(const QString &code, const QString &name, const Plan &plan, int years, Random &random)
{
    Measure measure;
    measure.code = code;
    measure.name = name;
    measure.kind = MeasureKind::LongTerm;
    const bool percent = random.below(4) != 0;
    measure.unit = percent ? Unit::Percent : Unit::Count;
    measure.direction = random.below(5) == 0 ? Direction::LowerIsBetter : Direction::HigherIsBetter;
    const double base = percent ? 35 + random.below(40) : 100 + random.below(900);
    const double gain = (percent ? 15 : base * 0.3) * (measure.direction == Direction::HigherIsBetter ? 1 : -1);
    measure.baseline.year = plan.firstYear.start() - 1 > 0 ? std::optional(SchoolYear(plan.firstYear.start() - 1)) : std::nullopt;
    measure.baseline.value = base;
    measure.finalTarget.year = plan.lastYear;
    measure.finalTarget.value = base + gain;
    for (int y = 0; y < years; ++y) {
        const SchoolYear year(plan.firstYear.start() + y);
        const double onLine = base + gain * (y + 1) / years;
        if (y % 2 == 1 && year < plan.lastYear)
            measure.targets[year] = std::round(onLine * 10) / 10;
        if (year <= plan.reportYear) {
            Actual actual = Actual::of(std::round((onLine + random.noise(percent ? 4 : base * 0.05)) * 10) / 10);
            actual.preliminary = year == plan.reportYear && random.below(4) == 0;
            measure.actuals[year] = actual;
        }
    }
    return measure;
}

Review reviewOf(const Plan &plan, SchoolYear year, Random &random)
{
    Review review;
    review.title = QStringLiteral("Fall %1 review").arg(year.start() + 1);
    review.date = QDate(year.start() + 1, 10, 20);
    review.year = year;
    review.attendees = Owners;
    review.summary = QStringLiteral("The committee walked every goal.");
    for (const Goal &goal : plan.goals) {
        review.snapshot.push_back(SnapshotEntry{ItemKind::Goal, goal.code, goal.title, Status::OnTrack, false, 0.5, {}, {}});
        review.notes.push_back(ItemNote{goal.code, QStringLiteral("Discussed %1.").arg(goal.code), Owners.front(), {}});
    }
    const RecommendationState states[] = {RecommendationState::Proposed, RecommendationState::Forwarded, RecommendationState::Approved,
                                          RecommendationState::Declined, RecommendationState::Implemented};
    for (int i = 0; i < 5; ++i) {
        Recommendation recommendation;
        recommendation.text = QStringLiteral("Recommendation %1 of the %2").arg(i + 1).arg(review.title);
        recommendation.item = plan.goals[std::size_t(random.below(int(plan.goals.size())))].code;
        recommendation.changes.push_back(StateChange{RecommendationState::Proposed, review.date, {}});
        if (states[i] != RecommendationState::Proposed)
            recommendation.changes.push_back(StateChange{states[i], review.date.addMonths(5), {}});
        review.recommendations.push_back(recommendation);
    }
    return review;
}

} // namespace

Plan generatePlan(const PlanSize &size)
{
    Random random(size.seed);
    Plan plan;
    plan.organization = QStringLiteral("Benchmark Unified School District");
    plan.title = QStringLiteral("Generated strategic plan (%1 measures)").arg(size.measures());
    plan.firstYear = SchoolYear(2020);
    plan.lastYear = SchoolYear(2020 + size.years - 1);
    plan.reportYear = SchoolYear(2020 + std::max(0, size.years - 2));
    plan.mission = QStringLiteral("Every student, every day.");
    const ActionStatus statuses[] = {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::InProgress, ActionStatus::Complete,
                                     ActionStatus::Delayed, ActionStatus::OnHold};
    for (int g = 1; g <= size.goals; ++g) {
        Goal goal;
        goal.code = QStringLiteral("G%1").arg(g);
        goal.title = QStringLiteral("Goal %1: outcomes for students and staff").arg(g);
        goal.shortName = QStringLiteral("Goal %1").arg(g);
        goal.owner = Owners[random.below(int(Owners.size()))];
        for (int o = 1; o <= size.objectivesPerGoal; ++o) {
            Objective objective;
            objective.code = QStringLiteral("%1.%2").arg(g).arg(o);
            objective.title = QStringLiteral("Objective %1: improve results").arg(objective.code);
            if (random.below(2) == 0)
                objective.owner = Owners[random.below(int(Owners.size()))];
            for (int m = 1; m <= size.measuresPerObjective; ++m) {
                const QString code = QStringLiteral("%1-M%2").arg(objective.code).arg(m);
                Measure measure = measureOf(code, QStringLiteral("Measure %1").arg(code), plan, size.years, random);
                for (int c = 0; c < size.children; ++c) {
                    const QString childCode = code + QChar(u'a' + c % 26) + (c >= 26 ? QString::number(c / 26) : QString());
                    Measure child = measureOf(childCode, Groups[c % Groups.size()], plan, size.years, random);
                    child.unit = measure.unit;
                    measure.children.push_back(std::move(child));
                }
                objective.measures.push_back(std::move(measure));
            }
            for (int a = 0; a < size.actionsPerObjective; ++a) {
                Action action;
                action.code = QStringLiteral("%1%2").arg(objective.code).arg(QChar(u'A' + a % 26));
                action.description = QStringLiteral("Action %1: carry out the strategy").arg(action.code);
                action.status = statuses[random.below(6)];
                action.percentComplete = action.status == ActionStatus::Complete ? 100 : random.below(100);
                action.start = Timepoint::ofYear(plan.firstYear);
                action.due = Timepoint::ofYear(SchoolYear(plan.firstYear.start() + random.below(size.years)));
                objective.actions.push_back(std::move(action));
            }
            goal.objectives.push_back(std::move(objective));
        }
        plan.goals.push_back(std::move(goal));
    }
    if (size.years >= 3) {
        plan.reviews.push_back(reviewOf(plan, SchoolYear(plan.reportYear.start() - 2), random));
        plan.reviews.push_back(reviewOf(plan, SchoolYear(plan.reportYear.start() - 1), random));
    }
    return plan;
}

} // namespace cairn::bench
