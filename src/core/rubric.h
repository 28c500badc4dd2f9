#pragma once

#include "plan.h"

#include <QCoreApplication>

namespace cairn {

// The components a state's review of a plan looks for (docs/plan-quality.md).
enum class RubricPart {
    Mission,
    Vision,
    CoreValues,
    DataAnalysis,
    TheoryOfAction,
    StrategicObjectives,
    Initiatives,
    MeasurableOutcomes,
    Alignment,     // school and department plans only
    Input,         // school and department plans only
    StudentGroups,
};

enum class Rating { Met, PartlyMet, Missing, DoesNotApply };

template<> std::span<const Token<RubricPart>> tokensFor<RubricPart>();
template<> std::span<const Token<Rating>> tokensFor<Rating>();

// One component as a rubric reviews it: its label and thresholds.
struct RubricCriterion {
    RubricPart part = RubricPart::Mission;
    QString label; // the rubric's own name for it; empty for Cairn's
    // Components judged over items (measures, actions, …): met when at
    // least metPercent of them satisfy it; partly met when at least
    // partlyMetPercent do and at least one does; else missing.
    int metPercent = 80;
    int partlyMetPercent = 0;
    // Components that are a text (mission, vision, theory of action, the
    // needs assessment): shorter than this is partly met.
    int minWords = 0;

    bool operator==(const RubricCriterion &) const = default;
};

// A rubric: the components it reviews, in its order.
struct RubricCriteria {
    QString name;
    std::vector<RubricCriterion> criteria;

    bool operator==(const RubricCriteria &) const = default;
};

// Something a component names: an item of the outline (kind and code), or
// a thing that is no item (a student group, a person): a title alone.
struct RubricItem {
    std::optional<ItemKind> kind;
    QString code;
    QString title;

    bool operator==(const RubricItem &) const = default;
};

// What to add, and the items it concerns ("Give these measures a unit:" 1.2-L1, …).
struct RubricGap {
    QString text;
    std::vector<RubricItem> items;
};

struct RubricResult {
    RubricCriterion criterion;
    Rating rating = Rating::Missing;
    int satisfied = 0; // items that satisfy the component
    int total = 0;     // items judged; 0 for a text
    QString found;     // what the plan has, in a sentence
    std::vector<RubricGap> toAdd;

    QString label() const;
};

class Rubric
{
    Q_DECLARE_TR_FUNCTIONS(cairn::Rubric)

public:
    // Cairn's rubric: every component with its default thresholds.
    static RubricCriteria builtIn();
    // A component with Cairn's thresholds.
    static RubricCriterion defaults(RubricPart part);

    static std::vector<RubricResult> review(const Plan &plan, const RubricCriteria &criteria);
    // The rating of `satisfied` of `total` items by the criterion's thresholds.
    static Rating rate(int satisfied, int total, const RubricCriterion &criterion);

    // "Measurable outcomes"
    static QString name(RubricPart part);
    // "Met", "Partly met", "Missing", "Does not apply"
    static QString word(Rating rating);
    // A shape filled as far as the component is met: ● met, ◐ partly met,
    // ○ missing, – does not apply.
    static QString symbol(Rating rating);
    // "Measure 1.2-L1 Campus accountability rating", or a group's name.
    static QString itemText(const RubricItem &item);
};

} // namespace cairn
