#include "planjson.h"

#include <QHash>

namespace cairn {

namespace {

constexpr int CodeLength = 40;
constexpr int NameLength = 1000;

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
        if (root["format"].text(100) != QLatin1String(PlanJson::Format))
            root["format"].problem(JsonNode::tr("expected \"%1\": this is not a Cairn plan document").arg(QLatin1String(PlanJson::Format)));
        const JsonNode version = root["version"];
        if (!version.isPresent())
            version.problem(JsonNode::tr("is required"));
        else if (const int number = version.integer(1, 1'000'000, PlanJson::Version); number > PlanJson::Version)
            version.problem(JsonNode::tr("this document is format version %1, written by a newer Cairn; this Cairn reads "
                                           "version %2. Export it again from a matching Cairn.")
                                .arg(number)
                                .arg(PlanJson::Version));
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
        if (!node.expectObject({"organization", "title", "description", "firstYear", "lastYear", "reportYear", "mission",
                                "vision", "theoryOfAction", "coreValues", "profileAttributes", "sections", "people",
                                "goals", "reviews", "audit"}))
            return;
        plan.organization = node["organization"].text(NameLength);
        plan.title = node["title"].requiredText(NameLength);
        plan.description = node["description"].text();
        plan.firstYear = requiredYear(node["firstYear"]);
        plan.lastYear = requiredYear(node["lastYear"]);
        plan.reportYear = requiredYear(node["reportYear"]);
        if (plan.firstYear.isValid() && plan.lastYear.isValid() && plan.lastYear < plan.firstYear)
            node["lastYear"].problem(JsonNode::tr("the last year %1 is before the first year %2")
                                         .arg(plan.lastYear.label(), plan.firstYear.label()));
        else if (plan.reportYear.isValid() && plan.firstYear.isValid() && plan.lastYear.isValid()
                 && (plan.reportYear < plan.firstYear || plan.reportYear > plan.lastYear))
            node["reportYear"].problem(JsonNode::tr("%1 is outside the plan's years %2 to %3")
                                           .arg(plan.reportYear.label(), plan.firstYear.label(), plan.lastYear.label()));
        plan.mission = node["mission"].text();
        plan.vision = node["vision"].text();
        plan.theoryOfAction = node["theoryOfAction"].text();
        node["coreValues"].forEach([&](const JsonNode &entry) { plan.coreValues.push_back(readNamed(entry)); });
        node["profileAttributes"].forEach([&](const JsonNode &entry) { plan.profileAttributes.push_back(readNamed(entry)); });
        node["sections"].forEach([&](const JsonNode &entry) {
            if (entry.expectObject({"heading", "body"}))
                plan.sections.push_back({entry["heading"].requiredText(NameLength), entry["body"].text()});
        });
        node["people"].forEach([&](const JsonNode &entry) {
            if (entry.expectObject({"name", "role"}))
                plan.people.push_back({entry["name"].requiredText(NameLength), entry["role"].text(NameLength)});
        });
        node["goals"].forEach([&](const JsonNode &entry) { plan.goals.push_back(readGoal(entry)); });
        node["reviews"].forEach([&](const JsonNode &entry) { plan.reviews.push_back(readReview(entry)); });
        node["audit"].forEach([&](const JsonNode &entry) { plan.audit.push_back(readAudit(entry)); });
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
        if (!node.expectObject({"name", "description"}))
            return {};
        return {node["name"].requiredText(NameLength), node["description"].text()};
    }

    QString readCode(const JsonNode &node)
    {
        const QString code = node.requiredText(CodeLength);
        if (!code.isEmpty()) {
            if (const auto first = m_codes.constFind(code); first != m_codes.constEnd())
                node.problem(JsonNode::tr("the code \"%1\" is already used at %2; every item needs its own code").arg(code, first.value()));
            else
                m_codes.insert(code, node.path());
        }
        return code;
    }

    std::vector<Assessment> readAssessments(const JsonNode &node)
    {
        std::vector<Assessment> list;
        QHash<int, QString> years;
        node.forEach([&](const JsonNode &entry) {
            if (!entry.expectObject({"year", "status", "rationale", "who", "when"}))
                return;
            Assessment assessment;
            assessment.year = requiredYear(entry["year"]);
            if (years.contains(assessment.year.start()))
                entry["year"].problem(JsonNode::tr("%1 already has an assessment at %2; keep one per year")
                                          .arg(assessment.year.label(), years.value(assessment.year.start())));
            years.insert(assessment.year.start(), entry.path());
            if (!entry["status"].isPresent())
                entry["status"].problem(JsonNode::tr("is required"));
            assessment.status = entry["status"].token(Status::NoData);
            assessment.rationale = entry["rationale"].text();
            assessment.who = entry["who"].text(NameLength);
            assessment.when = entry["when"].dateTime();
            list.push_back(std::move(assessment));
        });
        std::stable_sort(list.begin(), list.end(), [](const Assessment &a, const Assessment &b) { return a.year < b.year; });
        return list;
    }

