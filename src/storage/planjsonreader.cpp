#include "planjson.h"

#include "core/itemcodes.h"
#include "core/itemrules.h"
#include "core/planid.h"
#include "core/planrules.h"
#include "core/plantexts.h"
#include "core/suppression.h"

#include <QSet>

#include <cmath>

namespace cairn {

namespace {

// The school years a collection keyed by year (targets, actuals,
// assessments) has met, as first written, so that a second spelling of one
// year ("2024" after "2024-25") refuses the plan instead of silently
// replacing the first value.
class YearKeys
{
public:
    // Reports at `where` when `year` was met before.
    void add(const JsonNode &where, const QString &written, SchoolYear year)
    {
        const auto [first, added] = m_written.try_emplace(year.start(), written);
        if (!added)
            where.problem(PlanRules::sameYearProblem(first->second, written, year));
    }

private:
    std::map<int, QString> m_written;
};

class Reader
{
public:
    explicit Reader(std::vector<JsonProblem> &problems)
        : m_problems(problems)
    {
    }

    Plan readDocument(const nlohmann::json &document)
    {
        const JsonNode root(&document, {}, &m_problems);
        Plan plan;
        if (!root.expectObject({"format", "version", "plan"}))
            return plan;
        if (root["format"].text() != QLatin1String(PlanJson::Format))
            root["format"].problem(JsonNode::tr("expected \"%1\": this is not a Cairn plan document").arg(QLatin1String(PlanJson::Format)));
        const JsonNode version = root["version"];
        if (!version.isPresent())
            version.problem(JsonNode::tr("is required"));
        else if (const int number = version.integer(PlanJson::Version); number > PlanJson::Version)
            version.problem(JsonNode::tr("this document is format version %1, written by a newer Cairn; this Cairn reads "
                                           "version %2. Export it again from a matching Cairn.")
                                .arg(number)
                                .arg(PlanJson::Version));
        else if (number < 1)
            version.problem(JsonNode::tr("expected a format version from 1, got %1").arg(number));
        const JsonNode node = root["plan"];
        if (!node.isPresent()) {
            node.problem(JsonNode::tr("is required"));
            return plan;
        }
        readPlan(node, plan);
        return plan;
    }

private:
    void readPlan(const JsonNode &node, Plan &plan)
    {
        if (!node.expectObject({"id", "kind", "unit", "alignsTo", "organization", "title", "description", "firstYear", "lastYear",
                                "reportYear", "mission", "vision", "theoryOfAction", "needsAssessment", "es", "suppression", "numbers", "dataCallDue", "coreValues", "profileAttributes", "sections",
                                "people", "goals", "reviews", "audit"}))
            return;
        plan.uuid = readPlanId(node["id"]);
        plan.kind = node["kind"].token(PlanKind::District);
        plan.unit = node["unit"].text();
        const JsonNode alignsTo = node["alignsTo"];
        if (alignsTo.isPresent() && alignsTo.expectObject({"id", "title"})) {
            plan.alignsTo.id = readPlanId(alignsTo["id"]);
            plan.alignsTo.title = alignsTo["title"].text();
            if (plan.alignsTo.id.isEmpty())
                alignsTo["id"].problem(JsonNode::tr("is required: the identity (\"id\") of the district plan"));
        }
        plan.organization = node["organization"].text();
        plan.title = node["title"].text();
        plan.description = node["description"].text();
        plan.firstYear = node["firstYear"].year().value_or(SchoolYear());
        plan.lastYear = node["lastYear"].year().value_or(SchoolYear());
        plan.reportYear = node["reportYear"].year().value_or(SchoolYear());
        plan.mission = node["mission"].text();
        plan.vision = node["vision"].text();
        plan.theoryOfAction = node["theoryOfAction"].text();
        plan.needsAssessment = node["needsAssessment"].text();
        plan.es = readTranslation(node["es"], PlanTexts::Owner::Plan);
        plan.suppression = node["suppression"].text();
        if (!SuppressionRule::parse(plan.suppression))
            node["suppression"].problem(JsonNode::tr("names no suppression rule; use tx, wi, de, ca or min-n:N"));
        if (const JsonNode numbers = node["numbers"]; numbers.isPresent()) {
            if (const auto style = parseToken<NumberStyle>(numbers.text()))
                plan.numbers = *style;
            else
                numbers.problem(JsonNode::tr("is no way of writing numbers; use \"1,234.5\", \"1.234,5\" or \"1 234,5\""));
        }
        plan.dataCallDue = node["dataCallDue"].date();
        node["coreValues"].forEach([&](const JsonNode &entry) { plan.coreValues.push_back(readNamed(entry)); });
        node["profileAttributes"].forEach([&](const JsonNode &entry) { plan.profileAttributes.push_back(readNamed(entry)); });
        node["sections"].forEach([&](const JsonNode &entry) {
            if (entry.expectObject({"heading", "body", "es"}))
                plan.sections.push_back({entry["heading"].text(), entry["body"].text(), readTranslation(entry["es"], PlanTexts::Owner::Section)});
        });
        node["people"].forEach([&](const JsonNode &entry) {
            if (entry.expectObject({"name", "role"}))
                plan.people.push_back({entry["name"].text(), entry["role"].text()});
        });
        report(node, ItemRules::plan(plan));
        node["goals"].forEach([&](const JsonNode &entry) { plan.goals.push_back(readGoal(entry)); });
        node["reviews"].forEach([&](const JsonNode &entry) { plan.reviews.push_back(readReview(entry)); });
        node["audit"].forEach([&](const JsonNode &entry) { plan.audit.push_back(readAudit(entry)); });
    }

