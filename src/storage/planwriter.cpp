#include "planwriter.h"

#include "sqlquery.h"
#include "sqlvalues.h"

namespace cairn {

using namespace sqlvalue;

PlanWriter::PlanWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::of(m_db))
{
}

PlanWriter::~PlanWriter() = default;

SqlQuery &PlanWriter::prepared(const QString &sql)
{
    std::unique_ptr<SqlQuery> &statement = m_statements[sql];
    if (!statement)
        statement = std::make_unique<SqlQuery>(m_db, sql);
    return *statement;
}

QString PlanWriter::tableOf(ItemKind kind)
{
    return toToken(kind) + QLatin1Char('s');
}

template<typename T>
qint64 PlanWriter::insertRow(const QString &table, std::span<const Column<T>> columns, const T &value,
                             const QList<std::pair<QString, QVariant>> &fixed)
{
    QList<std::pair<QString, QVariant>> columnsFixed = fixed;
    // An item that had a row id keeps it when it is written again (undoing
    // a deletion), so that everything that refers to it still finds it.
    if constexpr (requires { value.id; }) {
        if (value.id != 0)
            columnsFixed.prepend({QStringLiteral("id"), value.id});
    }
    QStringList names;
    for (const auto &[name, fixedValue] : columnsFixed)
        names.append(name);
    for (const Column<T> &column : columns)
        names.append(QString::fromLatin1(column.name));
    QStringList placeholders;
    for (const QString &name : names)
        placeholders.append(QLatin1Char(':') + name);

    SqlQuery &query = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                                   .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                                        m_dialect.returningId()));
    for (const auto &[name, fixedValue] : columnsFixed)
        query.bind(QLatin1Char(':') + name, fixedValue);
    for (const Column<T> &column : columns)
        query.bind(QLatin1Char(':') + QString::fromLatin1(column.name), column.get(value));
    query.exec();
    const qint64 id = m_dialect.insertedId(query);
    if (names.first() == QLatin1String("id"))
        m_dialect.keepIdsInStep(m_db, table);
    return id;
}

void PlanWriter::insertPlan(Plan &plan)
{
    insertPlanRow(plan);
    writePlanLists(plan);
    for (std::size_t i = 0; i < plan.goals.size(); ++i)
        insertGoal(plan.goals[i], int(i));
    for (std::size_t i = 0; i < plan.reviews.size(); ++i)
        insertReview(plan.reviews[i], int(i));
    for (const AuditEntry &entry : plan.audit)
        insertAudit(entry);
}

void PlanWriter::insertPlanRow(const Plan &plan)
{
    insertRow(QStringLiteral("plan"), planColumns(), plan, {{QStringLiteral("id"), 1}});
}

void PlanWriter::writePlanLists(const Plan &plan)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM plan_lists")).exec();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO plan_lists (list, position, name, body, es) VALUES (:list, :position, :name, :body, :es)"));
    auto write = [&](const QString &list, int position, const QString &name, const QString &body, const Translation &es = {}) {
        insert.bind({{QStringLiteral(":list"), list}, {QStringLiteral(":position"), position},
                     {QStringLiteral(":name"), name}, {QStringLiteral(":body"), body}, {QStringLiteral(":es"), fromTranslation(es)}});
        insert.exec();
    };
    for (std::size_t i = 0; i < plan.coreValues.size(); ++i)
        write(QStringLiteral("core_values"), int(i), plan.coreValues[i].name, plan.coreValues[i].description, plan.coreValues[i].es);
    for (std::size_t i = 0; i < plan.profileAttributes.size(); ++i)
        write(QStringLiteral("profile_attributes"), int(i), plan.profileAttributes[i].name, plan.profileAttributes[i].description,
              plan.profileAttributes[i].es);
    for (std::size_t i = 0; i < plan.sections.size(); ++i)
        write(QStringLiteral("sections"), int(i), plan.sections[i].heading, plan.sections[i].body, plan.sections[i].es);
    for (std::size_t i = 0; i < plan.people.size(); ++i)
        write(QStringLiteral("people"), int(i), plan.people[i].name, plan.people[i].role);
}