    Goal readGoal(const JsonNode &node)
    {
        Goal goal;
        if (!node.expectObject({"code", "title", "shortName", "description", "rationale", "owner", "measures",
                                "objectives", "assessments"}))
            return goal;
        goal.code = readCode(node["code"]);
        goal.title = node["title"].requiredText(NameLength);
        goal.shortName = node["shortName"].text(NameLength);
        goal.description = node["description"].text();
        goal.rationale = node["rationale"].textList();
        goal.owner = node["owner"].text(NameLength);
        node["measures"].forEach([&](const JsonNode &entry) { goal.measures.push_back(readMeasure(entry)); });
        node["objectives"].forEach([&](const JsonNode &entry) { goal.objectives.push_back(readObjective(entry)); });
        goal.assessments = readAssessments(node["assessments"]);
        return goal;
    }

    Objective readObjective(const JsonNode &node)
    {
        Objective objective;
        if (!node.expectObject({"code", "title", "description", "owner", "tags", "measures", "actions", "assessments"}))
            return objective;
        objective.code = readCode(node["code"]);
        objective.title = node["title"].requiredText(NameLength);
        objective.description = node["description"].text();
        objective.owner = node["owner"].text(NameLength);
        objective.tags = node["tags"].textList();
        node["measures"].forEach([&](const JsonNode &entry) { objective.measures.push_back(readMeasure(entry)); });
        node["actions"].forEach([&](const JsonNode &entry) { objective.actions.push_back(readAction(entry)); });
        objective.assessments = readAssessments(node["assessments"]);
        return objective;
    }

    Timepoint readTimepoint(const JsonNode &node)
    {
        const QString text = node.text(100);
        const auto point = Timepoint::parse(text);
        if (!point) {
            node.problem(JsonNode::tr("expected a school year (\"2025-26\"), a date (\"2026-06-30\") or \"ongoing\", got \"%1\"").arg(text));
            return {};
        }
        return *point;
    }

    Action readAction(const JsonNode &node)
    {
        Action action;
        if (!node.expectObject({"code", "description", "owner", "status", "percentComplete", "start", "due",
                                "responsibilities", "notes", "assessments"}))
            return action;
        action.code = readCode(node["code"]);
        action.description = node["description"].requiredText(JsonLimits::MaxTextLength);
        action.owner = node["owner"].text(NameLength);
        action.status = node["status"].token(ActionStatus::NotStarted);
        action.percentComplete = node["percentComplete"].integer(0, 100, 0);
        action.start = readTimepoint(node["start"]);
        action.due = readTimepoint(node["due"]);
        node["responsibilities"].forEach([&](const JsonNode &entry) {
            if (entry.expectObject({"role", "duty"}))
                action.responsibilities.push_back({entry["role"].requiredText(NameLength), entry["duty"].text()});
        });
        node["notes"].forEach([&](const JsonNode &entry) {
            if (!entry.expectObject({"date", "text", "who"}))
                return;
            if (!entry["date"].isPresent())
                entry["date"].problem(JsonNode::tr("is required"));
            action.notes.push_back({entry["date"].date(), entry["text"].requiredText(JsonLimits::MaxTextLength),
                                    entry["who"].text(NameLength)});
        });
        action.assessments = readAssessments(node["assessments"]);
        return action;
    }

