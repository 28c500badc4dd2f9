#include "schema.h"

#include "sqldialect.h"
#include "sqlquery.h"
#include "storageerror.h"

#include "core/planid.h"
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace cairn {

namespace {

// Statements are written as SQLite takes them; the dialect adapts them to
// a server, so that both keep one schema. Every step runs its statements
// through here.
void runAll(const QSqlDatabase &db, const QStringList &statements)
{
    const SqlDialect dialect = SqlDialect::of(db);
    for (const QString &sql : statements)
        SqlQuery::run(db, dialect.ddl(sql));
}

// Version 1: the plan and its structure, measures with targets and actuals.
void migrateToV1(const QSqlDatabase &db)
{
    SqlDialect::of(db).setApplicationId(db, Schema::ApplicationId);
    runAll(db, {
        QStringLiteral(R"(CREATE TABLE plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            organization TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            first_year INTEGER NOT NULL, last_year INTEGER NOT NULL, report_year INTEGER NOT NULL,
            mission TEXT NOT NULL DEFAULT '', vision TEXT NOT NULL DEFAULT '',
            theory_of_action TEXT NOT NULL DEFAULT ''))"),
        // core values, profile attributes, free sections and people
        QStringLiteral(R"(CREATE TABLE plan_lists (
            list TEXT NOT NULL, position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (list, position)))"),
        QStringLiteral(R"(CREATE TABLE goals (
            id INTEGER PRIMARY KEY, position INTEGER NOT NULL, code TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '', short_name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '', rationale TEXT NOT NULL DEFAULT '[]',
            owner TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE objectives (
            id INTEGER PRIMARY KEY, goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, code TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]'))"),
        QStringLiteral(R"(CREATE TABLE actions (
            id INTEGER PRIMARY KEY, objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, code TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'not_started', percent_complete INTEGER NOT NULL DEFAULT 0,
            start TEXT NOT NULL DEFAULT '', due TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE action_responsibilities (
            action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            role TEXT NOT NULL DEFAULT '', duty TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (action_id, position)))"),
        QStringLiteral(R"(CREATE TABLE action_notes (
            action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            note_date TEXT, body TEXT NOT NULL DEFAULT '', who TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (action_id, position)))"),
        // A measure hangs under exactly one of: a goal, an objective, a parent measure.
        QStringLiteral(R"(CREATE TABLE measures (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER REFERENCES goals(id) ON DELETE CASCADE,
            objective_id INTEGER REFERENCES objectives(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES measures(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL, type TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL, custom_unit TEXT NOT NULL DEFAULT '', decimals INTEGER NOT NULL DEFAULT 0,
            direction TEXT NOT NULL, tolerance REAL, source TEXT NOT NULL DEFAULT '',
            baseline_year INTEGER, baseline_value REAL, baseline_note TEXT NOT NULL DEFAULT '',
            final_year INTEGER, final_value REAL,
            due_date TEXT, completed_date TEXT, evidence TEXT NOT NULL DEFAULT '',
            CHECK ((goal_id IS NOT NULL) + (objective_id IS NOT NULL) + (parent_id IS NOT NULL) = 1)))"),
        QStringLiteral(R"(CREATE TABLE targets (
            measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
            year INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY (measure_id, year)))"),
        QStringLiteral(R"(CREATE TABLE actuals (
            measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
            year INTEGER NOT NULL, value REAL NOT NULL, note TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '', entered_at TEXT, PRIMARY KEY (measure_id, year)))"),
        QStringLiteral("CREATE INDEX objectives_by_goal ON objectives (goal_id, position)"),
        QStringLiteral("CREATE INDEX actions_by_objective ON actions (objective_id, position)"),
    });
}

// Version 2: manual assessments, reviews with their snapshots and
// recommendations, and the audit log.
void migrateToV2(const QSqlDatabase &db)
{
    // One assessment table per item kind, so deleting an item deletes its
    // assessments through the foreign key.
    for (const char *kind : {"goal", "objective", "action", "measure"}) {
        const QString name = QString::fromLatin1(kind);
        runAll(db, {QStringLiteral(R"(CREATE TABLE %1_assessments (
            item_id INTEGER NOT NULL REFERENCES %1s(id) ON DELETE CASCADE,
            year INTEGER NOT NULL, status TEXT NOT NULL, rationale TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '', assessed_at TEXT, PRIMARY KEY (item_id, year)))")
                           .arg(name)});
    }
    runAll(db, {
        QStringLiteral(R"(CREATE TABLE reviews (
            id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '',
            review_date TEXT, year INTEGER NOT NULL, attendees TEXT NOT NULL DEFAULT '[]',
            summary TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE review_snapshot (
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            item_kind TEXT NOT NULL, item_code TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL, manual INTEGER NOT NULL DEFAULT 0,
            progress REAL, target REAL, actual REAL, PRIMARY KEY (review_id, position)))"),
        QStringLiteral(R"(CREATE TABLE review_notes (
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            item_code TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '', noted_at TEXT, PRIMARY KEY (review_id, position)))"),
        QStringLiteral(R"(CREATE TABLE recommendations (
            id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, body TEXT NOT NULL DEFAULT '', item_code TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE recommendation_changes (
            recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, state TEXT NOT NULL, change_date TEXT, note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (recommendation_id, position)))"),
        QStringLiteral(R"(CREATE TABLE audit (
            id INTEGER PRIMARY KEY, changed_at TEXT, who TEXT NOT NULL DEFAULT '',
            item_kind TEXT, item_code TEXT NOT NULL DEFAULT '', field TEXT NOT NULL DEFAULT '',
            old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT ''))"),
    });
}

