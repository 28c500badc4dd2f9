#include "rubricparts.h"

#include "alignment.h"
#include "planwalk.h"
#include "studentgroups.h"

#include <QRegularExpression>

namespace cairn {

namespace {

int wordCount(const QString &text)
{
    return int(text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

RubricItem itemOf(const ItemView &item)
{
    return RubricItem{item.kind, item.code, item.kind == ItemKind::Action ? item.action->description : item.title};
}

// Adds what to add when it concerns some items.
void gap(RubricResult &result, const QString &text, std::vector<RubricItem> items)
{
    if (!items.empty())
        result.toAdd.push_back(RubricGap{text, std::move(items)});
}

void advice(RubricResult &result, const QString &text)
{
    result.toAdd.push_back(RubricGap{text, {}});
}

// A statement of the plan (mission, vision, theory of action): missing
// when empty, partly met when shorter than the criterion's words.
void statement(const QString &text, RubricResult &result, const QString &whenMissing, const QString &whenShort)
{
    const int words = wordCount(text);
    if (words == 0) {
        result.rating = Rating::Missing;
        result.found = RubricParts::tr("Not stated.");
        advice(result, whenMissing);
    } else if (words < result.criterion.minWords) {
        result.rating = Rating::PartlyMet;
        result.found = RubricParts::tr("Stated in %n words.", nullptr, words);
        advice(result, whenShort.arg(result.criterion.minWords));
    } else {
        result.rating = Rating::Met;
        result.found = RubricParts::tr("Stated in %n words.", nullptr, words);
    }
}

const Section *sectionHeaded(const Plan &plan, const QRegularExpression &heading)
{
    for (const Section &section : plan.sections) {
        if (heading.match(section.heading).hasMatch() && !section.body.trimmed().isEmpty())
            return &section;
    }
    return nullptr;
}

QRegularExpression headingPattern(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool hasBaseline(const Measure &measure)
{
    return measure.baseline.year && measure.baseline.value;
}

bool hasOwner(const ItemView &item)
{
    return !item.owner().trimmed().isEmpty() || (item.parentMeasure && !item.parentMeasure->owner.trimmed().isEmpty())
           || (item.action && !item.action->responsibilities.empty());
}

void forEachNumeric(const Plan &plan, const std::function<void(const ItemView &)> &visit)
{
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure && item.measure->type == MeasureType::Numeric)
            visit(item);
    });
}

bool isSchoolPlan(const Plan &plan, RubricResult &result)
{
    if (plan.kind != PlanKind::District)
        return true;
    result.rating = Rating::DoesNotApply;
    result.found = RubricParts::tr("Reviewed for school and department plans only.");
    return false;
}

} // namespace

void RubricParts::mission(const Plan &plan, RubricResult &result)
{
    statement(plan.mission, result, tr("Write the plan's mission: why the district or school exists and whom it serves (Plan Details › Mission)."),
              tr("Write the mission as a full statement of at least %1 words (Plan Details › Mission)."));
}

void RubricParts::vision(const Plan &plan, RubricResult &result)
{
    statement(plan.vision, result,
              tr("Write the plan's vision: what students and schools will be like when the plan succeeds (Plan Details › Vision)."),
              tr("Write the vision as a full statement of at least %1 words (Plan Details › Vision)."));
}

void RubricParts::theoryOfAction(const Plan &plan, RubricResult &result)
{
    statement(plan.theoryOfAction, result,
              tr("Write the theory of action: \"If we do these things, then students will gain this\", linking the "
                 "initiatives to the outcomes (Plan Details › Theory of action)."),
              tr("Say in at least %1 words what the plan will do and what it expects to change for students "
                 "(Plan Details › Theory of action)."));
}

void RubricParts::coreValues(const Plan &plan, RubricResult &result)
{
    result.total = int(plan.coreValues.size());
    result.satisfied = result.total;
    if (!plan.coreValues.empty()) {
        result.rating = Rating::Met;
        result.found = tr("%n core values listed.", nullptr, result.total);
        return;
    }
    static const QRegularExpression values = headingPattern(R"(valu|belie|valores|creencias|creemos)");
    if (const Section *section = sectionHeaded(plan, values)) {
        result.rating = Rating::PartlyMet;
        result.found = tr("Stated only as the text of the section \"%1\".").arg(section->heading);
        advice(result, tr("List the core values one by one, each with what it means (Plan Details › Core values); the "
                          "section \"%1\" states them only as text.")
                           .arg(section->heading));
        return;
    }
    result.rating = Rating::Missing;
    result.found = tr("None listed.");
    advice(result, tr("List the plan's core values, each with what it means (Plan Details › Core values)."));
}

void RubricParts::dataAnalysis(const Plan &plan, RubricResult &result)
{
    // The plan's own needs assessment; in a plan from before it had one, a
    // section that says it is one.
    static const QRegularExpression needs =
        headingPattern(R"(needs|data\s+(?:analysis|review)|an[aá]lisis|necesidades|diagn[oó]stic)");
    const Section *section = plan.needsAssessment.trimmed().isEmpty() ? sectionHeaded(plan, needs) : nullptr;
    const bool own = !plan.needsAssessment.trimmed().isEmpty();
    const int words = own ? wordCount(plan.needsAssessment) : section ? wordCount(section->body) : 0;

    std::vector<RubricItem> noBaseline, noSource;
    forEachNumeric(plan, [&](const ItemView &item) {
        ++result.total;
        if (!hasBaseline(*item.measure))
            noBaseline.push_back(itemOf(item));
        if (item.measure->source.trimmed().isEmpty())
            noSource.push_back(itemOf(item));
        if (hasBaseline(*item.measure) && !item.measure->source.trimmed().isEmpty())
            ++result.satisfied;
    });
    const Rating measures = Rubric::rate(result.satisfied, result.total, result.criterion);
    const bool written = words >= result.criterion.minWords && words > 0;
    result.rating = written && measures == Rating::Met          ? Rating::Met
                    : words > 0 || measures != Rating::Missing ? Rating::PartlyMet
                                                               : Rating::Missing;
    const QString text = own       ? tr("Needs assessment in %n words", nullptr, words)
                         : section ? tr("Needs assessment \"%1\" in %n words", nullptr, words).arg(section->heading)
                                   : tr("No needs assessment");
    result.found = tr("%1; %2 of %3 numeric measures have a baseline with its year and a data source.")
                       .arg(text)
                       .arg(result.satisfied)
                       .arg(result.total);
    if (!own && !section)
        advice(result, tr("Write the needs assessment (Plan Details › Needs assessment): what the data show and which needs "
                          "the plan answers."));
    else if (!written && own)
        advice(result, tr("Say more in the needs assessment (at least %1 words): what the data show and which needs the plan answers.")
                           .arg(result.criterion.minWords));
    else if (!written)
        advice(result, tr("Say more in the section \"%1\" (at least %2 words): what the data show and which needs the plan answers.")
                           .arg(section->heading)
                           .arg(result.criterion.minWords));
    if (result.total == 0)
        advice(result, tr("Add measures that show the needs in numbers, each with a baseline and a data source."));
    gap(result, tr("Give these measures a baseline value and its year:"), std::move(noBaseline));
    gap(result, tr("Name where these measures' data come from:"), std::move(noSource));
}

void RubricParts::strategicObjectives(const Plan &plan, RubricResult &result)
{
    std::vector<RubricItem> bare;
    for (const Goal &goal : plan.goals) {
        ++result.total;
        if (goal.objectives.empty())
            bare.push_back(RubricItem{ItemKind::Goal, goal.code, goal.title});
        else
            ++result.satisfied;
    }
    result.rating = Rubric::rate(result.satisfied, result.total, result.criterion);
    result.found = tr("%1 of %2 goals have strategic objectives.").arg(result.satisfied).arg(result.total);
    if (plan.goals.empty())
        advice(result, tr("Add the plan's goals, each with its strategic objectives."));
    gap(result, tr("Add a strategic objective under these goals:"), std::move(bare));
}

void RubricParts::initiatives(const Plan &plan, RubricResult &result)
{
    std::vector<RubricItem> noAction, noOwner, noTimeline;
    int actions = 0;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind == ItemKind::Objective && item.objective->actions.empty()) {
            ++result.total;
            noAction.push_back(itemOf(item));
        }
        if (item.kind != ItemKind::Action)
            return;
        ++result.total;
        ++actions;
        const bool owned = hasOwner(item);
        if (!owned)
            noOwner.push_back(itemOf(item));
        if (!item.action->due.isSet())
            noTimeline.push_back(itemOf(item));
        if (owned && item.action->due.isSet())
            ++result.satisfied;
    });
    result.rating = Rubric::rate(result.satisfied, result.total, result.criterion);
    result.found = tr("%1 of %2 actions have an owner and a timeline; objectives without an action: %3.")
                       .arg(result.satisfied)
                       .arg(actions)
                       .arg(noAction.size());
    if (result.total == 0)
        advice(result, tr("Add the actions (initiatives) that carry out each objective, each with an owner and a timeline."));
    gap(result, tr("Add an action (initiative) under these objectives:"), std::move(noAction));
    gap(result, tr("Name who owns these actions:"), std::move(noOwner));
    gap(result, tr("Give these actions a timeline (a due year, a date or \"ongoing\"):"), std::move(noTimeline));
}

