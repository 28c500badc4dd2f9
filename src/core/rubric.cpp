#include "rubric.h"

#include "rubricparts.h"
#include "statustext.h"
#include "textparts.h"

namespace cairn {

namespace {

constexpr Token<RubricPart> PartTokens[] = {
    {RubricPart::Mission, "mission"},
    {RubricPart::Vision, "vision"},
    {RubricPart::CoreValues, "core_values"},
    {RubricPart::DataAnalysis, "data_analysis"},
    {RubricPart::TheoryOfAction, "theory_of_action"},
    {RubricPart::StrategicObjectives, "strategic_objectives"},
    {RubricPart::Initiatives, "initiatives"},
    {RubricPart::MeasurableOutcomes, "measurable_outcomes"},
    {RubricPart::Alignment, "alignment"},
    {RubricPart::Input, "input"},
    {RubricPart::StudentGroups, "student_groups"},
};

constexpr Token<Rating> RatingTokens[] = {
    {Rating::Met, "met"},
    {Rating::PartlyMet, "partly_met"},
    {Rating::Missing, "missing"},
    {Rating::DoesNotApply, "does_not_apply"},
};

// Each component: how it is judged and Cairn's thresholds for it. A text
// is met from a few words (a placeholder such as "TBD" is not); the needs
// assessment and the theory of action need a sentence or more. Items are
// met when four in five satisfy the component, partly met from one.
struct Part {
    RubricPart part;
    void (*judge)(const Plan &, RubricResult &);
    int minWords;
};

constexpr Part Parts[] = {
    {RubricPart::Mission, &RubricParts::mission, 5},
    {RubricPart::Vision, &RubricParts::vision, 3},
    {RubricPart::CoreValues, &RubricParts::coreValues, 0},
    {RubricPart::DataAnalysis, &RubricParts::dataAnalysis, 20},
    {RubricPart::TheoryOfAction, &RubricParts::theoryOfAction, 12},
    {RubricPart::StrategicObjectives, &RubricParts::strategicObjectives, 0},
    {RubricPart::Initiatives, &RubricParts::initiatives, 0},
    {RubricPart::MeasurableOutcomes, &RubricParts::measurableOutcomes, 0},
    {RubricPart::Alignment, &RubricParts::alignment, 0},
    {RubricPart::Input, &RubricParts::input, 0},
    {RubricPart::StudentGroups, &RubricParts::studentGroups, 0},
};

const Part &partOf(RubricPart part)
{
    for (const Part &entry : Parts) {
        if (entry.part == part)
            return entry;
    }
    return Parts[0];
}

} // namespace

template<>
std::span<const Token<RubricPart>> tokensFor<RubricPart>()
{
    return PartTokens;
}

template<>
std::span<const Token<Rating>> tokensFor<Rating>()
{
    return RatingTokens;
}

QString RubricResult::label() const
{
    return criterion.label.isEmpty() ? Rubric::name(criterion.part) : criterion.label;
}

RubricCriterion Rubric::defaults(RubricPart part)
{
    RubricCriterion criterion;
    criterion.part = part;
    criterion.minWords = partOf(part).minWords;
    return criterion;
}

RubricCriteria Rubric::builtIn()
{
    RubricCriteria criteria;
    criteria.name = tr("Cairn's plan-quality rubric");
    for (const Part &part : Parts)
        criteria.criteria.push_back(defaults(part.part));
    return criteria;
}

std::vector<RubricResult> Rubric::review(const Plan &plan, const RubricCriteria &criteria)
{
    std::vector<RubricResult> results;
    for (const RubricCriterion &criterion : criteria.criteria) {
        RubricResult result;
        result.criterion = criterion;
        partOf(criterion.part).judge(plan, result);
        results.push_back(std::move(result));
    }
    return results;
}

Rating Rubric::rate(int satisfied, int total, const RubricCriterion &criterion)
{
    if (total <= 0 || satisfied <= 0)
        return Rating::Missing;
    const double percent = 100.0 * satisfied / total;
    if (percent >= criterion.metPercent)
        return Rating::Met;
    return percent >= criterion.partlyMetPercent ? Rating::PartlyMet : Rating::Missing;
}

QString Rubric::name(RubricPart part)
{
    switch (part) {
    case RubricPart::Mission: return tr("Mission");
    case RubricPart::Vision: return tr("Vision");
    case RubricPart::CoreValues: return tr("Core values");
    case RubricPart::DataAnalysis: return tr("Data analysis");
    case RubricPart::TheoryOfAction: return tr("Theory of action");
    case RubricPart::StrategicObjectives: return tr("Strategic objectives");
    case RubricPart::Initiatives: return tr("Initiatives");
    case RubricPart::MeasurableOutcomes: return tr("Measurable outcomes");
    case RubricPart::Alignment: return tr("Alignment to the district plan");
    case RubricPart::Input: return tr("Input");
    case RubricPart::StudentGroups: return tr("Student groups");
    }
    return {};
}

QString Rubric::word(Rating rating)
{
    switch (rating) {
    case Rating::Met: return tr("Met");
    case Rating::PartlyMet: return tr("Partly met");
    case Rating::Missing: return tr("Missing");
    case Rating::DoesNotApply: return tr("Does not apply");
    }
    return {};
}

QString Rubric::symbol(Rating rating)
{
    switch (rating) {
    case Rating::Met: return QStringLiteral("●");
    case Rating::PartlyMet: return QStringLiteral("◐");
    case Rating::Missing: return QStringLiteral("○");
    case Rating::DoesNotApply: return QStringLiteral("–");
    }
    return {};
}

QString Rubric::itemText(const RubricItem &item)
{
    if (!item.kind)
        return item.title;
    QString kind = StatusText::word(*item.kind);
    if (!kind.isEmpty())
        kind[0] = kind[0].toUpper();
    return tr("%1 %2 %3").arg(kind, item.code, oneLineTextParts(item.title)).trimmed();
}

} // namespace cairn