void PlanWriter::insertGoal(Goal &goal, int position)
{
    goal.id = insertRow(QStringLiteral("goals"), goalColumns(), goal, {{QStringLiteral("position"), position}});
    writeAssessments(ItemKind::Goal, goal.id, goal.assessments);
    for (std::size_t i = 0; i < goal.measures.size(); ++i)
        insertMeasure("goal_id", goal.id, goal.measures[i], int(i));
    for (std::size_t i = 0; i < goal.objectives.size(); ++i)
        insertObjective(goal.id, goal.objectives[i], int(i));
}

void PlanWriter::insertObjective(qint64 goalId, Objective &objective, int position)
{
    objective.id = insertRow(QStringLiteral("objectives"), objectiveColumns(), objective,
                             {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("position"), position}});
    writeAssessments(ItemKind::Objective, objective.id, objective.assessments);
    for (std::size_t i = 0; i < objective.measures.size(); ++i)
        insertMeasure("objective_id", objective.id, objective.measures[i], int(i));
    for (std::size_t i = 0; i < objective.actions.size(); ++i)
        insertAction(objective.id, objective.actions[i], int(i));
}

void PlanWriter::insertAction(qint64 objectiveId, Action &action, int position)
{
    action.id = insertRow(QStringLiteral("actions"), actionColumns(), action,
                          {{QStringLiteral("objective_id"), objectiveId}, {QStringLiteral("position"), position}});
    writeAssessments(ItemKind::Action, action.id, action.assessments);
    writeResponsibilities(action.id, action.responsibilities);
    writeNotes(action.id, action.notes);
}

void PlanWriter::insertMeasure(const char *parentColumn, qint64 parentId, Measure &measure, int position)
{
    measure.id = insertRow(QStringLiteral("measures"), measureColumns(), measure,
                           {{QString::fromLatin1(parentColumn), parentId}, {QStringLiteral("position"), position}});
    writeAssessments(ItemKind::Measure, measure.id, measure.assessments);
    for (const auto &[year, value] : measure.targets)
        writeTarget(measure.id, year, value);
    for (const auto &[year, actual] : measure.actuals)
        writeActual(measure.id, year, actual);
    for (std::size_t i = 0; i < measure.children.size(); ++i)
        insertMeasure("parent_id", measure.id, measure.children[i], int(i));
}

void PlanWriter::writeAssessments(ItemKind kind, qint64 itemId, const std::vector<Assessment> &assessments)
{
    const QString table = toToken(kind) + QStringLiteral("_assessments");
    prepared(QStringLiteral("DELETE FROM %1 WHERE item_id = :id").arg(table)).bind(QStringLiteral(":id"), itemId).exec();
    if (assessments.empty())
        return;
    SqlQuery &insert = prepared(QStringLiteral("INSERT INTO %1 (item_id, year, status, rationale, who, assessed_at) "
                                               "VALUES (:id, :year, :status, :rationale, :who, :at)")
                                    .arg(table));
    for (const Assessment &assessment : assessments) {
        insert.bind({{QStringLiteral(":id"), itemId}, {QStringLiteral(":year"), assessment.year.start()},
                     {QStringLiteral(":status"), fromEnum(assessment.status)},
                     {QStringLiteral(":rationale"), assessment.rationale}, {QStringLiteral(":who"), assessment.who},
                     {QStringLiteral(":at"), fromDateTime(assessment.when)}});
        insert.exec();
    }
}

