#include "planwriter.h"

#include "rowbatch.h"
#include "sqlquery.h"
#include "sqlvalues.h"

#include <algorithm>

namespace cairn {

using namespace sqlvalue;

namespace {

// Where a table's kept rows are written among the others': before the
// rows that refer to them (a measure's targets, an action's notes). The
// rest refer only to these or to rows written at once (reviews).
int rankOf(const QString &table)
{
    static const QStringList referredTo{QStringLiteral("plan"), QStringLiteral("goals"), QStringLiteral("objectives"),
                                        QStringLiteral("actions"), QStringLiteral("measures")};
    const qsizetype rank = referredTo.indexOf(table);
    return rank < 0 ? int(referredTo.size()) : int(rank);
}

} // namespace

PlanWriter::PlanWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::of(m_db))
{
}

PlanWriter::~PlanWriter() = default;

RowBatch &PlanWriter::batch(const QString &table, const QStringList &columns)
{
    for (const Kept &kept : m_batches)
        if (kept.rows->table() == table && kept.rows->columns() == columns)
            return *kept.rows;
    const int rows = m_copying ? m_dialect.rowsPerInsert() : 1;
    // Stable by rank: a measure's rows after the objective's they name.
    const int rank = rankOf(table);
    const auto at = std::upper_bound(m_batches.begin(), m_batches.end(), rank, [](int rank, const Kept &kept) { return rank < kept.rank; });
    return *m_batches.insert(at, Kept{rank, std::make_unique<RowBatch>(m_db, table, columns, rows)})->rows;
}

void PlanWriter::add(RowBatch &batch, const QVariantList &row)
{
    batch.add(row);
    if (!batch.isFull())
        return;
    // The rows these may refer to first; other tables' may wait.
    const int rank = rankOf(batch.table());
    for (const Kept &kept : m_batches) {
        if (kept.rank >= rank)
            break;
        if (!kept.rows->isEmpty())
            kept.rows->flush();
    }
    batch.flush();
}

void PlanWriter::flushAll()
{
    for (const Kept &kept : m_batches)
        if (!kept.rows->isEmpty())
            kept.rows->flush();
}

void PlanWriter::beforeNumberedRow(const QString &table)
{
    flushAll();
    if (m_ownIds.erase(table) != 0)
        m_dialect.keepIdsInStep(m_db, table);
}

void PlanWriter::finish()
{
    flushAll();
    for (const QString &table : m_ownIds)
        m_dialect.keepIdsInStep(m_db, table);
    m_ownIds.clear();
}

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
    QVariantList values;
    for (const auto &[name, fixedValue] : columnsFixed) {
        names.append(name);
        values.append(fixedValue);
    }
    for (const Column<T> &column : columns) {
        names.append(QString::fromLatin1(column.name));
        values.append(column.get(value));
    }
    if (names.first() == QLatin1String("id")) {
        add(batch(table, names), values);
        m_ownIds.insert(table);
        return values.first().toLongLong();
    }

    // A new row, numbered by the database.
    beforeNumberedRow(table);
    QStringList placeholders;
    for (const QString &name : names)
        placeholders.append(QLatin1Char(':') + name);

    SqlQuery &query = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                                   .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                                        m_dialect.returningId()));
    for (qsizetype i = 0; i < names.size(); ++i)
        query.bind(QLatin1Char(':') + names[i], values[i]);
    query.exec();
    return m_dialect.insertedId(query);
}

void PlanWriter::insertPlan(Plan &plan)
{
    m_copying = true;
    insertPlanRow(plan);
    writePlanLists(plan);
    for (std::size_t i = 0; i < plan.goals.size(); ++i)
        insertGoal(plan.goals[i], int(i));
    for (std::size_t i = 0; i < plan.reviews.size(); ++i)
        insertReview(plan.reviews[i], int(i));
    for (const AuditEntry &entry : plan.audit)
        insertAudit(entry);
    finish();
    m_copying = false;
}

void PlanWriter::insertPlanRow(const Plan &plan)
{
    insertRow(QStringLiteral("plan"), planColumns(), plan, {{QStringLiteral("id"), 1}});
}

