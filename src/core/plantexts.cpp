#include "plantexts.h"

#include <array>
#include <functional>

namespace cairn {

namespace {

template<typename T>
struct Field {
    const char *name; // in the JSON format and in the item's `es`
    QString T::*member;
};

constexpr std::array planFields{Field<Plan>{"organization", &Plan::organization}, Field<Plan>{"title", &Plan::title}, Field<Plan>{"description", &Plan::description},
                                Field<Plan>{"mission", &Plan::mission}, Field<Plan>{"vision", &Plan::vision},
                                Field<Plan>{"theoryOfAction", &Plan::theoryOfAction},
                                Field<Plan>{"needsAssessment", &Plan::needsAssessment}};
constexpr std::array namedFields{Field<NamedText>{"name", &NamedText::name}, Field<NamedText>{"description", &NamedText::description}};
constexpr std::array sectionFields{Field<Section>{"heading", &Section::heading}, Field<Section>{"body", &Section::body}};
constexpr std::array goalFields{Field<Goal>{"title", &Goal::title}, Field<Goal>{"shortName", &Goal::shortName},
                                Field<Goal>{"description", &Goal::description}};
constexpr std::array objectiveFields{Field<Objective>{"title", &Objective::title}, Field<Objective>{"description", &Objective::description}};
constexpr std::array actionFields{Field<Action>{"description", &Action::description}};
constexpr std::array measureFields{Field<Measure>{"name", &Measure::name}, Field<Measure>{"description", &Measure::description}};

// Calls `visit(item, label, fields)` for the plan and every list entry and
// item in it that has texts of its own.
template<typename PlanT, typename Visit>
void forEachTextItem(PlanT &plan, Visit &&visit)
{
    visit(plan, QString(), planFields);
    const auto entries = [&](auto &list, const QString &what, const auto &fields) {
        for (std::size_t i = 0; i < list.size(); ++i)
            visit(list[i], what.arg(i + 1), fields);
    };
    entries(plan.coreValues, PlanTexts::tr("core value %1"), namedFields);
    entries(plan.profileAttributes, PlanTexts::tr("profile attribute %1"), namedFields);
    entries(plan.sections, PlanTexts::tr("section %1"), sectionFields);
    std::function<void(decltype((plan.goals.front().measures)))> measures = [&](auto &list) {
        for (auto &measure : list) {
            visit(measure, measure.code, measureFields);
            measures(measure.children);
        }
    };
    for (auto &goal : plan.goals) {
        visit(goal, goal.code, goalFields);
        measures(goal.measures);
        for (auto &objective : goal.objectives) {
            visit(objective, objective.code, objectiveFields);
            measures(objective.measures);
            for (auto &action : objective.actions)
                visit(action, action.code, actionFields);
        }
    }
}

std::vector<PlanTexts::Text> collect(const Plan &plan, bool onlyUntranslated)
{
    std::vector<PlanTexts::Text> found;
    forEachTextItem(plan, [&](const auto &item, const QString &label, const auto &fields) {
        for (const auto &field : fields) {
            if ((item.*field.member).trimmed().isEmpty())
                continue;
            const auto spanish = item.es.find(QString::fromLatin1(field.name));
            if (!onlyUntranslated || spanish == item.es.end() || spanish->second.trimmed().isEmpty())
                found.push_back({label.isEmpty() ? QString::fromLatin1(field.name) : label, QString::fromLatin1(field.name)});
        }
    });
    return found;
}

} // namespace

std::vector<const char *> PlanTexts::fields(Owner owner)
{
    const auto names = [](const auto &table) {
        std::vector<const char *> list;
        for (const auto &field : table)
            list.push_back(field.name);
        return list;
    };
    switch (owner) {
    case Owner::Plan: return names(planFields);
    case Owner::NamedText: return names(namedFields);
    case Owner::Section: return names(sectionFields);
    case Owner::Goal: return names(goalFields);
    case Owner::Objective: return names(objectiveFields);
    case Owner::Action: return names(actionFields);
    case Owner::Measure: return names(measureFields);
    }
    return {};
}

QString PlanTexts::fieldLabel(const QString &field)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"organization", QT_TRANSLATE_NOOP("cairn::PlanTexts", "organization")},
        {"title", QT_TRANSLATE_NOOP("cairn::PlanTexts", "title")},
        {"description", QT_TRANSLATE_NOOP("cairn::PlanTexts", "description")},
        {"mission", QT_TRANSLATE_NOOP("cairn::PlanTexts", "mission")},
        {"vision", QT_TRANSLATE_NOOP("cairn::PlanTexts", "vision")},
        {"theoryOfAction", QT_TRANSLATE_NOOP("cairn::PlanTexts", "theory of action")},
        {"needsAssessment", QT_TRANSLATE_NOOP("cairn::PlanTexts", "needs assessment")},
        {"name", QT_TRANSLATE_NOOP("cairn::PlanTexts", "name")},
        {"heading", QT_TRANSLATE_NOOP("cairn::PlanTexts", "heading")},
        {"body", QT_TRANSLATE_NOOP("cairn::PlanTexts", "text")},
        {"shortName", QT_TRANSLATE_NOOP("cairn::PlanTexts", "short name")},
    };
    for (const auto &[name, label] : labels) {
        if (field == QLatin1String(name))
            return tr(label);
    }
    return field;
}

Plan PlanTexts::inLanguage(Plan plan, const QString &language)
{
    if (language != QLatin1String("es"))
        return plan;
    forEachTextItem(plan, [](auto &item, const QString &, const auto &fields) {
        for (const auto &field : fields) {
            const auto spanish = item.es.find(QString::fromLatin1(field.name));
            if (spanish != item.es.end() && !spanish->second.trimmed().isEmpty())
                item.*field.member = spanish->second;
        }
    });
    return plan;
}

std::vector<PlanTexts::Text> PlanTexts::texts(const Plan &plan)
{
    return collect(plan, false);
}

std::vector<PlanTexts::Text> PlanTexts::untranslated(const Plan &plan)
{
    return collect(plan, true);
}

} // namespace cairn