    // A plan's identity as written ("id"): empty when absent, refused unless a UUID.
    QString readPlanId(const JsonNode &node)
    {
        const QString text = node.text().trimmed().toLower();
        if (!text.isEmpty() && !isPlanId(text)) {
            node.problem(JsonNode::tr("expected a plan identity, a UUID such as \"1b4e28ba-2fa1-11d2-883f-0016d3cca427\", got \"%1\"")
                             .arg(text.left(40)));
            return {};
        }
        return text;
    }

    SchoolYear requiredYear(const JsonNode &node)
    {
        if (!node.isPresent()) {
            node.problem(JsonNode::tr("is required"));
            return {};
        }
        return node.year().value_or(SchoolYear());
    }

    NamedText readNamed(const JsonNode &node)
    {
        if (!node.expectObject({"name", "description", "es"}))
            return {};
        return {node["name"].text(), node["description"].text(), readTranslation(node["es"], PlanTexts::Owner::NamedText)};
    }

    // An item's texts in Spanish ("es"): an object of the item's text fields.
    Translation readTranslation(const JsonNode &node, PlanTexts::Owner owner)
    {
        Translation texts;
        const std::vector<const char *> fields = PlanTexts::fields(owner);
        if (!node.isPresent() || !node.expectObject(fields))
            return texts;
        for (const char *field : fields) {
            if (const QString text = node[field].text(); !text.isEmpty())
                texts[QString::fromLatin1(field)] = text;
        }
        return texts;
    }

    // An item's code; whether it is valid is ItemRules', whether another
    // item has it ItemCodes'.
    QString readCode(const JsonNode &item)
    {
        const QString code = item["code"].text();
        if (const QString taken = m_codes.add(code, item.path()); !taken.isEmpty())
            item["code"].problem(taken);
        return code;
    }

    // Reports what breaks the rules every way into a plan keeps, at the
    // path of the field at fault. A value the reader refused already (a
    // malformed date, a number out of range) is not reported twice.
    void report(const JsonNode &node, const FieldProblems &problems)
    {
        for (; m_seen < m_problems.size(); ++m_seen)
            m_reported.insert(m_problems[m_seen].path);
        for (const FieldProblem &problem : problems) {
            const QString path = fieldPath(node.path(), problem.field);
            if (!m_reported.contains(path))
                m_problems.push_back({path, problem.message});
        }
    }

    // Checks an item read in full, then puts its assessments in year order
    // as Cairn keeps them; checked first, so that problems name the
    // assessments as the document lists them.
    template<typename Item>
    void check(const JsonNode &node, Item &item, FieldProblems (*rules)(const Item &))
    {
        report(node, rules(item));
        std::stable_sort(item.assessments.begin(), item.assessments.end(),
                         [](const Assessment &a, const Assessment &b) { return a.year < b.year; });
    }