void PlanWriter::writePlanLists(const Plan &plan)
{
    if (!m_copying)
        SqlQuery(m_db, QStringLiteral("DELETE FROM plan_lists")).exec();
    RowBatch &rows = batch(QStringLiteral("plan_lists"), {QStringLiteral("list"), QStringLiteral("position"), QStringLiteral("name"),
                                                          QStringLiteral("body"), QStringLiteral("es")});
    auto write = [&](const QString &list, int position, const QString &name, const QString &body, const Translation &es = {}) {
        add(rows, {list, position, name, body, fromTranslation(es)});
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
    if (!m_copying)
        prepared(QStringLiteral("DELETE FROM %1 WHERE item_id = :id").arg(table)).bind(QStringLiteral(":id"), itemId).exec();
    if (assessments.empty())
        return;
    RowBatch &rows = batch(table, {QStringLiteral("item_id"), QStringLiteral("year"), QStringLiteral("status"),
                                   QStringLiteral("rationale"), QStringLiteral("who"), QStringLiteral("assessed_at")});
    for (const Assessment &assessment : assessments)
        add(rows, {itemId, assessment.year.start(), fromEnum(assessment.status), assessment.rationale, assessment.who,
                   fromDateTime(assessment.when)});
}

void PlanWriter::writeResponsibilities(qint64 actionId, const std::vector<Responsibility> &responsibilities)
{
    if (!m_copying)
        prepared(QStringLiteral("DELETE FROM action_responsibilities WHERE action_id = :id")).bind(QStringLiteral(":id"), actionId).exec();
    RowBatch &rows = batch(QStringLiteral("action_responsibilities"),
                           {QStringLiteral("action_id"), QStringLiteral("position"), QStringLiteral("role"), QStringLiteral("duty")});
    for (std::size_t i = 0; i < responsibilities.size(); ++i)
        add(rows, {actionId, int(i), responsibilities[i].role, responsibilities[i].duty});
}

void PlanWriter::writeNotes(qint64 actionId, const std::vector<ProgressNote> &notes)
{
    if (!m_copying)
        prepared(QStringLiteral("DELETE FROM action_notes WHERE action_id = :id")).bind(QStringLiteral(":id"), actionId).exec();
    RowBatch &rows = batch(QStringLiteral("action_notes"), {QStringLiteral("action_id"), QStringLiteral("position"),
                                                            QStringLiteral("note_date"), QStringLiteral("body"), QStringLiteral("who")});
    for (std::size_t i = 0; i < notes.size(); ++i)
        add(rows, {actionId, int(i), fromDate(notes[i].date), notes[i].text, notes[i].who});
}

void PlanWriter::writeTarget(qint64 measureId, SchoolYear year, std::optional<double> value)
{
    if (!m_copying)
        prepared(QStringLiteral("DELETE FROM targets WHERE measure_id = :id AND year = :year"))
            .bind({{QStringLiteral(":id"), measureId}, {QStringLiteral(":year"), year.start()}})
            .exec();
    if (!value)
        return;
    add(batch(QStringLiteral("targets"), {QStringLiteral("measure_id"), QStringLiteral("year"), QStringLiteral("value")}),
        {measureId, year.start(), *value});
}

void PlanWriter::writeActual(qint64 measureId, SchoolYear year, const std::optional<Actual> &actual)
{
    if (!m_copying)
        prepared(QStringLiteral("DELETE FROM actuals WHERE measure_id = :id AND year = :year"))
            .bind({{QStringLiteral(":id"), measureId}, {QStringLiteral(":year"), year.start()}})
            .exec();
    if (!actual)
        return;
    add(batch(QStringLiteral("actuals"),
              {QStringLiteral("measure_id"), QStringLiteral("year"), QStringLiteral("value"), QStringLiteral("note"), QStringLiteral("who"),
               QStringLiteral("entered_at"), QStringLiteral("preliminary"), QStringLiteral("returned"), QStringLiteral("source"),
               QStringLiteral("as_of"), QStringLiteral("n")}),
        {measureId, year.start(), actual->value, actual->note, actual->who, fromDateTime(actual->when), actual->preliminary ? 1 : 0,
         actual->returned, actual->source, fromDate(actual->asOf), actual->n ? QVariant(*actual->n) : QVariant(QMetaType(QMetaType::Int))});
}

void PlanWriter::insertReview(Review &review, int position)
{
    beforeNumberedRow(QStringLiteral("reviews"));
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO reviews (position, title, review_date, year, attendees, summary) "
                                         "VALUES (:position, :title, :date, :year, :attendees, :summary)")
                              + m_dialect.returningId());
    insert.bind({{QStringLiteral(":position"), position}, {QStringLiteral(":title"), review.title},
                 {QStringLiteral(":date"), fromDate(review.date)}, {QStringLiteral(":year"), review.year.start()},
                 {QStringLiteral(":attendees"), fromList(review.attendees)}, {QStringLiteral(":summary"), review.summary}});
    insert.exec();
    review.id = m_dialect.insertedId(insert);

    RowBatch &entries = batch(QStringLiteral("review_snapshot"),
                              {QStringLiteral("review_id"), QStringLiteral("position"), QStringLiteral("item_kind"),
                               QStringLiteral("item_code"), QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("manual"),
                               QStringLiteral("progress"), QStringLiteral("target"), QStringLiteral("actual")});
    for (std::size_t i = 0; i < review.snapshot.size(); ++i) {
        const SnapshotEntry &item = review.snapshot[i];
        add(entries, {review.id, int(i), fromEnum(item.kind), item.code, item.title, fromEnum(item.status), item.manual ? 1 : 0,
                      fromOptional(item.progress), fromOptional(item.target), fromOptional(item.actual)});
    }

    insertReviewRecords(review);
}

