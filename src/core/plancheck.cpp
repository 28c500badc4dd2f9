#include "plancheck.h"

#include "itemcodes.h"
#include "itemrules.h"
#include "numbertext.h"
#include "plantexts.h"
#include "suppression.h"
#include "valueplausibility.h"

#include <cmath>
#include <functional>

namespace cairn {

namespace {

class Checker
{
public:
    explicit Checker(const Plan &plan)
        : m_plan(plan)
    {
    }

    std::vector<Finding> run()
    {
        errors({}, {}, ItemRules::plan(m_plan));
        if (m_plan.organization.trimmed().isEmpty())
            warning({}, PlanCheck::tr("The plan does not name its organization."));
        forEachItem(m_plan, [&](const ItemView &item) {
            // An item without a code is named by its title.
            const QString name = item.code.trimmed().isEmpty() ? item.title.left(40) : item.code;
            if (const QString taken = m_codes.add(item.code, ItemCodes::describe(item)); !taken.isEmpty())
                error(name, taken, PlanCheck::tr("Codes used more than once"));

            switch (item.kind) {
            case ItemKind::Goal:
                errors(name, {}, ItemRules::goal(*item.goal));
                break;
            case ItemKind::Objective:
                errors(name, {}, ItemRules::objective(*item.objective));
                checkObjective(*item.objective);
                break;
            case ItemKind::Action:
                errors(name, {}, ItemRules::action(*item.action));
                checkAction(*item.action, inheritedOwner(item));
                break;
            case ItemKind::Measure:
                errors(name, {}, ItemRules::measure(*item.measure));
                checkMeasure(*item.measure, item.parentMeasure != nullptr, inheritedOwner(item));
                break;
            }
        });
        for (std::size_t i = 0; i < m_plan.reviews.size(); ++i)
            errors({}, QStringLiteral("reviews[%1]").arg(i), ItemRules::review(m_plan.reviews[i]));
        for (std::size_t i = 0; i < m_plan.audit.size(); ++i)
            errors({}, QStringLiteral("audit[%1]").arg(i), ItemRules::auditEntry(m_plan.audit[i]));
        checkReviews();
        checkSpanishTexts();
        return std::move(m_findings);
    }

private:
    // A plan that has begun to carry its texts in Spanish is told how many
    // are still only in the original, and which (the first few).
    void checkSpanishTexts()
    {
        const std::vector<PlanTexts::Text> all = PlanTexts::texts(m_plan);
        const std::vector<PlanTexts::Text> missing = PlanTexts::untranslated(m_plan);
        if (missing.empty() || missing.size() == all.size())
            return;
        constexpr std::size_t Named = 8;
        QStringList named;
        for (std::size_t i = 0; i < missing.size() && i < Named; ++i)
        {
            const QString field = PlanTexts::fieldLabel(missing[i].field);
            named.append(missing[i].item == missing[i].field ? field : missing[i].item + QLatin1Char(' ') + field);
        }
        if (missing.size() > Named)
            named.append(QStringLiteral("…"));
        warning({}, PlanCheck::tr("%1 of the plan's %2 texts have no Spanish text yet (%3); a Spanish report or website shows "
                                  "them in their original words.")
                        .arg(missing.size())
                        .arg(all.size())
                        .arg(named.join(QStringLiteral(", "))));
    }

    enum class Detail { CodeSays, MessageSays };
    void error(const QString &item, const QString &message, const QString &group = {}, Detail detail = Detail::MessageSays)
    {
        m_findings.push_back({Finding::Severity::Error, item, message, group, detail == Detail::MessageSays});
    }
    void warning(const QString &item, const QString &message, const QString &group = {}, Detail detail = Detail::MessageSays)
    {
        m_findings.push_back({Finding::Severity::Warning, item, message, group, detail == Detail::MessageSays});
    }
    // What breaks the rules every way into a plan keeps: the plan could not
    // be exported and imported again as it is.
    void errors(const QString &item, const QString &prefix, const FieldProblems &problems)
    {
        for (const FieldProblem &problem : problems)
            error(item, FieldProblem{fieldPath(prefix, problem.field), problem.message}.toString(),
                  item.isEmpty() && prefix.isEmpty() ? QString() : PlanCheck::tr("Fields that break the plan's rules"));
    }

    // An item without an owner of its own is owned by its objective's or
    // goal's owner.
    static bool inheritedOwner(const ItemView &item)
    {
        return (item.objective && !item.objective->owner.trimmed().isEmpty()) || !item.goal->owner.trimmed().isEmpty();
    }

    bool inPlan(SchoolYear year) const { return year >= m_plan.firstYear && year <= m_plan.lastYear; }

    void checkObjective(const Objective &objective)
    {
        if (objective.measures.empty())
            warning(objective.code, PlanCheck::tr("Objective %1 has no measure, so its progress cannot be shown.").arg(objective.code),
                    PlanCheck::tr("Objectives without a measure (their progress cannot be shown)"), Detail::CodeSays);
    }

