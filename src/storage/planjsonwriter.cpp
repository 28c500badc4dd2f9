#include "planjson.h"

#include "core/planrules.h"
#include "core/plantexts.h"

#include <cmath>

namespace cairn {

namespace {

using Json = nlohmann::ordered_json;

std::string str(const QString &text)
{
    return text.toStdString();
}

// Whole numbers are written without a fraction ("63", not "63.0"); every
// whole number a plan may hold fits a long long.
Json number(double value)
{
    if (std::floor(value) == value && std::abs(value) <= PlanRules::MaxMagnitude)
        return static_cast<long long>(value);
    return value;
}

// Members are written only when they differ from their default, so a
// document stays as short as the plan it carries.
void put(Json &object, const char *key, const QString &text)
{
    if (!text.isEmpty())
        object[key] = str(text);
}

void put(Json &object, const char *key, const std::optional<double> &value)
{
    if (value)
        object[key] = number(*value);
}

void put(Json &object, const char *key, const QDate &date)
{
    if (date.isValid())
        object[key] = str(date.toString(Qt::ISODate));
}

void put(Json &object, const char *key, const QDateTime &when)
{
    if (when.isValid())
        object[key] = str(when.toUTC().toString(Qt::ISODate));
}

void put(Json &object, const char *key, const QStringList &list)
{
    if (list.isEmpty())
        return;
    Json array = Json::array();
    for (const QString &entry : list)
        array.push_back(str(entry));
    object[key] = std::move(array);
}

void put(Json &object, const char *key, Json array)
{
    if (!array.empty())
        object[key] = std::move(array);
}

// An item's texts in Spanish, under "es", in the order of its fields; nothing when it has none.
void put(Json &object, const Translation &texts, PlanTexts::Owner owner)
{
    if (texts.empty())
        return;
    Json translated;
    for (const char *field : PlanTexts::fields(owner)) {
        if (const auto text = texts.find(QString::fromLatin1(field)); text != texts.end())
            translated[field] = str(text->second);
    }
    object["es"] = std::move(translated);
}

template<typename T, typename F>
Json listOf(const std::vector<T> &items, F &&convert)
{
    Json array = Json::array();
    for (const T &item : items)
        array.push_back(convert(item));
    return array;
}

Json assessments(const std::vector<Assessment> &list)
{
    return listOf(list, [](const Assessment &assessment) {
        Json object;
        object["year"] = str(assessment.year.label());
        object["status"] = str(toToken(assessment.status));
        put(object, "rationale", assessment.rationale);
        put(object, "who", assessment.who);
        put(object, "when", assessment.when);
        return object;
    });
}

Json measureJson(const Measure &measure)
{
    Json object;
    object["code"] = str(measure.code);
    object["name"] = str(measure.name);
    put(object, "description", measure.description);
    put(object, measure.es, PlanTexts::Owner::Measure);
    object["kind"] = str(toToken(measure.kind));
    object["type"] = str(toToken(measure.type));
    put(object, "owner", measure.owner);
    if (measure.unit != Unit::Unspecified)
        object["unit"] = str(toToken(measure.unit));
    put(object, "customUnit", measure.customUnit);
    if (measure.decimals != 0)
        object["decimals"] = measure.decimals;
    if (measure.direction != Direction::HigherIsBetter)
        object["direction"] = str(toToken(measure.direction));
    put(object, "tolerance", measure.tolerance);
    put(object, "source", measure.source);
    if (measure.baseline.year) {
        Json baseline;
        baseline["year"] = str(measure.baseline.year->label());
        put(baseline, "value", measure.baseline.value);
        put(baseline, "note", measure.baseline.note);
        if (measure.baseline.n)
            baseline["n"] = *measure.baseline.n;
        object["baseline"] = std::move(baseline);
    }
    if (measure.finalTarget.year) {
        Json final;
        final["year"] = str(measure.finalTarget.year->label());
        put(final, "value", measure.finalTarget.value);
        object["finalTarget"] = std::move(final);
    }
    if (!measure.targets.empty()) {
        Json targets = Json::object();
        for (const auto &[year, value] : measure.targets)
            targets[str(year.label())] = number(value);
        object["targets"] = std::move(targets);
    }
    if (!measure.actuals.empty()) {
        Json actuals = Json::object();
        for (const auto &[year, actual] : measure.actuals) {
            Json entry;
            entry["value"] = number(actual.value);
            put(entry, "note", actual.note);
            put(entry, "who", actual.who);
            put(entry, "when", actual.when);
            if (actual.preliminary)
                entry["preliminary"] = true;
            put(entry, "returned", actual.returned);
            put(entry, "source", actual.source);
            put(entry, "asOf", actual.asOf);
            if (actual.n)
                entry["n"] = *actual.n;
            actuals[str(year.label())] = std::move(entry);
        }
        object["actuals"] = std::move(actuals);
    }
    if (measure.dueText.isEmpty())
        put(object, "due", measure.dueDate);
    else
        put(object, "due", measure.dueText); // read back to the same date
    put(object, "completed", measure.completedDate);
    put(object, "evidence", measure.evidence);
    put(object, "children", listOf(measure.children, measureJson));
    put(object, "supports", measure.supports);
    put(object, "assessments", assessments(measure.assessments));
    return object;
}

Json actionJson(const Action &action)
{
    Json object;
    object["code"] = str(action.code);
    object["description"] = str(action.description);
    put(object, action.es, PlanTexts::Owner::Action);
    put(object, "owner", action.owner);
    object["status"] = str(toToken(action.status));
    if (action.percentComplete != 0)
        object["percentComplete"] = action.percentComplete;
    put(object, "start", action.start.toText());
    put(object, "due", action.due.toText());
    if (action.recurring)
        object["recurring"] = true;
    put(object, "responsibilities", listOf(action.responsibilities, [](const Responsibility &entry) {
            Json item;
            item["role"] = str(entry.role);
            put(item, "duty", entry.duty);
            return item;
        }));
    put(object, "notes", listOf(action.notes, [](const ProgressNote &note) {
            Json item;
            put(item, "date", note.date);
            item["text"] = str(note.text);
            put(item, "who", note.who);
            return item;
        }));
    put(object, "supports", action.supports);
    put(object, "assessments", assessments(action.assessments));
    return object;
}

Json objectiveJson(const Objective &objective)
{
    Json object;
    object["code"] = str(objective.code);
    object["title"] = str(objective.title);
    put(object, "description", objective.description);
    put(object, objective.es, PlanTexts::Owner::Objective);
    put(object, "owner", objective.owner);
    put(object, "tags", objective.tags);
    put(object, "supports", objective.supports);
    put(object, "measures", listOf(objective.measures, measureJson));
    put(object, "actions", listOf(objective.actions, actionJson));
    put(object, "assessments", assessments(objective.assessments));
    return object;
}

Json goalJson(const Goal &goal)
{
    Json object;
    object["code"] = str(goal.code);
    object["title"] = str(goal.title);
    put(object, "shortName", goal.shortName);
    put(object, "description", goal.description);
    put(object, goal.es, PlanTexts::Owner::Goal);
    put(object, "rationale", goal.rationale);
    put(object, "owner", goal.owner);
    put(object, "tags", goal.tags);
    put(object, "supports", goal.supports);
    put(object, "measures", listOf(goal.measures, measureJson));
    put(object, "objectives", listOf(goal.objectives, objectiveJson));
    put(object, "assessments", assessments(goal.assessments));
    return object;
}

Json reviewJson(const Review &review)
{
    Json object;
    object["title"] = str(review.title);
    put(object, "date", review.date);
    object["year"] = str(review.year.label());
    put(object, "attendees", review.attendees);
    put(object, "summary", review.summary);
    put(object, "snapshot", listOf(review.snapshot, [](const SnapshotEntry &entry) {
            Json item;
            item["item"] = str(entry.code);
            item["kind"] = str(toToken(entry.kind));
            put(item, "title", entry.title);
            item["status"] = str(toToken(entry.status));
            if (entry.manual)
                item["manual"] = true;
            put(item, "progress", entry.progress);
            put(item, "target", entry.target);
            put(item, "actual", entry.actual);
            return item;
        }));
    put(object, "notes", listOf(review.notes, [](const ItemNote &note) {
            Json item;
            put(item, "item", note.item);
            item["text"] = str(note.text);
            put(item, "who", note.who);
            put(item, "when", note.when);
            return item;
        }));
    put(object, "recommendations", listOf(review.recommendations, [](const Recommendation &recommendation) {
            Json item;
            item["text"] = str(recommendation.text);
            put(item, "item", recommendation.item);
            item["changes"] = listOf(recommendation.changes, [](const StateChange &change) {
                Json entry;
                entry["state"] = str(toToken(change.state));
                put(entry, "date", change.date);
                put(entry, "note", change.note);
                return entry;
            });
            return item;
        }));
    return object;
}

Json auditJson(const AuditEntry &entry)
{
    Json object;
    put(object, "when", entry.when);
    put(object, "who", entry.who);
    if (entry.kind)
        object["kind"] = str(toToken(*entry.kind));
    put(object, "item", entry.item);
    object["field"] = str(entry.field);
    put(object, "old", entry.oldValue);
    put(object, "new", entry.newValue);
    return object;
}

Json namedJson(const QString &nameKey, const QString &name, const char *textKey, const QString &text, const Translation &es = {},
               PlanTexts::Owner owner = PlanTexts::Owner::NamedText)
{
    Json object;
    object[str(nameKey)] = str(name);
    put(object, textKey, text);
    put(object, es, owner);
    return object;
}

} // namespace

QByteArray PlanJson::write(const Plan &plan)
{
    Json body;
    put(body, "id", plan.uuid);
    if (plan.kind != PlanKind::District)
        body["kind"] = str(toToken(plan.kind));
    put(body, "unit", plan.unit);
    if (!plan.alignsTo.isEmpty()) {
        Json alignsTo;
        alignsTo["id"] = str(plan.alignsTo.id);
        put(alignsTo, "title", plan.alignsTo.title);
        body["alignsTo"] = std::move(alignsTo);
    }
    put(body, "organization", plan.organization);
    body["title"] = str(plan.title);
    put(body, "description", plan.description);
    body["firstYear"] = str(plan.firstYear.label());
    body["lastYear"] = str(plan.lastYear.label());
    body["reportYear"] = str(plan.reportYear.label());
    put(body, "mission", plan.mission);
    put(body, "vision", plan.vision);
    put(body, "theoryOfAction", plan.theoryOfAction);
    put(body, "needsAssessment", plan.needsAssessment);
    put(body, plan.es, PlanTexts::Owner::Plan);
    put(body, "suppression", plan.suppression);
    if (plan.numbers != NumberStyle::CommaPoint)
        body["numbers"] = str(toToken(plan.numbers));
    put(body, "dataCallDue", plan.dataCallDue);
    const QString name = QStringLiteral("name");
    put(body, "coreValues", listOf(plan.coreValues, [&](const NamedText &value) {
            return namedJson(name, value.name, "description", value.description, value.es);
        }));
    put(body, "profileAttributes", listOf(plan.profileAttributes, [&](const NamedText &value) {
            return namedJson(name, value.name, "description", value.description, value.es);
        }));
    put(body, "sections", listOf(plan.sections, [](const Section &section) {
            return namedJson(QStringLiteral("heading"), section.heading, "body", section.body, section.es, PlanTexts::Owner::Section);
        }));
    put(body, "people", listOf(plan.people, [&](const Person &person) { return namedJson(name, person.name, "role", person.role); }));
    put(body, "goals", listOf(plan.goals, goalJson));
    put(body, "reviews", listOf(plan.reviews, reviewJson));
    put(body, "audit", listOf(plan.audit, auditJson));

    Json document;
    document["format"] = Format;
    document["version"] = Version;
    document["plan"] = std::move(body);
    return QByteArray::fromStdString(document.dump(2) + '\n');
}

} // namespace cairn