void PlanWriter::writeResponsibilities(qint64 actionId, const std::vector<Responsibility> &responsibilities)
{
    prepared(QStringLiteral("DELETE FROM action_responsibilities WHERE action_id = :id")).bind(QStringLiteral(":id"), actionId).exec();
    SqlQuery &insert = prepared(QStringLiteral("INSERT INTO action_responsibilities (action_id, position, role, duty) "
                                               "VALUES (:id, :position, :role, :duty)"));
    for (std::size_t i = 0; i < responsibilities.size(); ++i) {
        insert.bind({{QStringLiteral(":id"), actionId}, {QStringLiteral(":position"), int(i)},
                     {QStringLiteral(":role"), responsibilities[i].role}, {QStringLiteral(":duty"), responsibilities[i].duty}});
        insert.exec();
    }
}

void PlanWriter::writeNotes(qint64 actionId, const std::vector<ProgressNote> &notes)
{
    prepared(QStringLiteral("DELETE FROM action_notes WHERE action_id = :id")).bind(QStringLiteral(":id"), actionId).exec();
    SqlQuery &insert = prepared(QStringLiteral("INSERT INTO action_notes (action_id, position, note_date, body, who) "
                                               "VALUES (:id, :position, :date, :body, :who)"));
    for (std::size_t i = 0; i < notes.size(); ++i) {
        insert.bind({{QStringLiteral(":id"), actionId}, {QStringLiteral(":position"), int(i)},
                     {QStringLiteral(":date"), fromDate(notes[i].date)}, {QStringLiteral(":body"), notes[i].text},
                     {QStringLiteral(":who"), notes[i].who}});
        insert.exec();
    }
}

void PlanWriter::writeTarget(qint64 measureId, SchoolYear year, std::optional<double> value)
{
    prepared(QStringLiteral("DELETE FROM targets WHERE measure_id = :id AND year = :year"))
        .bind({{QStringLiteral(":id"), measureId}, {QStringLiteral(":year"), year.start()}})
        .exec();
    if (!value)
        return;
    prepared(QStringLiteral("INSERT INTO targets (measure_id, year, value) VALUES (:id, :year, :value)"))
        .bind({{QStringLiteral(":id"), measureId}, {QStringLiteral(":year"), year.start()}, {QStringLiteral(":value"), *value}})
        .exec();
}

void PlanWriter::writeActual(qint64 measureId, SchoolYear year, const std::optional<Actual> &actual)
{
    prepared(QStringLiteral("DELETE FROM actuals WHERE measure_id = :id AND year = :year"))
        .bind({{QStringLiteral(":id"), measureId}, {QStringLiteral(":year"), year.start()}})
        .exec();
    if (!actual)
        return;
    prepared(QStringLiteral("INSERT INTO actuals (measure_id, year, value, note, who, entered_at, preliminary, returned, source, as_of, n) "
                            "VALUES (:id, :year, :value, :note, :who, :at, :preliminary, :returned, :source, :asof, :n)"))
        .bind({{QStringLiteral(":id"), measureId}, {QStringLiteral(":year"), year.start()},
               {QStringLiteral(":value"), actual->value}, {QStringLiteral(":note"), actual->note},
               {QStringLiteral(":who"), actual->who}, {QStringLiteral(":at"), fromDateTime(actual->when)},
               {QStringLiteral(":preliminary"), actual->preliminary ? 1 : 0}, {QStringLiteral(":returned"), actual->returned},
               {QStringLiteral(":source"), actual->source},
               {QStringLiteral(":asof"), fromDate(actual->asOf)},
               {QStringLiteral(":n"), actual->n ? QVariant(*actual->n) : QVariant(QMetaType(QMetaType::Int))}})
        .exec();
}