    void checkAction(const Action &action, bool ownedAbove)
    {
        if (action.owner.trimmed().isEmpty() && action.responsibilities.empty() && !ownedAbove)
            warning(action.code, PlanCheck::tr("Action %1 has no owner.").arg(action.code), PlanCheck::tr("Actions without an owner"), Detail::CodeSays);
        if (!action.due.isSet())
            warning(action.code, PlanCheck::tr("Action %1 has no timeline: set a due year, a date or \"ongoing\".").arg(action.code),
                    PlanCheck::tr("Actions without a timeline (set a due year, a date or \"ongoing\")"), Detail::CodeSays);
        if (action.start.kind() == Timepoint::Kind::Year && action.due.kind() == Timepoint::Kind::Year
            && action.due.year() < action.start.year())
            error(action.code, PlanCheck::tr("Action %1 is due before it starts.").arg(action.code), PlanCheck::tr("Actions due before they start"),
                  Detail::CodeSays);
    }

    void checkMeasure(const Measure &measure, bool isChild, bool ownedAbove)
    {
        if (!isChild && !ownedAbove && measure.owner.trimmed().isEmpty())
            warning(measure.code, PlanCheck::tr("Measure %1 has no owner.").arg(measure.code), PlanCheck::tr("Measures without an owner"),
                    Detail::CodeSays);
        switch (measure.type) {
        case MeasureType::Numeric:
            checkNumeric(measure);
            if (isChild)
                checkGroupSizes(measure);
            break;
        case MeasureType::Milestone:
            if (!measure.dueDate.isValid())
                warning(measure.code, PlanCheck::tr("Milestone %1 has no due date.").arg(measure.code),
                        PlanCheck::tr("Milestones without a due date"), Detail::CodeSays);
            break;
        case MeasureType::Narrative:
            break;
        }
    }

    // Under a suppression rule a group's value is published only when its
    // size says it is safe to.
    void checkGroupSizes(const Measure &measure)
    {
        const auto rule = SuppressionRule::parse(m_plan.suppression);
        if (!rule || !rule->suppresses())
            return;
        QStringList years;
        for (const auto &[year, actual] : measure.actuals) {
            if (!actual.n)
                years.append(year.label());
        }
        if (!years.isEmpty())
            warning(measure.code, PlanCheck::tr("Measure %1's value for %2 has no group size (n), so it is not published under the plan's "
                                                "suppression rule \"%3\"; record how many students it is about.")
                                      .arg(measure.code, years.join(QStringLiteral(", ")), rule->token()),
                    PlanCheck::tr("Student-group values without a group size (n)"));
        if (measure.baseline.value && !measure.baseline.n)
            warning(measure.code, PlanCheck::tr("Measure %1's baseline has no group size (n), so it is not published under the plan's "
                                                "suppression rule \"%2\"; record how many students it is about.")
                                      .arg(measure.code, rule->token()),
                    PlanCheck::tr("Student-group baselines without a group size (n)"), Detail::CodeSays);
    }

    void checkNumeric(const Measure &measure)
    {
        const QString &code = measure.code;
        if (measure.unit == Unit::Unspecified)
            warning(code, PlanCheck::tr("Measure %1 has no unit.").arg(code), PlanCheck::tr("Measures without a unit"), Detail::CodeSays);
        if (measure.unit == Unit::Custom && measure.customUnit.trimmed().isEmpty())
            warning(code, PlanCheck::tr("Measure %1 has a custom unit without a name.").arg(code),
                    PlanCheck::tr("Measures with a custom unit without a name"), Detail::CodeSays);
        if (measure.source.trimmed().isEmpty())
            warning(code, PlanCheck::tr("Measure %1 does not say where its data comes from.").arg(code),
                    PlanCheck::tr("Measures without a data source"), Detail::CodeSays);
        if (!measure.baseline.year)
            warning(code, PlanCheck::tr("Measure %1 has no baseline.").arg(code), PlanCheck::tr("Measures without a baseline"), Detail::CodeSays);
        else if (measure.baseline.isPending())
            warning(code, PlanCheck::tr("Measure %1's baseline for %2 is still to be collected.").arg(code, measure.baseline.year->label()),
                    PlanCheck::tr("Baselines still to be collected"));
        if (!measure.finalTarget.value)
            warning(code, PlanCheck::tr("Measure %1 has no final target.").arg(code), PlanCheck::tr("Measures without a final target"),
                    Detail::CodeSays);
        if (measure.baseline.year && measure.finalTarget.year && *measure.finalTarget.year <= *measure.baseline.year)
            error(code, PlanCheck::tr("Measure %1's final target year %2 is not after its baseline year %3.")
                            .arg(code, measure.finalTarget.year->label(), measure.baseline.year->label()),
                  PlanCheck::tr("Final targets not after the baseline"));
        if (measure.finalTarget.year && !inPlan(*measure.finalTarget.year))
            warning(code, PlanCheck::tr("Measure %1's final target is for %2, outside the plan's years %3 to %4.")
                              .arg(code, measure.finalTarget.year->label(), m_plan.firstYear.label(), m_plan.lastYear.label()),
                    PlanCheck::tr("Targets outside the plan's years"));
        for (const auto &[year, value] : measure.targets) {
            if (!inPlan(year))
                warning(code, PlanCheck::tr("Measure %1 has a target for %2, outside the plan's years.").arg(code, year.label()),
                        PlanCheck::tr("Targets outside the plan's years"));
        }
        for (const auto &[year, actual] : measure.actuals) {
            if (year > m_plan.lastYear)
                error(code, PlanCheck::tr("Measure %1 has an actual value for %2, after the plan ends.").arg(code, year.label()),
                      PlanCheck::tr("Values for years after the plan ends"));
            else if (year > m_plan.reportYear)
                warning(code, PlanCheck::tr("Measure %1 has an actual value for %2, after the year under review %3.")
                                  .arg(code, year.label(), m_plan.reportYear.label()),
                        PlanCheck::tr("Values for years after the year under review"));
        }
        checkTrajectory(measure);
        checkValues(measure);
    }