void RubricParts::measurableOutcomes(const Plan &plan, RubricResult &result)
{
    std::vector<RubricItem> noName, noUnit, noBaseline, noTarget, noSource, noOwner;
    int measures = 0;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure)
            ++measures;
    });
    forEachNumeric(plan, [&](const ItemView &item) {
        const Measure &measure = *item.measure;
        ++result.total;
        const RubricItem named = itemOf(item);
        const bool checks[] = {
            !measure.name.trimmed().isEmpty(),
            measure.unit != Unit::Unspecified && (measure.unit != Unit::Custom || !measure.customUnit.trimmed().isEmpty()),
            hasBaseline(measure),
            measure.finalTarget.year && measure.finalTarget.value,
            !measure.source.trimmed().isEmpty(),
            hasOwner(item),
        };
        std::vector<RubricItem> *lists[] = {&noName, &noUnit, &noBaseline, &noTarget, &noSource, &noOwner};
        bool smart = true;
        for (std::size_t i = 0; i < std::size(checks); ++i) {
            if (!checks[i])
                lists[i]->push_back(named);
            smart = smart && checks[i];
        }
        if (smart)
            ++result.satisfied;
    });
    result.rating = Rubric::rate(result.satisfied, result.total, result.criterion);
    result.found = tr("%1 of %2 numeric measures are SMART: named, with a unit, a baseline and a final target with their "
                      "years, a data source and an owner.")
                       .arg(result.satisfied)
                       .arg(result.total);
    if (result.total == 0)
        advice(result, measures > 0 ? tr("State at least one outcome as a number with a baseline and a target: the plan's "
                                         "measures are all milestones or narratives.")
                                    : tr("Add measurable outcomes: measures with a unit, a baseline and a final target with "
                                         "their years, a data source and an owner."));
    gap(result, tr("Name these measures:"), std::move(noName));
    gap(result, tr("Give these measures a unit:"), std::move(noUnit));
    gap(result, tr("Give these measures a baseline value and its year:"), std::move(noBaseline));
    gap(result, tr("Give these measures a final target and its year:"), std::move(noTarget));
    gap(result, tr("Name where these measures' data come from:"), std::move(noSource));
    gap(result, tr("Name who owns these measures:"), std::move(noOwner));
}

