#include "itemrules.h"

#include "planrules.h"

namespace cairn {

using namespace Qt::StringLiterals;

namespace {

using R = PlanRules;

// Collects the problems of one part of a plan under a path prefix.
class Fields
{
public:
    Fields(FieldProblems &problems, QString prefix = {})
        : m_problems(problems)
        , m_prefix(std::move(prefix))
    {
    }

    // The fields of a part below this one: "baseline", "notes[2]".
    Fields at(const QString &field) const { return Fields(m_problems, path(field)); }
    Fields at(const QString &list, std::size_t index) const { return at(u"%1[%2]"_s.arg(list).arg(index)); }

    void add(const QString &field, const QString &message) const
    {
        if (!message.isEmpty())
            m_problems.push_back({path(field), message});
    }
    void merge(const FieldProblems &problems) const
    {
        for (const FieldProblem &problem : problems)
            add(problem.field, problem.message);
    }

    void required(const QString &field, const QString &what, const QString &text, int maxLength = R::MaxNameLength) const
    {
        add(field, R::requiredTextProblem(what, text, maxLength));
    }
    void text(const QString &field, const QString &what, const QString &text, int maxLength = R::MaxTextLength) const
    {
        add(field, R::textProblem(what, text, maxLength));
    }
    void name(const QString &field, const QString &what, const QString &text) const { this->text(field, what, text, R::MaxNameLength); }
    void texts(const QString &list, const QString &what, const QStringList &texts) const
    {
        for (qsizetype i = 0; i < texts.size(); ++i)
            at(list, std::size_t(i)).text({}, what, texts[i]);
    }
    void number(const QString &field, const QString &what, const std::optional<double> &value) const
    {
        if (value)
            add(field, R::numberProblem(what, *value));
    }
    void date(const QString &field, const QString &what, const QDate &date) const { add(field, R::dateProblem(what, date)); }
    void assessments(const std::vector<Assessment> &list) const
    {
        for (std::size_t i = 0; i < list.size(); ++i)
            at(u"assessments"_s, i).merge(ItemRules::assessment(list[i]));
    }

private:
    QString path(const QString &field) const { return fieldPath(m_prefix, field); }

    FieldProblems &m_problems;
    QString m_prefix;
};

// What goals and objectives have alike.
template<typename Item>
void titled(const Fields &fields, const Item &item)
{
    fields.add(u"code"_s, R::codeProblem(item.code));
    fields.required(u"title"_s, ItemRules::tr("the title"), item.title);
    fields.text(u"description"_s, ItemRules::tr("the description"), item.description);
    fields.name(u"owner"_s, ItemRules::tr("the owner"), item.owner);
    fields.assessments(item.assessments);
}

QString yearKey(SchoolYear year)
{
    return QStringLiteral("[\"%1\"]").arg(year.label());
}

} // namespace

QString fieldPath(const QString &prefix, const QString &field)
{
    if (prefix.isEmpty() || field.isEmpty() || field.startsWith(u'['))
        return prefix + field;
    return prefix + u'.' + field;
}

FieldProblems ItemRules::plan(const Plan &plan)
{
    FieldProblems problems;
    const Fields fields(problems);
    fields.required(u"title"_s, tr("the title"), plan.title);
    fields.name(u"organization"_s, tr("the organization"), plan.organization);
    fields.text(u"description"_s, tr("the description"), plan.description);
    const std::tuple<QString, SchoolYear, QString> years[] = {{u"firstYear"_s, plan.firstYear, tr("the first year")},
                                                              {u"lastYear"_s, plan.lastYear, tr("the last year")},
                                                              {u"reportYear"_s, plan.reportYear, tr("the report year")}};
    for (const auto &[field, year, what] : years) {
        if (!year.isValid())
            fields.add(field, tr("%1 is required").arg(what));
    }
    if (plan.firstYear.isValid() && plan.lastYear.isValid() && plan.lastYear < plan.firstYear)
        fields.add(u"lastYear"_s, tr("the last year %1 is before the first year %2").arg(plan.lastYear.label(), plan.firstYear.label()));
    else if (plan.reportYear.isValid() && plan.firstYear.isValid() && plan.lastYear.isValid()
             && (plan.reportYear < plan.firstYear || plan.reportYear > plan.lastYear))
        fields.add(u"reportYear"_s, tr("the report year %1 is outside the plan's years %2 to %3")
                                        .arg(plan.reportYear.label(), plan.firstYear.label(), plan.lastYear.label()));
    fields.text(u"mission"_s, tr("the mission"), plan.mission);
    fields.text(u"vision"_s, tr("the vision"), plan.vision);
    fields.text(u"theoryOfAction"_s, tr("the theory of action"), plan.theoryOfAction);
    const auto named = [&](const QString &list, const std::vector<NamedText> &entries) {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            fields.at(list, i).required(u"name"_s, tr("the name"), entries[i].name);
            fields.at(list, i).text(u"description"_s, tr("the description"), entries[i].description);
        }
    };
    named(u"coreValues"_s, plan.coreValues);
    named(u"profileAttributes"_s, plan.profileAttributes);
    for (std::size_t i = 0; i < plan.sections.size(); ++i) {
        fields.at(u"sections"_s, i).required(u"heading"_s, tr("the heading"), plan.sections[i].heading);
        fields.at(u"sections"_s, i).text(u"body"_s, tr("the text"), plan.sections[i].body);
    }
    for (std::size_t i = 0; i < plan.people.size(); ++i) {
        fields.at(u"people"_s, i).required(u"name"_s, tr("the name"), plan.people[i].name);
        fields.at(u"people"_s, i).name(u"role"_s, tr("the role"), plan.people[i].role);
    }
    return problems;
}