    Measure readMeasure(const JsonNode &node, int depth = 0)
    {
        Measure measure;
        if (!node.expectObject({"code", "name", "description", "kind", "type", "owner", "unit", "customUnit", "decimals",
                                "direction", "tolerance", "source", "baseline", "finalTarget", "targets", "actuals", "due",
                                "completed", "evidence", "children", "assessments"}))
            return measure;
        measure.code = readCode(node["code"]);
        measure.name = node["name"].requiredText(NameLength);
        measure.description = node["description"].text();
        measure.kind = node["kind"].token(MeasureKind::LongTerm);
        measure.type = node["type"].token(MeasureType::Numeric);
        measure.owner = node["owner"].text(NameLength);
        measure.unit = node["unit"].token(Unit::Unspecified);
        measure.customUnit = node["customUnit"].text(100);
        measure.decimals = node["decimals"].integer(0, 6, 0);
        measure.direction = node["direction"].token(Direction::HigherIsBetter);
        measure.tolerance = node["tolerance"].number();
        if (measure.tolerance && *measure.tolerance < 0)
            node["tolerance"].problem(JsonNode::tr("must not be negative"));
        measure.source = node["source"].text(NameLength);

        const JsonNode baseline = node["baseline"];
        if (baseline.isPresent() && baseline.expectObject({"year", "value", "note"})) {
            measure.baseline.year = requiredYear(baseline["year"]);
            measure.baseline.value = baseline["value"].number();
            measure.baseline.note = baseline["note"].text();
        }
        const JsonNode final = node["finalTarget"];
        if (final.isPresent() && final.expectObject({"year", "value"})) {
            measure.finalTarget.year = requiredYear(final["year"]);
            measure.finalTarget.value = final["value"].number();
        }
        node["targets"].forEachMember([&](const QString &key, const JsonNode &value) {
            const auto year = yearKey(key, value);
            if (!value.isPresent()) {
                value.problem(JsonNode::tr("expected a number, got null; leave the year out instead"));
                return;
            }
            const auto number = value.number();
            if (year && number)
                measure.targets[*year] = *number;
        });
        node["actuals"].forEachMember([&](const QString &key, const JsonNode &value) {
            const auto year = yearKey(key, value);
            if (!value.expectObject({"value", "note", "who", "when", "preliminary", "source", "asOf"}))
                return;
            Actual actual;
            if (const auto number = value["value"].number())
                actual.value = *number;
            else if (!value["value"].isPresent())
                value["value"].problem(JsonNode::tr("is required"));
            actual.note = value["note"].text();
            actual.who = value["who"].text(NameLength);
            actual.when = value["when"].dateTime();
            actual.preliminary = value["preliminary"].boolean();
            actual.source = value["source"].text(1000);
            actual.asOf = value["asOf"].date();
            if (year)
                measure.actuals[*year] = std::move(actual);
        });
        measure.dueDate = node["due"].date();
        measure.completedDate = node["completed"].date();
        measure.evidence = node["evidence"].text();
        node["children"].forEach([&](const JsonNode &entry) {
            if (depth >= 3)
                entry.problem(JsonNode::tr("child measures may be nested at most 3 levels deep"));
            else
                measure.children.push_back(readMeasure(entry, depth + 1));
        });
        measure.assessments = readAssessments(node["assessments"]);
        return measure;
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
        review.title = node["title"].requiredText(NameLength);
        review.date = node["date"].date();
        review.year = requiredYear(node["year"]);
        review.attendees = node["attendees"].textList();
        review.summary = node["summary"].text();
        node["snapshot"].forEach([&](const JsonNode &entry) {
            if (!entry.expectObject({"item", "kind", "title", "status", "manual", "progress", "target", "actual"}))
                return;
            SnapshotEntry item;
            item.code = entry["item"].requiredText(CodeLength);
            if (!entry["kind"].isPresent())
                entry["kind"].problem(JsonNode::tr("is required"));
            item.kind = entry["kind"].token(ItemKind::Goal);
            item.title = entry["title"].text(JsonLimits::MaxTextLength);
            item.status = entry["status"].token(Status::NoData);
            item.manual = entry["manual"].boolean();
            item.progress = entry["progress"].number();
            item.target = entry["target"].number();
            item.actual = entry["actual"].number();
            review.snapshot.push_back(std::move(item));
        });
        node["notes"].forEach([&](const JsonNode &entry) {
            if (entry.expectObject({"item", "text", "who", "when"}))
                review.notes.push_back({entry["item"].text(CodeLength), entry["text"].requiredText(JsonLimits::MaxTextLength),
                                        entry["who"].text(NameLength), entry["when"].dateTime()});
        });
        node["recommendations"].forEach([&](const JsonNode &entry) {
            if (!entry.expectObject({"text", "item", "changes"}))
                return;
            Recommendation recommendation;
            recommendation.text = entry["text"].requiredText(JsonLimits::MaxTextLength);
            recommendation.item = entry["item"].text(CodeLength);
            entry["changes"].forEach([&](const JsonNode &change) {
                if (change.expectObject({"state", "date", "note"}))
                    recommendation.changes.push_back({change["state"].token(RecommendationState::Proposed), change["date"].date(),
                                                      change["note"].text()});
            });
            if (recommendation.changes.empty())
                entry["changes"].problem(JsonNode::tr("a recommendation needs at least one state change, such as "
                                                        "{\"state\": \"proposed\", \"date\": \"2025-10-14\"}"));
            review.recommendations.push_back(std::move(recommendation));
        });
        return review;
    }

    AuditEntry readAudit(const JsonNode &node)
    {
        AuditEntry entry;
        if (!node.expectObject({"when", "who", "kind", "item", "field", "old", "new"}))
            return entry;
        entry.when = node["when"].dateTime();
        entry.who = node["who"].text(NameLength);
        if (node["kind"].isPresent())
            entry.kind = node["kind"].token(ItemKind::Goal);
        entry.item = node["item"].text(CodeLength);
        entry.field = node["field"].requiredText(NameLength);
        entry.oldValue = node["old"].text();
        entry.newValue = node["new"].text();
        return entry;
    }

    std::vector<JsonProblem> &m_problems;
    QHash<QString, QString> m_codes; // code -> path where first used
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
