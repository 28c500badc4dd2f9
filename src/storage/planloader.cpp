#include "planloader.h"

#include "columns.h"
#include "sqlquery.h"
#include "sqlvalues.h"

#include <QHash>

namespace cairn {

using namespace sqlvalue;

namespace {

// Rows of one entity table, each with its id and parent ids, in stored order.
template<typename T>
struct Row {
    T value;
    QVariant parents[3];
};

template<typename T>
std::vector<Row<T>> selectAll(const QSqlDatabase &db, const QString &table, std::span<const Column<T>> columns,
                              const QStringList &parentColumns)
{
    QStringList names{QStringLiteral("id")};
    names += parentColumns;
    for (const Column<T> &column : columns)
        names.append(QString::fromLatin1(column.name));
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY position, id").arg(names.join(QStringLiteral(", ")), table));
    query.exec();

    std::vector<Row<T>> rows;
    while (query.next()) {
        Row<T> row;
        row.value.id = query.value(0).toLongLong();
        for (int i = 0; i < parentColumns.size(); ++i)
            row.parents[i] = query.value(1 + i);
        const int first = 1 + int(parentColumns.size());
        for (std::size_t i = 0; i < columns.size(); ++i)
            columns[i].set(row.value, query.value(first + int(i)));
        rows.push_back(std::move(row));
    }
    return rows;
}

QHash<qint64, std::vector<Assessment>> loadAssessments(const QSqlDatabase &db, ItemKind kind)
{
    QHash<qint64, std::vector<Assessment>> result;
    SqlQuery query(db, QStringLiteral("SELECT item_id, year, status, rationale, who, assessed_at FROM %1_assessments "
                                      "ORDER BY item_id, year")
                           .arg(toToken(kind)));
    query.exec();
    while (query.next()) {
        result[query.value(0).toLongLong()].push_back(Assessment{SchoolYear(query.value(1).toInt()),
                                                                 toEnum(query.value(2), Status::NoData),
                                                                 query.value(3).toString(), query.value(4).toString(),
                                                                 toDateTime(query.value(5))});
    }
    return result;
}

class Loader
{
public:
    explicit Loader(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    Plan load()
    {
        Plan plan;
        loadPlanRow(plan);
        loadPlanLists(plan);
        loadGoals(plan);
        loadReviews(plan);
        loadAudit(plan);
        return plan;
    }

private:
    void loadPlanRow(Plan &plan)
    {
        QStringList names;
        for (const Column<Plan> &column : planColumns())
            names.append(QString::fromLatin1(column.name));
        SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM plan WHERE id = 1").arg(names.join(QStringLiteral(", "))));
        query.exec();
        if (!query.next())
            return;
        const auto columns = planColumns();
        for (std::size_t i = 0; i < columns.size(); ++i)
            columns[i].set(plan, query.value(int(i)));
    }

    void loadPlanLists(Plan &plan)
    {
        SqlQuery query(m_db, QStringLiteral("SELECT list, name, body, es FROM plan_lists ORDER BY list, position"));
        query.exec();
        while (query.next()) {
            const QString list = query.value(0).toString();
            const QString name = query.value(1).toString();
            const QString body = query.value(2).toString();
            const Translation es = toTranslation(query.value(3));
            if (list == QLatin1String("core_values"))
                plan.coreValues.push_back({name, body, es});
            else if (list == QLatin1String("profile_attributes"))
                plan.profileAttributes.push_back({name, body, es});
            else if (list == QLatin1String("sections"))
                plan.sections.push_back({name, body, es});
            else if (list == QLatin1String("people"))
                plan.people.push_back({name, body});
        }
    }

    void loadGoals(Plan &plan)
    {
        auto goalAssessments = loadAssessments(m_db, ItemKind::Goal);
        auto objectiveAssessments = loadAssessments(m_db, ItemKind::Objective);
        auto actionAssessments = loadAssessments(m_db, ItemKind::Action);
        loadMeasures();

        for (Row<Goal> &row : selectAll(m_db, QStringLiteral("goals"), goalColumns(), {})) {
            Goal &goal = row.value;
            goal.assessments = goalAssessments.take(goal.id);
            goal.measures = takeMeasures(m_byGoal, goal.id);
            plan.goals.push_back(std::move(goal));
        }
        QHash<qint64, Goal *> goals;
        for (Goal &goal : plan.goals)
            goals.insert(goal.id, &goal);

        QHash<qint64, std::vector<Action>> actionsByObjective;
        const QStringList objectiveColumn{QStringLiteral("objective_id")};
        for (Row<Action> &row : selectAll(m_db, QStringLiteral("actions"), actionColumns(), objectiveColumn)) {
            Action &action = row.value;
            action.assessments = actionAssessments.take(action.id);
            action.responsibilities = m_responsibilities.take(action.id);
            action.notes = m_notes.take(action.id);
            actionsByObjective[row.parents[0].toLongLong()].push_back(std::move(action));
        }

        for (Row<Objective> &row : selectAll(m_db, QStringLiteral("objectives"), objectiveColumns(), {QStringLiteral("goal_id")})) {
            Objective &objective = row.value;
            objective.assessments = objectiveAssessments.take(objective.id);
            objective.measures = takeMeasures(m_byObjective, objective.id);
            objective.actions = actionsByObjective.take(objective.id);
            if (Goal *goal = goals.value(row.parents[0].toLongLong()))
                goal->objectives.push_back(std::move(objective));
        }
    }

    void loadMeasures()
    {
        loadActionLists();
        auto assessments = loadAssessments(m_db, ItemKind::Measure);
        QHash<qint64, std::map<SchoolYear, double>> targets;
        {
            SqlQuery query(m_db, QStringLiteral("SELECT measure_id, year, value FROM targets"));
            query.exec();
            while (query.next())
                targets[query.value(0).toLongLong()][SchoolYear(query.value(1).toInt())] = query.value(2).toDouble();
        }
        QHash<qint64, std::map<SchoolYear, Actual>> actuals;
        {
            SqlQuery query(m_db, QStringLiteral("SELECT measure_id, year, value, note, who, entered_at, preliminary, source, as_of, n, returned "
                                                "FROM actuals"));
            query.exec();
            while (query.next()) {
                Actual actual = Actual::of(query.value(2).toDouble(), query.value(3).toString(), query.value(4).toString());
                actual.when = toDateTime(query.value(5));
                actual.preliminary = query.value(6).toInt() != 0;
                actual.source = query.value(7).toString();
                actual.asOf = toDate(query.value(8));
                actual.n = toOptionalInt(query.value(9));
                actual.returned = query.value(10).toString();
                actuals[query.value(0).toLongLong()][SchoolYear(query.value(1).toInt())] = std::move(actual);
            }
        }
        const QStringList parents{QStringLiteral("goal_id"), QStringLiteral("objective_id"), QStringLiteral("parent_id")};
        for (Row<Measure> &row : selectAll(m_db, QStringLiteral("measures"), measureColumns(), parents)) {
            Measure &measure = row.value;
            measure.assessments = assessments.take(measure.id);
            measure.targets = targets.take(measure.id);
            measure.actuals = actuals.take(measure.id);
            if (!row.parents[0].isNull())
                m_byGoal[row.parents[0].toLongLong()].push_back(std::move(measure));
            else if (!row.parents[1].isNull())
                m_byObjective[row.parents[1].toLongLong()].push_back(std::move(measure));
            else
                m_byParent[row.parents[2].toLongLong()].push_back(std::move(measure));
        }
    }

    // Takes the measures under `id` from `index`, each with its children.
    std::vector<Measure> takeMeasures(QHash<qint64, std::vector<Measure>> &index, qint64 id)
    {
        std::vector<Measure> measures = index.take(id);
        for (Measure &measure : measures)
            measure.children = takeMeasures(m_byParent, measure.id);
        return measures;
    }

    void loadActionLists()
    {
        SqlQuery roles(m_db, QStringLiteral("SELECT action_id, role, duty FROM action_responsibilities ORDER BY action_id, position"));
        roles.exec();
        while (roles.next())
            m_responsibilities[roles.value(0).toLongLong()].push_back({roles.value(1).toString(), roles.value(2).toString()});
        SqlQuery notes(m_db, QStringLiteral("SELECT action_id, note_date, body, who FROM action_notes ORDER BY action_id, position"));
        notes.exec();
        while (notes.next())
            m_notes[notes.value(0).toLongLong()].push_back(
                {toDate(notes.value(1)), notes.value(2).toString(), notes.value(3).toString()});
    }

    void loadReviews(Plan &plan)
    {
        SqlQuery query(m_db, QStringLiteral("SELECT id, title, review_date, year, attendees, summary FROM reviews ORDER BY position, id"));
        query.exec();
        while (query.next()) {
            Review review;
            review.id = query.value(0).toLongLong();
            review.title = query.value(1).toString();
            review.date = toDate(query.value(2));
            review.year = SchoolYear(query.value(3).toInt());
            review.attendees = toList(query.value(4));
            review.summary = query.value(5).toString();
            loadReviewContents(review);
            plan.reviews.push_back(std::move(review));
        }
    }

    void loadReviewContents(Review &review)
    {
        SqlQuery snapshot(m_db, QStringLiteral("SELECT item_kind, item_code, title, status, manual, progress, target, actual "
                                               "FROM review_snapshot WHERE review_id = :id ORDER BY position"));
        snapshot.bind(QStringLiteral(":id"), review.id).exec();
        while (snapshot.next()) {
            review.snapshot.push_back(SnapshotEntry{toEnum(snapshot.value(0), ItemKind::Goal), snapshot.value(1).toString(),
                                                    snapshot.value(2).toString(), toEnum(snapshot.value(3), Status::NoData),
                                                    snapshot.value(4).toInt() != 0, toOptionalDouble(snapshot.value(5)),
                                                    toOptionalDouble(snapshot.value(6)), toOptionalDouble(snapshot.value(7))});
        }
        SqlQuery notes(m_db, QStringLiteral("SELECT item_code, body, who, noted_at FROM review_notes WHERE review_id = :id ORDER BY position"));
        notes.bind(QStringLiteral(":id"), review.id).exec();
        while (notes.next())
            review.notes.push_back(ItemNote{notes.value(0).toString(), notes.value(1).toString(), notes.value(2).toString(),
                                            toDateTime(notes.value(3))});

        SqlQuery recommendations(m_db, QStringLiteral("SELECT id, body, item_code FROM recommendations WHERE review_id = :id ORDER BY position"));
        recommendations.bind(QStringLiteral(":id"), review.id).exec();
        while (recommendations.next()) {
            Recommendation recommendation;
            recommendation.id = recommendations.value(0).toLongLong();
            recommendation.text = recommendations.value(1).toString();
            recommendation.item = recommendations.value(2).toString();
            SqlQuery changes(m_db, QStringLiteral("SELECT state, change_date, note FROM recommendation_changes "
                                                  "WHERE recommendation_id = :id ORDER BY position"));
            changes.bind(QStringLiteral(":id"), recommendation.id).exec();
            while (changes.next())
                recommendation.changes.push_back(StateChange{toEnum(changes.value(0), RecommendationState::Proposed),
                                                             toDate(changes.value(1)), changes.value(2).toString()});
            review.recommendations.push_back(std::move(recommendation));
        }
    }

    void loadAudit(Plan &plan) { plan.audit = PlanLoader::audit(m_db); }

    const QSqlDatabase &m_db;
    QHash<qint64, std::vector<Measure>> m_byGoal;
    QHash<qint64, std::vector<Measure>> m_byObjective;
    QHash<qint64, std::vector<Measure>> m_byParent;
    QHash<qint64, std::vector<Responsibility>> m_responsibilities;
    QHash<qint64, std::vector<ProgressNote>> m_notes;
};

} // namespace

Plan PlanLoader::load(const QSqlDatabase &db)
{
    return Loader(db).load();
}

std::vector<AuditEntry> PlanLoader::audit(const QSqlDatabase &db, const QString &code, bool newestFirst)
{
    SqlQuery query(db, QStringLiteral("SELECT changed_at, who, item_kind, item_code, field, old_value, new_value FROM audit%1 ORDER BY id%2")
                           .arg(code.isEmpty() ? QString() : QStringLiteral(" WHERE item_code = :code"),
                                newestFirst ? QStringLiteral(" DESC") : QString()));
    if (!code.isEmpty())
        query.bind(QStringLiteral(":code"), code);
    query.exec();
    std::vector<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry{toDateTime(query.value(0)), query.value(1).toString(), std::nullopt, query.value(3).toString(),
                         query.value(4).toString(), query.value(5).toString(), query.value(6).toString()};
        if (!query.value(2).isNull())
            entry.kind = parseToken<ItemKind>(query.value(2).toString());
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace cairn