    std::vector<Assessment> readAssessments(const JsonNode &node)
    {
        std::vector<Assessment> list;
        YearKeys years;
        node.forEach([&](const JsonNode &entry) {
            if (!entry.expectObject({"year", "status", "rationale", "who", "when"}))
                return;
            Assessment assessment;
            assessment.year = requiredYear(entry["year"]);
            if (assessment.year.isValid())
                years.add(entry["year"], entry["year"].text(), assessment.year);
            if (!entry["status"].isPresent())
                entry["status"].problem(JsonNode::tr("is required"));
            assessment.status = entry["status"].token(Status::NoData);
            assessment.rationale = entry["rationale"].text();
            assessment.who = entry["who"].text();
            assessment.when = entry["when"].dateTime();
            list.push_back(std::move(assessment));
        });
        return list;
    }

    Goal readGoal(const JsonNode &node)
    {
        Goal goal;
        if (!node.expectObject({"code", "title", "shortName", "description", "es", "rationale", "owner", "tags", "supports",
                                "measures", "objectives", "assessments"}))
            return goal;
        goal.code = readCode(node);
        goal.title = node["title"].text();
        goal.shortName = node["shortName"].text();
        goal.description = node["description"].text();
        goal.es = readTranslation(node["es"], PlanTexts::Owner::Goal);
        goal.rationale = node["rationale"].textList();
        goal.owner = node["owner"].text();
        goal.tags = node["tags"].textList();
        goal.supports = node["supports"].textList();
        goal.assessments = readAssessments(node["assessments"]);
        check(node, goal, &ItemRules::goal);
        node["measures"].forEach([&](const JsonNode &entry) { goal.measures.push_back(readMeasure(entry)); });
        node["objectives"].forEach([&](const JsonNode &entry) { goal.objectives.push_back(readObjective(entry)); });
        return goal;
    }

    Objective readObjective(const JsonNode &node)
    {
        Objective objective;
        if (!node.expectObject({"code", "title", "description", "es", "owner", "tags", "supports", "measures", "actions",
                                "assessments"}))
            return objective;
        objective.code = readCode(node);
        objective.title = node["title"].text();
        objective.description = node["description"].text();
        objective.es = readTranslation(node["es"], PlanTexts::Owner::Objective);
        objective.owner = node["owner"].text();
        objective.tags = node["tags"].textList();
        objective.supports = node["supports"].textList();
        objective.assessments = readAssessments(node["assessments"]);
        check(node, objective, &ItemRules::objective);
        node["measures"].forEach([&](const JsonNode &entry) { objective.measures.push_back(readMeasure(entry)); });
        node["actions"].forEach([&](const JsonNode &entry) { objective.actions.push_back(readAction(entry)); });
        return objective;
    }

    Timepoint readTimepoint(const JsonNode &node)
    {
        const QString text = node.text();
        const auto point = Timepoint::parse(text);
        if (!point) {
            node.problem(JsonNode::tr("expected a school year (\"2025-26\"), a date (\"2026-06-30\") or \"ongoing\", got \"%1\"").arg(text.left(40)));
            return {};
        }
        return *point;
    }

    Action readAction(const JsonNode &node)
    {
        Action action;
        if (!node.expectObject({"code", "description", "es", "owner", "status", "percentComplete", "start", "due", "recurring",
                                "responsibilities", "notes", "supports", "assessments"}))
            return action;
        action.code = readCode(node);
        action.description = node["description"].text();
        action.es = readTranslation(node["es"], PlanTexts::Owner::Action);
        action.owner = node["owner"].text();
        action.status = node["status"].token(ActionStatus::NotStarted);
        action.percentComplete = node["percentComplete"].integer(0);
        action.start = readTimepoint(node["start"]);
        action.due = readTimepoint(node["due"]);
        action.recurring = node["recurring"].boolean();
        action.supports = node["supports"].textList();
        node["responsibilities"].forEach([&](const JsonNode &entry) {
            if (entry.expectObject({"role", "duty"}))
                action.responsibilities.push_back({entry["role"].text(), entry["duty"].text()});
        });
        node["notes"].forEach([&](const JsonNode &entry) {
            if (entry.expectObject({"date", "text", "who"}))
                action.notes.push_back({entry["date"].date(), entry["text"].text(), entry["who"].text()});
        });
        action.assessments = readAssessments(node["assessments"]);
        check(node, action, &ItemRules::action);
        return action;
    }