FieldProblems ItemRules::goal(const Goal &goal)
{
    FieldProblems problems;
    const Fields fields(problems);
    titled(fields, goal);
    fields.name(u"shortName"_s, tr("the short name"), goal.shortName);
    fields.texts(u"rationale"_s, tr("the statement"), goal.rationale);
    return problems;
}

FieldProblems ItemRules::objective(const Objective &objective)
{
    FieldProblems problems;
    const Fields fields(problems);
    titled(fields, objective);
    fields.texts(u"tags"_s, tr("the tag"), objective.tags);
    return problems;
}

FieldProblems ItemRules::action(const Action &action)
{
    FieldProblems problems;
    const Fields fields(problems);
    fields.add(u"code"_s, R::codeProblem(action.code));
    fields.required(u"description"_s, tr("the description"), action.description, R::MaxTextLength);
    fields.name(u"owner"_s, tr("the owner"), action.owner);
    fields.add(u"percentComplete"_s, R::wholeNumberProblem(tr("the percent complete"), action.percentComplete, 0, 100));
    for (std::size_t i = 0; i < action.responsibilities.size(); ++i) {
        const Responsibility &entry = action.responsibilities[i];
        const Fields item = fields.at(u"responsibilities"_s, i);
        item.required(u"role"_s, tr("the role"), entry.role);
        item.text(u"duty"_s, tr("the duty"), entry.duty);
    }
    for (std::size_t i = 0; i < action.notes.size(); ++i) {
        const ProgressNote &note = action.notes[i];
        const Fields item = fields.at(u"notes"_s, i);
        if (!note.date.isValid())
            item.add(u"date"_s, tr("a progress note needs its date"));
        item.date(u"date"_s, tr("the note's date"), note.date);
        item.required(u"text"_s, tr("the note"), note.text, R::MaxTextLength);
        item.name(u"who"_s, tr("who wrote the note"), note.who);
    }
    fields.assessments(action.assessments);
    return problems;
}

FieldProblems ItemRules::measure(const Measure &measure)
{
    FieldProblems problems;
    const Fields fields(problems);
    fields.add(u"code"_s, R::codeProblem(measure.code));
    fields.required(u"name"_s, tr("the name"), measure.name);
    fields.text(u"description"_s, tr("the description"), measure.description);
    fields.name(u"owner"_s, tr("the owner"), measure.owner);
    fields.text(u"customUnit"_s, tr("the unit"), measure.customUnit, R::MaxUnitLength);
    fields.add(u"decimals"_s, R::wholeNumberProblem(tr("the number of decimals"), measure.decimals, 0, R::MaxDecimals));
    if (measure.tolerance)
        fields.add(u"tolerance"_s, R::toleranceProblem(*measure.tolerance));
    fields.name(u"source"_s, tr("the source"), measure.source);

    const Fields baseline = fields.at(u"baseline"_s);
    baseline.number(u"value"_s, tr("the baseline"), measure.baseline.value);
    baseline.text(u"note"_s, tr("the baseline's note"), measure.baseline.note);
    if (!measure.baseline.year && (measure.baseline.value || !measure.baseline.note.isEmpty()))
        baseline.add(u"year"_s, tr("the baseline needs its school year as well as its value or note"));
    const Fields final = fields.at(u"finalTarget"_s);
    final.number(u"value"_s, tr("the final target"), measure.finalTarget.value);
    if (!measure.finalTarget.year && measure.finalTarget.value)
        final.add(u"year"_s, tr("the final target needs its school year as well as its value"));

    for (const auto &[year, target] : measure.targets)
        fields.number(u"targets"_s + yearKey(year), tr("the target for %1").arg(year.label()), target);
    for (const auto &[year, actual] : measure.actuals)
        fields.at(u"actuals"_s + yearKey(year)).merge(ItemRules::actual(actual));
    fields.date(u"due"_s, tr("the due date"), measure.dueDate);
    fields.date(u"completed"_s, tr("the completion date"), measure.completedDate);
    fields.text(u"evidence"_s, tr("the evidence"), measure.evidence);
    fields.assessments(measure.assessments);
    return problems;
}