void PlanWriter::insertReviewRecords(Review &review)
{
    RowBatch &notes = batch(QStringLiteral("review_notes"), {QStringLiteral("review_id"), QStringLiteral("position"),
                                                             QStringLiteral("item_code"), QStringLiteral("body"), QStringLiteral("who"),
                                                             QStringLiteral("noted_at")});
    for (std::size_t i = 0; i < review.notes.size(); ++i) {
        const ItemNote &item = review.notes[i];
        add(notes, {review.id, int(i), item.item, item.text, item.who, fromDateTime(item.when)});
    }

    SqlQuery recommendation(m_db, QStringLiteral("INSERT INTO recommendations (review_id, position, body, item_code) "
                                                 "VALUES (:review, :position, :body, :code)")
                                      + m_dialect.returningId());
    RowBatch &changes = batch(QStringLiteral("recommendation_changes"),
                              {QStringLiteral("recommendation_id"), QStringLiteral("position"), QStringLiteral("state"),
                               QStringLiteral("change_date"), QStringLiteral("note")});
    for (std::size_t i = 0; i < review.recommendations.size(); ++i) {
        Recommendation &item = review.recommendations[i];
        beforeNumberedRow(QStringLiteral("recommendations"));
        recommendation.bind({{QStringLiteral(":review"), review.id}, {QStringLiteral(":position"), int(i)},
                             {QStringLiteral(":body"), item.text}, {QStringLiteral(":code"), item.item}});
        recommendation.exec();
        item.id = m_dialect.insertedId(recommendation);
        for (std::size_t j = 0; j < item.changes.size(); ++j)
            add(changes, {item.id, int(j), fromEnum(item.changes[j].state), fromDate(item.changes[j].date), item.changes[j].note});
    }
}

void PlanWriter::insertAudit(const AuditEntry &entry, std::optional<qint64> revision)
{
    add(batch(QStringLiteral("audit"), {QStringLiteral("changed_at"), QStringLiteral("who"), QStringLiteral("item_kind"),
                                        QStringLiteral("item_code"), QStringLiteral("field"), QStringLiteral("old_value"),
                                        QStringLiteral("new_value"), QStringLiteral("revision")}),
        {fromDateTime(entry.when), entry.who, entry.kind ? fromEnum(*entry.kind) : QVariant(), entry.item, entry.field, entry.oldValue,
         entry.newValue, revision ? QVariant(*revision) : QVariant(QMetaType(QMetaType::LongLong))});
}

} // namespace cairn