    Measure readMeasure(const JsonNode &node, int depth = 0)
    {
        Measure measure;
        if (!node.expectObject({"code", "name", "description", "es", "kind", "type", "owner", "unit", "customUnit", "decimals",
                                "direction", "tolerance", "source", "baseline", "finalTarget", "targets", "actuals", "due",
                                "completed", "evidence", "children", "supports", "assessments"}))
            return measure;
        measure.code = readCode(node);
        measure.name = node["name"].text();
        measure.description = node["description"].text();
        measure.es = readTranslation(node["es"], PlanTexts::Owner::Measure);
        measure.kind = node["kind"].token(MeasureKind::LongTerm);
        measure.type = node["type"].token(MeasureType::Numeric);
        measure.owner = node["owner"].text();
        measure.unit = node["unit"].token(Unit::Unspecified);
        measure.customUnit = node["customUnit"].text();
        measure.decimals = node["decimals"].integer(0);
        measure.direction = node["direction"].token(Direction::HigherIsBetter);
        measure.tolerance = node["tolerance"].number();
        measure.source = node["source"].text();
        measure.supports = node["supports"].textList();

        const JsonNode baseline = node["baseline"];
        if (baseline.isPresent() && baseline.expectObject({"year", "value", "note", "n"})) {
            measure.baseline.year = requiredYear(baseline["year"]);
            measure.baseline.value = baseline["value"].number();
            measure.baseline.note = baseline["note"].text();
            measure.baseline.n = readGroupSize(baseline["n"]);
        }
        const JsonNode final = node["finalTarget"];
        if (final.isPresent() && final.expectObject({"year", "value"})) {
            measure.finalTarget.year = requiredYear(final["year"]);
            measure.finalTarget.value = final["value"].number();
        }
        YearKeys targetYears;
        node["targets"].forEachMember([&](const QString &key, const JsonNode &value) {
            const auto year = yearKey(key, value);
            if (year)
                targetYears.add(node["targets"], key, *year);
            if (!value.isPresent()) {
                value.problem(JsonNode::tr("expected a number, got null; leave the year out instead"));
                return;
            }
            const auto number = value.number();
            if (year && number)
                measure.targets[*year] = *number;
        });
        YearKeys actualYears;
        node["actuals"].forEachMember([&](const QString &key, const JsonNode &value) {
            const auto year = yearKey(key, value);
            if (year)
                actualYears.add(node["actuals"], key, *year);
            if (!value.expectObject({"value", "note", "who", "when", "preliminary", "returned", "source", "asOf", "n"}))
                return;
            Actual actual;
            if (const auto number = value["value"].number())
                actual.value = *number;
            else if (!value["value"].isPresent())
                value["value"].problem(JsonNode::tr("is required"));
            actual.note = value["note"].text();
            actual.who = value["who"].text();
            actual.when = value["when"].dateTime();
            actual.preliminary = value["preliminary"].boolean();
            actual.returned = value["returned"].text();
            if (!actual.returned.isEmpty() && !actual.preliminary)
                value["returned"].problem(JsonNode::tr("belongs to a preliminary value only: a final value was approved, not returned"));
            actual.source = value["source"].text();
            actual.asOf = value["asOf"].date();
            actual.n = readGroupSize(value["n"]);
            if (year)
                measure.actuals[*year] = std::move(actual);
        });
        const DueDate due = node["due"].dueDate();
        measure.dueDate = due.date;
        measure.dueText = due.text;
        measure.completedDate = node["completed"].date();
        measure.evidence = node["evidence"].text();
        measure.assessments = readAssessments(node["assessments"]);
        check(node, measure, &ItemRules::measure);
        node["children"].forEach([&](const JsonNode &entry) {
            if (depth >= 3)
                entry.problem(JsonNode::tr("child measures may be nested at most 3 levels deep"));
            else
                measure.children.push_back(readMeasure(entry, depth + 1));
        });
        return measure;
    }