// Version 3: actual values carry their provenance.
void migrateToV3(const QSqlDatabase &db)
{
    runAll(db, {
        QStringLiteral("ALTER TABLE actuals ADD COLUMN preliminary INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE actuals ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE actuals ADD COLUMN as_of TEXT"),
    });
}

// Version 4: the plan's revision, bumped by every write and checked inside
// its transaction, so that no writer overwrites what another wrote after it
// last read the plan.
void migrateToV4(const QSqlDatabase &db)
{
    runAll(db, {QStringLiteral("ALTER TABLE plan ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")});
}

// Version 5: plans made of activities and dated outcomes: goals carry tags,
// an action can recur every year, a milestone keeps its due date as written.
void migrateToV5(const QSqlDatabase &db)
{
    runAll(db, {
        QStringLiteral("ALTER TABLE goals ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE actions ADD COLUMN recurring INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE measures ADD COLUMN due_text TEXT NOT NULL DEFAULT ''"),
    });
}

// Version 6: school plans aligned to the district plan, and small student
// groups. The plan has an identity (a UUID, made here for a plan that had
// none), a kind, its unit and the plan it aligns to; goals, objectives,
// actions and measures name the district items they support. A value records
// how many students it is about, and the plan the rule that keeps small
// groups out of what it publishes.
void migrateToV6(const QSqlDatabase &db)
{
    runAll(db, {
        QStringLiteral("ALTER TABLE plan ADD COLUMN uuid TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE plan ADD COLUMN kind TEXT NOT NULL DEFAULT 'district'"),
        QStringLiteral("ALTER TABLE plan ADD COLUMN unit TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE plan ADD COLUMN aligns_to_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE plan ADD COLUMN aligns_to_title TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE goals ADD COLUMN supports TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE objectives ADD COLUMN supports TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE actions ADD COLUMN supports TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE measures ADD COLUMN supports TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE actuals ADD COLUMN n INTEGER"),
        QStringLiteral("ALTER TABLE plan ADD COLUMN suppression TEXT NOT NULL DEFAULT ''"),
    });
    SqlQuery(db, QStringLiteral("UPDATE plan SET uuid = :uuid WHERE uuid = ''")).bind(QStringLiteral(":uuid"), newPlanId()).exec();
}

// Version 7: a student group's baseline records how many students it is
// about, as its yearly values do, so that a small group's baseline is kept
// out of what is published too. The plan's own texts may be written in
// Spanish beside the original: a JSON object of field to text per item. A
// plan has a needs assessment of its own (a school plan's data analysis).
void migrateToV7(const QSqlDatabase &db)
{
    runAll(db, {
        QStringLiteral("ALTER TABLE measures ADD COLUMN baseline_n INTEGER"),
        QStringLiteral("ALTER TABLE plan ADD COLUMN needs_assessment TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE plan ADD COLUMN es TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE plan_lists ADD COLUMN es TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE goals ADD COLUMN es TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE objectives ADD COLUMN es TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE actions ADD COLUMN es TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE measures ADD COLUMN es TEXT NOT NULL DEFAULT '{}'"),
    });
}

// Version 8: the plan says how its documents write numbers (1,234.5 in a US
// district whatever the language); every plan before wrote them so.
void migrateToV8(const QSqlDatabase &db)
{
    runAll(db, {QStringLiteral("ALTER TABLE plan ADD COLUMN numbers TEXT NOT NULL DEFAULT '1,234.5'")});
}

// Version 9: the coordinator's data call and approval queue. The plan says
// when the owners' values for the year under review are due; a value the
// coordinator sent back keeps their note until its owner enters it again.
// Each audit entry records the plan revision its change made, so that a
// writer is refused only when someone changed what it changes (Repository).
void migrateToV9(const QSqlDatabase &db)
{
    runAll(db, {
        QStringLiteral("ALTER TABLE plan ADD COLUMN data_call_due TEXT"),
        QStringLiteral("ALTER TABLE actuals ADD COLUMN returned TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN revision INTEGER"),
        QStringLiteral("CREATE INDEX audit_by_revision ON audit (revision)"),
    });
}

const std::function<void(const QSqlDatabase &)> steps[] = {migrateToV1, migrateToV2, migrateToV3, migrateToV4, migrateToV5,
                                                           migrateToV6, migrateToV7, migrateToV8, migrateToV9};
static_assert(std::size(steps) == Schema::CurrentVersion);

} // namespace

int Schema::version(const QSqlDatabase &db)
{
    return SqlDialect::of(db).version(db);
}

qint32 Schema::applicationId(const QSqlDatabase &db)
{
    return SqlDialect::of(db).applicationId(db);
}

void Schema::migrate(const QSqlDatabase &db, int target)
{
    Q_ASSERT(target >= 0 && target <= CurrentVersion);
    const int start = version(db);
    // Steps are indexed by the version they start from: a damaged header
    // must never pick one outside the table.
    if (start < 0 || start > CurrentVersion)
        throw StorageError(StorageError::Kind::Damaged,
                           QCoreApplication::translate("cairn::Schema", "The plan file's format number is %1, which no Cairn "
                                                                        "has written; it was not changed.")
                               .arg(start));
    // A new file's steps are one transaction: nothing in it is there to
    // keep should one fail, and every commit costs the disk a sync.
    std::optional<Transaction> whole;
    if (start == 0)
        whole.emplace(db);
    for (int from = start; from < target; ++from) {
        std::optional<Transaction> step;
        if (!whole)
            step.emplace(db);
        steps[from](db);
        SqlDialect::of(db).setVersion(db, from + 1);
        if (step)
            step->commit();
    }
    if (whole)
        whole->commit();
}

void Schema::create(const QSqlDatabase &db)
{
    for (int from = 0; from < CurrentVersion; ++from)
        steps[from](db);
    SqlDialect::of(db).setVersion(db, CurrentVersion);
}

} // namespace cairn