    // What the year table and the values sheet ask about or refuse when a
    // value is typed (ValuePlausibility), for values that came in another
    // way (a JSON file, an older Cairn): each judged against the others.
    void checkValues(const Measure &measure)
    {
        auto judge = [&](const QString &what, double value, const std::function<void(Measure &)> &without) {
            Measure others = measure;
            without(others);
            if (const QString doubt = ValuePlausibility::doubt(others, value); !doubt.isEmpty())
                warning(measure.code, PlanCheck::tr("Measure %1's %2 (%3) may be mistyped. %4").arg(measure.code, what, shownNumber(value), doubt),
                        PlanCheck::tr("Values that may be mistyped"));
            if (measure.unit == Unit::Count && measure.decimals == 0 && std::trunc(value) != value)
                warning(measure.code, PlanCheck::tr("Measure %1 counts whole things, but its %2 is %3; correct it, or give the "
                                                    "measure decimals if it counts in fractions.")
                                          .arg(measure.code, what, shownNumber(value)),
                        PlanCheck::tr("Counts that are not whole numbers"));
        };
        if (measure.baseline.value)
            judge(PlanCheck::tr("baseline"), *measure.baseline.value, [](Measure &m) { m.baseline.value.reset(); });
        if (measure.finalTarget.value)
            judge(PlanCheck::tr("final target"), *measure.finalTarget.value, [](Measure &m) { m.finalTarget.value.reset(); });
        for (const auto &[year, target] : measure.targets)
            judge(PlanCheck::tr("%1 target").arg(year.label()), target, [year = year](Measure &m) { m.targets.erase(year); });
        for (const auto &[year, actual] : measure.actuals)
            judge(PlanCheck::tr("%1 actual").arg(year.label()), actual.value, [year = year](Measure &m) { m.actuals.erase(year); });
    }

    // Targets, from the baseline through the yearly targets to the final
    // target, should not move against the measure's direction.
    void checkTrajectory(const Measure &measure)
    {
        std::map<SchoolYear, double> path = measure.targets;
        if (measure.finalTarget.year && measure.finalTarget.value)
            path.emplace(*measure.finalTarget.year, *measure.finalTarget.value);
        if (measure.baseline.year && measure.baseline.value)
            path.emplace(*measure.baseline.year, *measure.baseline.value);
        const bool higher = measure.direction == Direction::HigherIsBetter;
        for (auto it = path.begin(); it != path.end() && std::next(it) != path.end(); ++it) {
            const auto &[year, value] = *std::next(it);
            const bool against = higher ? value < it->second : value > it->second;
            if (against)
                warning(measure.code, (higher ? PlanCheck::tr("Measure %1's target for %2 (%3) is lower than for %4 (%5), "
                                                              "although higher is better.")
                                              : PlanCheck::tr("Measure %1's target for %2 (%3) is higher than for %4 (%5), "
                                                              "although lower is better."))
                                          .arg(measure.code, year.label(), QString::number(value), it->first.label(),
                                               QString::number(it->second)),
                        PlanCheck::tr("Targets that move against the measure's direction"));
        }
    }

    void checkReviews()
    {
        for (const Review &review : m_plan.reviews) {
            for (const Recommendation &recommendation : review.recommendations) {
                if (!recommendation.item.isEmpty() && !m_codes.contains(recommendation.item))
                    warning(recommendation.item, PlanCheck::tr("A recommendation of \"%1\" concerns %2, which is no longer in the plan.")
                                                     .arg(review.title, recommendation.item),
                            PlanCheck::tr("Recommendations about items no longer in the plan"));
            }
        }
    }

    const Plan &m_plan;
    ItemCodes m_codes;
    std::vector<Finding> m_findings;
};

} // namespace

std::vector<Finding> PlanCheck::run(const Plan &plan)
{
    return Checker(plan).run();
}

bool PlanCheck::hasErrors(const std::vector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &finding) { return finding.severity == Finding::Severity::Error; });
}

} // namespace cairn