    // A student group's size ("n") beside a value: a whole number of students.
    std::optional<int> readGroupSize(const JsonNode &node)
    {
        if (!node.isPresent())
            return std::nullopt;
        const auto n = node.number();
        if (n && *n >= 0 && *n == std::floor(*n) && *n <= Suppression::MaxGroupSize)
            return int(*n);
        if (n)
            node.problem(JsonNode::tr("is the number of students the value is about: a whole number, 0 or more"));
        return std::nullopt;
    }

    std::optional<SchoolYear> yearKey(const QString &key, const JsonNode &node)
    {
        const auto year = SchoolYear::parse(key);
        if (!year)
            node.problem(JsonNode::tr("\"%1\" is not a school year; write years as \"2024-25\"").arg(key.left(40)));
        return year;
    }

    Review readReview(const JsonNode &node)
    {
        Review review;
        if (!node.expectObject({"title", "date", "year", "attendees", "summary", "snapshot", "notes", "recommendations"}))
            return review;
        review.title = node["title"].text();
        review.date = node["date"].date();
        review.year = requiredYear(node["year"]);
        review.attendees = node["attendees"].textList();
        review.summary = node["summary"].text();
        node["snapshot"].forEach([&](const JsonNode &entry) {
            if (!entry.expectObject({"item", "kind", "title", "status", "manual", "progress", "target", "actual"}))
                return;
            SnapshotEntry item;
            item.code = entry["item"].text();
            if (!entry["kind"].isPresent())
                entry["kind"].problem(JsonNode::tr("is required"));
            item.kind = entry["kind"].token(ItemKind::Goal);
            item.title = entry["title"].text();
            item.status = entry["status"].token(Status::NoData);
            item.manual = entry["manual"].boolean();
            item.progress = entry["progress"].number();
            item.target = entry["target"].number();
            item.actual = entry["actual"].number();
            review.snapshot.push_back(std::move(item));
        });
        node["notes"].forEach([&](const JsonNode &entry) {
            if (entry.expectObject({"item", "text", "who", "when"}))
                review.notes.push_back({entry["item"].text(), entry["text"].text(), entry["who"].text(), entry["when"].dateTime()});
        });
        node["recommendations"].forEach([&](const JsonNode &entry) {
            if (!entry.expectObject({"text", "item", "changes"}))
                return;
            Recommendation recommendation;
            recommendation.text = entry["text"].text();
            recommendation.item = entry["item"].text();
            entry["changes"].forEach([&](const JsonNode &change) {
                if (change.expectObject({"state", "date", "note"}))
                    recommendation.changes.push_back({change["state"].token(RecommendationState::Proposed), change["date"].date(),
                                                      change["note"].text()});
            });
            review.recommendations.push_back(std::move(recommendation));
        });
        report(node, ItemRules::review(review));
        return review;
    }

    AuditEntry readAudit(const JsonNode &node)
    {
        AuditEntry entry;
        if (!node.expectObject({"when", "who", "kind", "item", "field", "old", "new"}))
            return entry;
        entry.when = node["when"].dateTime();
        entry.who = node["who"].text();
        if (node["kind"].isPresent())
            entry.kind = node["kind"].token(ItemKind::Goal);
        entry.item = node["item"].text();
        entry.field = node["field"].text();
        entry.oldValue = node["old"].text();
        entry.newValue = node["new"].text();
        report(node, ItemRules::auditEntry(entry));
        return entry;
    }

    std::vector<JsonProblem> &m_problems;
    ItemCodes m_codes;
    std::size_t m_seen = 0;    // problems whose paths are in m_reported
    QSet<QString> m_reported; // paths that have a problem
};

} // namespace

PlanJson::ReadResult PlanJson::read(const QByteArray &text)
{
    ReadResult result;
    const auto document = parseJson(text, result.problems);
    if (!document)
        return result;
    Plan plan = Reader(result.problems).readDocument(*document);
    if (result.problems.empty())
        result.plan = std::move(plan);
    return result;
}

} // namespace cairn