FieldProblems ItemRules::actual(const Actual &actual)
{
    FieldProblems problems;
    const Fields fields(problems);
    fields.number(u"value"_s, tr("the actual"), actual.value);
    fields.text(u"note"_s, tr("the note"), actual.note);
    fields.name(u"who"_s, tr("who entered it"), actual.who);
    fields.name(u"source"_s, tr("the source"), actual.source);
    fields.date(u"asOf"_s, tr("the as-of date"), actual.asOf);
    return problems;
}

FieldProblems ItemRules::assessment(const Assessment &assessment)
{
    FieldProblems problems;
    const Fields fields(problems);
    fields.text(u"rationale"_s, tr("the rationale"), assessment.rationale);
    fields.name(u"who"_s, tr("who assessed it"), assessment.who);
    return problems;
}

FieldProblems ItemRules::review(const Review &review)
{
    FieldProblems problems;
    const Fields fields(problems);
    fields.required(u"title"_s, tr("the title"), review.title);
    fields.date(u"date"_s, tr("the meeting date"), review.date);
    fields.texts(u"attendees"_s, tr("the attendee"), review.attendees);
    fields.text(u"summary"_s, tr("the summary"), review.summary);
    for (std::size_t i = 0; i < review.snapshot.size(); ++i) {
        const SnapshotEntry &entry = review.snapshot[i];
        const Fields item = fields.at(u"snapshot"_s, i);
        item.add(u"item"_s, R::codeProblem(entry.code));
        item.text(u"title"_s, tr("the title"), entry.title);
        item.number(u"progress"_s, tr("the progress"), entry.progress);
        item.number(u"target"_s, tr("the target"), entry.target);
        item.number(u"actual"_s, tr("the actual"), entry.actual);
    }
    for (std::size_t i = 0; i < review.notes.size(); ++i) {
        const ItemNote &note = review.notes[i];
        const Fields item = fields.at(u"notes"_s, i);
        item.text(u"item"_s, tr("the item's code"), note.item, R::MaxCodeLength);
        item.required(u"text"_s, tr("the note"), note.text, R::MaxTextLength);
        item.name(u"who"_s, tr("who wrote the note"), note.who);
    }
    for (std::size_t i = 0; i < review.recommendations.size(); ++i) {
        const Recommendation &recommendation = review.recommendations[i];
        const Fields item = fields.at(u"recommendations"_s, i);
        item.required(u"text"_s, tr("the recommendation"), recommendation.text, R::MaxTextLength);
        item.text(u"item"_s, tr("the item's code"), recommendation.item, R::MaxCodeLength);
        if (recommendation.changes.empty())
            item.add(u"changes"_s, tr("a recommendation needs at least one state change, such as "
                                   "{\"state\": \"proposed\", \"date\": \"2025-10-14\"}"));
        for (std::size_t j = 0; j < recommendation.changes.size(); ++j) {
            const StateChange &change = recommendation.changes[j];
            const Fields step = item.at(u"changes"_s, j);
            step.date(u"date"_s, tr("the date"), change.date);
            step.text(u"note"_s, tr("the note"), change.note);
        }
    }
    return problems;
}

FieldProblems ItemRules::auditEntry(const AuditEntry &entry)
{
    FieldProblems problems;
    const Fields fields(problems);
    fields.name(u"who"_s, tr("who made the change"), entry.who);
    fields.text(u"item"_s, tr("the item's code"), entry.item, R::MaxCodeLength);
    // Fields are named with what they belong to ("note (Fall review)"),
    // and the old and new values join whole lists (every progress note of
    // an action): each part kept its own limit when it was entered.
    fields.required(u"field"_s, tr("the field"), entry.field, R::MaxTextLength);
    return problems;
}

} // namespace cairn