void RubricParts::alignment(const Plan &plan, RubricResult &result)
{
    if (!isSchoolPlan(plan, result))
        return;
    std::vector<RubricItem> unaligned;
    for (const Goal &goal : plan.goals) {
        ++result.total;
        if (Alignment::supportsDistrict(goal))
            ++result.satisfied;
        else
            unaligned.push_back(RubricItem{ItemKind::Goal, goal.code, goal.title});
        for (const Objective &objective : goal.objectives) {
            ++result.total;
            if (Alignment::supportsDistrict(goal, objective))
                ++result.satisfied;
            else
                unaligned.push_back(RubricItem{ItemKind::Objective, objective.code, objective.title});
        }
    }
    result.rating = Rubric::rate(result.satisfied, result.total, result.criterion);
    // A plan that does not say which district plan it supports cannot be
    // read against it, however many links it has.
    if (plan.alignsTo.isEmpty() && result.rating == Rating::Met)
        result.rating = Rating::PartlyMet;
    result.found = tr("%1 of %2 goals and objectives support a district item.").arg(result.satisfied).arg(result.total);
    if (plan.alignsTo.isEmpty())
        advice(result, tr("Choose the district plan this plan aligns to (Plan Details › Choose District Plan…)."));
    if (result.total == 0)
        advice(result, tr("Add the plan's goals and objectives, each naming the district item it supports."));
    gap(result, tr("Name the district item each of these supports (its Supports field):"), std::move(unaligned));
}

