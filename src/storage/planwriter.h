#pragma once

#include "columns.h"
#include "sqldialect.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

namespace cairn {

class RowBatch;
class SqlQuery;

// Inserts rows for domain values. Callers own the transaction, call
// finish() before committing it, and end the writer's life before the
// connection's.
class PlanWriter
{
public:
    explicit PlanWriter(QSqlDatabase db);
    ~PlanWriter();
    PlanWriter(const PlanWriter &) = delete;
    PlanWriter &operator=(const PlanWriter &) = delete;

    // A whole plan into empty tables: everything below, reviews and audit
    // log included. Items keep the row ids they have. On a server the rows
    // go many to a statement (RowBatch); call it on a new writer. Finishes.
    void insertPlan(Plan &plan);
    // Writes the rows still kept for a many-row statement and brings the
    // tables' next ids past the ids rows were given (once per table).
    void finish();
    void insertPlanRow(const Plan &plan);
    void writePlanLists(const Plan &plan); // replaces core values, attributes, sections, people
    void insertGoal(Goal &goal, int position);
    void insertObjective(qint64 goalId, Objective &objective, int position);
    void insertAction(qint64 objectiveId, Action &action, int position);
    // parentColumn: "goal_id", "objective_id" or "parent_id"
    void insertMeasure(const char *parentColumn, qint64 parentId, Measure &measure, int position);

    void writeAssessments(ItemKind kind, qint64 itemId, const std::vector<Assessment> &assessments);
    void writeResponsibilities(qint64 actionId, const std::vector<Responsibility> &responsibilities);
    void writeNotes(qint64 actionId, const std::vector<ProgressNote> &notes);
    void writeTarget(qint64 measureId, SchoolYear year, std::optional<double> value);
    void writeActual(qint64 measureId, SchoolYear year, const std::optional<Actual> &actual);

    void insertReview(Review &review, int position);
    // A review's notes and recommendations with their steps (not its snapshot).
    void insertReviewRecords(Review &review);
    // `revision`: the plan revision the change made; none for a copied history.
    void insertAudit(const AuditEntry &entry, std::optional<qint64> revision = std::nullopt);

    // "goals", "objectives", ... for an item kind.
    static QString tableOf(ItemKind kind);

private:
    template<typename T>
    qint64 insertRow(const QString &table, std::span<const Column<T>> columns, const T &value,
                     const QList<std::pair<QString, QVariant>> &fixed);
    // The statement `sql`, prepared the first time and reused after: a
    // plan's rows are hundreds of thousands of executions of a few
    // statements, and preparing is most of the cost of one.
    SqlQuery &prepared(const QString &sql);
    // The rows kept for `table`'s `columns`, and adding one: when its
    // statement is full, they are written, after the kept rows of the
    // tables they may refer to. flushAll() writes every table's.
    RowBatch &batch(const QString &table, const QStringList &columns);
    void add(RowBatch &batch, const QVariantList &row);
    void flushAll();
    // Before a row the database numbers: every kept row written, and the
    // table's next id past those rows were given.
    void beforeNumberedRow(const QString &table);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    std::unordered_map<QString, std::unique_ptr<SqlQuery>> m_statements;
    // By the order they are written in (see batch()), with that rank.
    struct Kept {
        int rank;
        std::unique_ptr<RowBatch> rows;
    };
    std::vector<Kept> m_batches;
    // Tables given rows with ids of their own since their ids were last
    // brought in step.
    std::set<QString> m_ownIds;
    // Copying a whole plan into new tables: nothing to delete first, and
    // many rows a statement where the database takes them.
    bool m_copying = false;
};

} // namespace cairn