void PlanWriter::insertReview(Review &review, int position)
{
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO reviews (position, title, review_date, year, attendees, summary) "
                                         "VALUES (:position, :title, :date, :year, :attendees, :summary)")
                              + m_dialect.returningId());
    insert.bind({{QStringLiteral(":position"), position}, {QStringLiteral(":title"), review.title},
                 {QStringLiteral(":date"), fromDate(review.date)}, {QStringLiteral(":year"), review.year.start()},
                 {QStringLiteral(":attendees"), fromList(review.attendees)}, {QStringLiteral(":summary"), review.summary}});
    insert.exec();
    review.id = m_dialect.insertedId(insert);

    SqlQuery entry(m_db, QStringLiteral("INSERT INTO review_snapshot (review_id, position, item_kind, item_code, title, "
                                        "status, manual, progress, target, actual) VALUES (:review, :position, :kind, "
                                        ":code, :title, :status, :manual, :progress, :target, :actual)"));
    for (std::size_t i = 0; i < review.snapshot.size(); ++i) {
        const SnapshotEntry &item = review.snapshot[i];
        entry.bind({{QStringLiteral(":review"), review.id}, {QStringLiteral(":position"), int(i)},
                    {QStringLiteral(":kind"), fromEnum(item.kind)}, {QStringLiteral(":code"), item.code},
                    {QStringLiteral(":title"), item.title}, {QStringLiteral(":status"), fromEnum(item.status)},
                    {QStringLiteral(":manual"), item.manual ? 1 : 0}, {QStringLiteral(":progress"), fromOptional(item.progress)},
                    {QStringLiteral(":target"), fromOptional(item.target)}, {QStringLiteral(":actual"), fromOptional(item.actual)}});
        entry.exec();
    }

    insertReviewRecords(review);
}

void PlanWriter::insertReviewRecords(Review &review)
{
    SqlQuery note(m_db, QStringLiteral("INSERT INTO review_notes (review_id, position, item_code, body, who, noted_at) "
                                       "VALUES (:review, :position, :code, :body, :who, :at)"));
    for (std::size_t i = 0; i < review.notes.size(); ++i) {
        const ItemNote &item = review.notes[i];
        note.bind({{QStringLiteral(":review"), review.id}, {QStringLiteral(":position"), int(i)},
                   {QStringLiteral(":code"), item.item}, {QStringLiteral(":body"), item.text},
                   {QStringLiteral(":who"), item.who}, {QStringLiteral(":at"), fromDateTime(item.when)}});
        note.exec();
    }

    SqlQuery recommendation(m_db, QStringLiteral("INSERT INTO recommendations (review_id, position, body, item_code) "
                                                 "VALUES (:review, :position, :body, :code)")
                                      + m_dialect.returningId());
    SqlQuery change(m_db, QStringLiteral("INSERT INTO recommendation_changes (recommendation_id, position, state, "
                                         "change_date, note) VALUES (:recommendation, :position, :state, :date, :note)"));
    for (std::size_t i = 0; i < review.recommendations.size(); ++i) {
        Recommendation &item = review.recommendations[i];
        recommendation.bind({{QStringLiteral(":review"), review.id}, {QStringLiteral(":position"), int(i)},
                             {QStringLiteral(":body"), item.text}, {QStringLiteral(":code"), item.item}});
        recommendation.exec();
        item.id = m_dialect.insertedId(recommendation);
        for (std::size_t j = 0; j < item.changes.size(); ++j) {
            change.bind({{QStringLiteral(":recommendation"), item.id}, {QStringLiteral(":position"), int(j)},
                         {QStringLiteral(":state"), fromEnum(item.changes[j].state)},
                         {QStringLiteral(":date"), fromDate(item.changes[j].date)}, {QStringLiteral(":note"), item.changes[j].note}});
            change.exec();
        }
    }
}

void PlanWriter::insertAudit(const AuditEntry &entry)
{
    prepared(QStringLiteral("INSERT INTO audit (changed_at, who, item_kind, item_code, field, old_value, new_value) "
                            "VALUES (:at, :who, :kind, :code, :field, :old, :new)"))
        .bind({{QStringLiteral(":at"), fromDateTime(entry.when)}, {QStringLiteral(":who"), entry.who},
               {QStringLiteral(":kind"), entry.kind ? fromEnum(*entry.kind) : QVariant()},
               {QStringLiteral(":code"), entry.item}, {QStringLiteral(":field"), entry.field},
               {QStringLiteral(":old"), entry.oldValue}, {QStringLiteral(":new"), entry.newValue}})
        .exec();
}

} // namespace cairn