void RubricParts::input(const Plan &plan, RubricResult &result)
{
    if (!isSchoolPlan(plan, result))
        return;
    std::vector<RubricItem> noRole;
    for (const Person &person : plan.people) {
        if (person.name.trimmed().isEmpty())
            continue;
        ++result.total;
        if (person.role.trimmed().isEmpty())
            noRole.push_back(RubricItem{std::nullopt, {}, person.name});
        else
            ++result.satisfied;
    }
    result.rating = Rubric::rate(result.satisfied, result.total, result.criterion);
    result.found = tr("%1 of %2 people listed have a role.").arg(result.satisfied).arg(result.total);
    if (result.total == 0)
        advice(result, tr("List who took part in writing the plan (staff, parents, community members), each with their "
                          "role (Plan Details › People)."));
    gap(result, tr("Give these people their role (Plan Details › People):"), std::move(noRole));
}

void RubricParts::studentGroups(const Plan &plan, RubricResult &result)
{
    QStringList texts{plan.mission, plan.vision, plan.theoryOfAction, plan.needsAssessment, plan.description};
    for (const Section &section : plan.sections)
        texts << section.heading << section.body;
    QStringList measured;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure) {
            for (const QString &group : StudentGroups::named(item.title + QLatin1Char('\n') + item.measure->description)) {
                if (!measured.contains(group))
                    measured.append(group);
            }
            return;
        }
        texts << item.title;
        if (item.goal && item.kind == ItemKind::Goal)
            texts << item.goal->description << item.goal->rationale;
        if (item.objective && item.kind == ItemKind::Objective)
            texts << item.objective->description;
    });
    QStringList named = StudentGroups::named(texts.join(QLatin1Char('\n')));
    for (const QString &group : measured) {
        if (!named.contains(group))
            named.append(group);
    }
    std::vector<RubricItem> without;
    QStringList labels;
    for (const QString &group : named) {
        labels.append(StudentGroups::label(group));
        if (!measured.contains(group))
            without.push_back(RubricItem{std::nullopt, {}, StudentGroups::label(group)});
    }
    result.total = int(named.size());
    result.satisfied = int(measured.size());
    result.rating = Rubric::rate(result.satisfied, result.total, result.criterion);
    if (named.isEmpty()) {
        result.found = tr("The plan names no student group.");
        advice(result, tr("Name the student groups whose needs the plan answers (English learners, students with "
                          "disabilities, …) and state an outcome for each."));
        return;
    }
    result.found = tr("Groups named: %1; with an outcome: %2 of %3.")
                       .arg(labels.join(QStringLiteral(", ")))
                       .arg(result.satisfied)
                       .arg(result.total);
    gap(result, tr("State an outcome for each of these groups (a measure, or a child measure of the outcome it concerns):"),
        std::move(without));
}

} // namespace cairn
