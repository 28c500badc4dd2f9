#include "repository.h"

#include "columns.h"
#include "core/planid.h"
#include "core/safefile.h"
#include "fileusers.h"
#include "planfile.h"
#include "planchanges.h"
#include "planloader.h"
#include "planlocation.h"
#include "planserver.h"
#include "serversecurity.h"
#include "planwriter.h"
#include "schema.h"
#include "sqlitefailure.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "storageerror.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <set>

namespace cairn {

namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString actualText(const std::optional<Actual> &actual)
{
    if (!actual)
        return {};
    QStringList details;
    if (!actual->returned.isEmpty())
        details.append(QStringLiteral("returned: ") + actual->returned);
    else if (actual->preliminary)
        details.append(QStringLiteral("preliminary"));
    if (!actual->note.isEmpty())
        details.append(actual->note);
    if (actual->n)
        details.append(QStringLiteral("n = %1").arg(*actual->n));
    return details.isEmpty() ? numberText(actual->value)
                             : numberText(actual->value) + QStringLiteral(" (") + details.join(QStringLiteral("; ")) + QLatin1Char(')');
}

QString assessmentText(const std::optional<Assessment> &assessment)
{
    if (!assessment)
        return {};
    return assessment->rationale.isEmpty() ? toToken(assessment->status)
                                           : toToken(assessment->status) + QStringLiteral(": ") + assessment->rationale;
}

template<typename K, typename V>
std::set<K> keysOf(const std::map<K, V> &before, const std::map<K, V> &after)
{
    std::set<K> keys;
    for (const auto &[key, value] : before)
        keys.insert(key);
    for (const auto &[key, value] : after)
        keys.insert(key);
    return keys;
}

template<typename K, typename V>
std::optional<V> find(const std::map<K, V> &map, const K &key)
{
    const auto it = map.find(key);
    return it == map.end() ? std::nullopt : std::optional<V>(it->second);
}

std::map<SchoolYear, Assessment> byYear(const std::vector<Assessment> &assessments)
{
    std::map<SchoolYear, Assessment> map;
    for (const Assessment &assessment : assessments)
        map[assessment.year] = assessment;
    return map;
}

// Audit fields that change the plan's shape (items added, removed, moved
// or renamed, reviews added or removed): a writer that read the plan before
// one of them cannot know what its own change lands on, nor can one be made
// on a plan read before another writer's change.
const QString structuralFields = QStringLiteral("'created', 'deleted', 'position', 'code', 'review created', 'review deleted'");

// Records what changed inside one transaction.
class Edit
{
public:
    // `revisions` tell what this writer has read of the plan and written
    // since: the write is refused if another writer has since changed an
    // item it changes, or the plan's shape.
    Edit(QSqlDatabase db, const QString &name, QString who, QDateTime when, Repository::Revisions &revisions)
        : m_db(db)
        , m_transaction(db)
        , m_writer(db)
        , m_name(name)
        , m_who(std::move(who))
        , m_when(std::move(when))
        , m_revisions(revisions)
    {
        // The bump comes first: on a server it waits for any other writer's
        // transaction to end and then sees what that writer committed.
        SqlQuery::run(m_db, QStringLiteral("UPDATE plan SET revision = revision + 1"));
        m_mine = SqlQuery::scalar(m_db, QStringLiteral("SELECT revision FROM plan")).toLongLong();
    }

    PlanWriter &writer() { return m_writer; }
    const QSqlDatabase &db() const { return m_db; }

    void audit(std::optional<ItemKind> kind, const QString &item, const QString &field, const QString &oldValue,
               const QString &newValue)
    {
        m_writer.insertAudit(AuditEntry{m_when, m_who, kind, item, field, oldValue, newValue}, m_mine);
    }

    // Writes every column whose value differs and audits it.
    template<typename T>
    void updateColumns(const QString &table, std::span<const Column<T>> columns, std::optional<ItemKind> kind,
                       const QString &item, qint64 id, const T &before, const T &after)
    {
        for (const Column<T> &column : columns) {
            const QVariant oldValue = column.get(before);
            const QVariant newValue = column.get(after);
            if (oldValue == newValue)
                continue;
            SqlQuery(m_db, QStringLiteral("UPDATE %1 SET %2 = :value WHERE id = :id").arg(table, QString::fromLatin1(column.name)))
                .bind({{QStringLiteral(":value"), newValue}, {QStringLiteral(":id"), id}})
                .exec();
            audit(kind, item, QString::fromLatin1(column.field), oldValue.toString(), newValue.toString());
        }
    }

    void updateAssessments(ItemKind kind, qint64 id, const QString &item, const std::vector<Assessment> &before,
                           const std::vector<Assessment> &after)
    {
        if (before == after)
            return;
        const auto oldMap = byYear(before);
        const auto newMap = byYear(after);
        for (const SchoolYear &year : keysOf(oldMap, newMap)) {
            const auto oldValue = find(oldMap, year);
            const auto newValue = find(newMap, year);
            if (oldValue != newValue)
                audit(kind, item, QStringLiteral("assessment %1").arg(year.label()), assessmentText(oldValue), assessmentText(newValue));
        }
        m_writer.writeAssessments(kind, id, after);
    }

    void updateMeasure(const Measure &before, const Measure &after)
    {
        updateColumns(QStringLiteral("measures"), measureColumns(), ItemKind::Measure, after.code, before.id, before, after);
        updateAssessments(ItemKind::Measure, before.id, after.code, before.assessments, after.assessments);
        for (const SchoolYear &year : keysOf(before.targets, after.targets)) {
            const auto oldValue = find(before.targets, year);
            const auto newValue = find(after.targets, year);
            if (oldValue == newValue)
                continue;
            m_writer.writeTarget(before.id, year, newValue);
            audit(ItemKind::Measure, after.code, QStringLiteral("target %1").arg(year.label()),
                  oldValue ? numberText(*oldValue) : QString(), newValue ? numberText(*newValue) : QString());
        }
        for (const SchoolYear &year : keysOf(before.actuals, after.actuals)) {
            const auto oldValue = find(before.actuals, year);
            const auto newValue = find(after.actuals, year);
            if (oldValue == newValue)
                continue;
            m_writer.writeActual(before.id, year, newValue);
            audit(ItemKind::Measure, after.code, QStringLiteral("actual %1").arg(year.label()), actualText(oldValue),
                  actualText(newValue));
        }
    }

    void commit()
    {
        m_writer.finish();
        refuseOthersChanges();
        m_transaction.commit();
        m_revisions.own.insert(m_mine);
        m_revisions.last = m_mine;
        ++m_revisions.writes;
    }

private:
    // Throws Conflict when a revision between what this writer read and its
    // own is another writer's change to an item this one changes (the same
    // kind and code; the plan's own fields and reviews count as one item),
    // or a change of the plan's shape by either.
    void refuseOthersChanges() const
    {
        QStringList others;
        for (qint64 revision = m_revisions.read + 1; revision < m_mine; ++revision)
            if (!m_revisions.own.count(revision))
                others.append(QString::number(revision));
        if (others.isEmpty())
            return; // no one else wrote since this writer read the plan
        const QString sql = QStringLiteral(
            "SELECT count(*) FROM audit theirs WHERE theirs.revision IN (%1) AND ("
            "theirs.field IN (%2) "
            "OR EXISTS (SELECT 1 FROM audit mine WHERE mine.revision = %3 AND (mine.field IN (%2) "
            "OR (COALESCE(mine.item_kind, '') = COALESCE(theirs.item_kind, '') AND mine.item_code = theirs.item_code))))");
        if (SqlQuery::scalar(m_db, sql.arg(others.join(QLatin1Char(',')), structuralFields).arg(m_mine)).toLongLong() > 0)
            throw StorageError(StorageError::Kind::Conflict,
                               Repository::tr("%1 was changed in another window or by cairn-cli after it was read here, so "
                                              "nothing was changed. Look at the plan as it is now and make the change again.")
                                   .arg(m_name));
    }

    QSqlDatabase m_db;
    Transaction m_transaction;
    PlanWriter m_writer;
    QString m_name;
    QString m_who;
    QDateTime m_when;
    Repository::Revisions &m_revisions;
    qint64 m_mine = 0; // the revision this edit makes
};

QString joinedResponsibilities(const std::vector<Responsibility> &list)
{
    QStringList parts;
    for (const Responsibility &entry : list)
        parts.append(entry.role + QStringLiteral(": ") + entry.duty);
    return parts.join(QStringLiteral("; "));
}

QString joinedNotes(const std::vector<ProgressNote> &list)
{
    QStringList parts;
    for (const ProgressNote &note : list)
        parts.append(note.date.toString(Qt::ISODate) + QLatin1Char(' ') + note.text);
    return parts.join(QStringLiteral("; "));
}

template<typename T>
QString joinedNamed(const std::vector<T> &list, QString T::*first, QString T::*second)
{
    QStringList parts;
    for (const T &entry : list)
        parts.append(entry.*first + QStringLiteral(": ") + entry.*second);
    return parts.join(QStringLiteral("; "));
}

// A list's Spanish texts, entry by entry, for the audit log.
template<typename T>
QString joinedTranslations(const std::vector<T> &list)
{
    QStringList parts;
    for (const T &entry : list)
        parts.append(sqlvalue::fromTranslation(entry.es).toString());
    return parts.join(QStringLiteral("; "));
}

} // namespace

Repository::Repository(const QString &path, const QString &name, QSqlDatabase db, bool readOnly)
    : m_path(path)
    , m_name(name)
    , m_db(std::move(db))
    , m_readOnly(readOnly)
    , m_actor(&loginName)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_users(PlanLocation::isServer(path) ? nullptr : std::make_unique<FileUsers>(path))
    , m_person{loginName(), ServerSecurity::Role::Coordinator, {}}
{
}

Repository::~Repository()
{
    PlanFile::disconnect(m_db);
}

std::unique_ptr<Repository> Repository::openOnServer(const QString &url, Access access)
{
    const PlanLocation location = PlanLocation::parse(url);
    const bool readOnly = access == Access::ReadOnly;
    PlanServer::Opened opened = PlanServer::open(location, readOnly);
    // A login the server lets read only (a viewer's) opens the plan
    // read-only, so that the app says so before anyone types.
    const bool viewer = !ServerSecurity::mayWritePlan(opened.db);
    std::unique_ptr<Repository> repository(new Repository(
        url, tr("\"%1\" on %2").arg(opened.entry.title, location.server()), opened.db, readOnly || viewer));
    if (viewer)
        repository->m_readOnlyWhy = tr("Your login %1 may read %2 but not change it (a viewer's); nothing was changed.")
                                        .arg(location.userShown(), repository->m_name);
    repository->m_revisions.loaded(SqlQuery::scalar(opened.db, QStringLiteral("SELECT revision FROM plan")).toLongLong());
    repository->m_person = ServerSecurity::self(opened.db);
    return repository;
}

std::unique_ptr<Repository> Repository::open(const QString &path, Access access)
{
    if (PlanLocation::isServer(path))
        return openOnServer(path, access);
    const int version = PlanFile::inspect(path);
    const bool canWrite = !SafeFile::refusesWrites(path);
    const bool readOnly = access == Access::ReadOnly || !canWrite;

    QString backup;
    if (version < Schema::CurrentVersion) {
        if (!canWrite)
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 was written by an older version of Cairn and must be upgraded before it can be "
                                  "opened, but it (or its folder) is read-only. Copy it somewhere writable and open the copy.")
                                   .arg(QFileInfo(path).fileName()));
        if (readOnly)
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 was written by an older version of Cairn and must be upgraded first. Open it in "
                                  "Cairn once (a backup copy is kept beside it), then try again.")
                                   .arg(QFileInfo(path).fileName()));
        backup = PlanFile::backup(path, version);
        QSqlDatabase db = PlanFile::connect(path, PlanFile::Access::ReadWrite);
        try {
            Schema::migrate(db);
        } catch (...) {
            PlanFile::disconnect(db);
            throw;
        }
        PlanFile::disconnect(db);
    }
    if (!readOnly)
        SafeFile::removeLeftovers(path);

    QSqlDatabase db = PlanFile::connect(path, readOnly ? PlanFile::Access::ReadOnly : PlanFile::Access::ReadWrite);
    std::unique_ptr<Repository> repository(new Repository(path, QFileInfo(path).fileName(), db, readOnly));
    repository->m_backup = backup;
    repository->m_revisions.loaded(SqlQuery::scalar(db, QStringLiteral("SELECT revision FROM plan")).toLongLong());
    return repository;
}

std::unique_ptr<Repository> Repository::create(const QString &path, const Plan &plan, bool overwrite)
{
    if (PlanLocation::isServer(path)) {
        const PlanLocation location = PlanLocation::parse(path);
        return open(location.withPlan(PlanServer::push(location, plan, overwrite).id).toString());
    }
    const QFileInfo target(path);
    if (target.exists() && !overwrite)
        throw StorageError(StorageError::Kind::Exists,
                           tr("%1 already exists; choose another name or allow replacing it (--force).").arg(path));
    if (!target.absoluteDir().exists())
        throw StorageError(StorageError::Kind::Io, tr("The folder %1 does not exist.").arg(target.absolutePath()));
    SafeFile::removeLeftovers(path);

    // Build the file under a temporary name beside the target, then move it
    // into place: a failed import never leaves a half-written plan behind.
    const QString temporary = SafeFile::temporaryName(path);
    auto removeTemporary = [&] {
        for (const char *suffix : {"", "-journal"})
            QFile::remove(temporary + QString::fromLatin1(suffix));
    };
    try {
        QSqlDatabase db = PlanFile::connect(temporary, PlanFile::Access::ReadWrite);
        try {
            Schema::migrate(db);
            Transaction transaction(db);
            Plan copy = plan;
            if (copy.uuid.isEmpty())
                copy.uuid = newPlanId(); // a new plan; one imported keeps its own
            PlanWriter(db).insertPlan(copy);
            transaction.commit();
        } catch (...) {
            PlanFile::disconnect(db);
            throw;
        }
        PlanFile::disconnect(db);
        PlanFile::replace(temporary, path);
    } catch (const StorageError &error) {
        removeTemporary();
        if (error.kind() == StorageError::Kind::Duplicate)
            throw StorageError(StorageError::Kind::Invalid, error.message()); // the plan, not the file, is at fault
        throw StorageError(error.kind(), QString(error.message()).replace(QFileInfo(temporary).fileName(), target.fileName()));
    }
    return open(path);
}

void Repository::requireWritable() const
{
    if (m_readOnly && !m_readOnlyWhy.isEmpty())
        throw StorageError(StorageError::Kind::ReadOnly, m_readOnlyWhy);
    // A server plan has no folder: read-only there is the person's choice.
    if (m_readOnly && !PlanLocation::isServer(m_path) && SafeFile::refusesWrites(m_path))
        throw SqliteFailure::notWritable(m_path);
    if (m_readOnly)
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("%1 is open read-only; nothing was changed.").arg(m_name));
}

QString Repository::loginName()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
}

void Repository::setActor(const QString &who)
{
    m_actor = [who] { return who; };
}

QString Repository::author() const
{
    const QString who = actor().trimmed();
    if (who.isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Every change in a plan records who made it, and no name was given; nothing was changed."));
    return who;
}

QDateTime Repository::now() const
{
    QDateTime when = m_clock().toUTC();
    when.setTime(QTime(when.time().hour(), when.time().minute(), when.time().second()));
    return when;
}

Plan Repository::load() const
{
    Transaction reading(m_db, Transaction::Mode::Read);
    // A newer Cairn in another window may have upgraded the file since it
    // was opened here: this build must then neither read nor write it.
    const int version = Schema::version(m_db);
    if (version != Schema::CurrentVersion)
        throw StorageError(StorageError::Kind::TooNew,
                           tr("%1 was upgraded to file format %2 by a newer Cairn while it was open here; this Cairn reads "
                              "format %3. Close it here and work on it in the newer Cairn.")
                               .arg(m_name)
                               .arg(version)
                               .arg(Schema::CurrentVersion));
    Plan plan = PlanLoader::load(m_db);
    m_revisions.loaded(SqlQuery::scalar(m_db, QStringLiteral("SELECT revision FROM plan")).toLongLong());
    reading.commit();
    return plan;
}

qint64 Repository::dataVersion() const
{
    return SqlDialect::of(m_db).dataVersion(m_db, m_revisions.writes);
}

std::unique_ptr<PlanChanges> Repository::watchChanges() const
{
    if (!PlanLocation::isServer(m_path))
        return nullptr;
    return std::make_unique<PlanChanges>(m_db, PlanLocation::parse(m_path));
}

void Repository::updatePlan(const Plan &before, const Plan &after)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    edit.updateColumns(QStringLiteral("plan"), planColumns(), std::nullopt, {}, 1, before, after);
    bool listsChanged = false;
    auto compare = [&](const QString &field, const QString &oldText, const QString &newText) {
        if (oldText == newText)
            return false;
        listsChanged = true;
        edit.audit(std::nullopt, {}, field, oldText, newText);
        return true;
    };
    // A list whose entries changed is audited once; one whose entries only
    // gained or lost Spanish words, by those.
    if (!compare(QStringLiteral("coreValues"), joinedNamed(before.coreValues, &NamedText::name, &NamedText::description),
                 joinedNamed(after.coreValues, &NamedText::name, &NamedText::description)))
        compare(QStringLiteral("coreValues.es"), joinedTranslations(before.coreValues), joinedTranslations(after.coreValues));
    if (!compare(QStringLiteral("profileAttributes"), joinedNamed(before.profileAttributes, &NamedText::name, &NamedText::description),
                 joinedNamed(after.profileAttributes, &NamedText::name, &NamedText::description)))
        compare(QStringLiteral("profileAttributes.es"), joinedTranslations(before.profileAttributes),
                joinedTranslations(after.profileAttributes));
    if (!compare(QStringLiteral("sections"), joinedNamed(before.sections, &Section::heading, &Section::body),
                 joinedNamed(after.sections, &Section::heading, &Section::body)))
        compare(QStringLiteral("sections.es"), joinedTranslations(before.sections), joinedTranslations(after.sections));
    compare(QStringLiteral("people"), joinedNamed(before.people, &Person::name, &Person::role),
            joinedNamed(after.people, &Person::name, &Person::role));
    if (listsChanged)
        edit.writer().writePlanLists(after);
    edit.commit();
}

void Repository::updateGoal(const Goal &before, const Goal &after)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    edit.updateColumns(QStringLiteral("goals"), goalColumns(), ItemKind::Goal, after.code, before.id, before, after);
    edit.updateAssessments(ItemKind::Goal, before.id, after.code, before.assessments, after.assessments);
    edit.commit();
}

void Repository::updateObjective(const Objective &before, const Objective &after)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    edit.updateColumns(QStringLiteral("objectives"), objectiveColumns(), ItemKind::Objective, after.code, before.id, before, after);
    edit.updateAssessments(ItemKind::Objective, before.id, after.code, before.assessments, after.assessments);
    edit.commit();
}

void Repository::updateAction(const Action &before, const Action &after)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    edit.updateColumns(QStringLiteral("actions"), actionColumns(), ItemKind::Action, after.code, before.id, before, after);
    edit.updateAssessments(ItemKind::Action, before.id, after.code, before.assessments, after.assessments);
    if (before.responsibilities != after.responsibilities) {
        edit.audit(ItemKind::Action, after.code, QStringLiteral("responsibilities"), joinedResponsibilities(before.responsibilities),
                   joinedResponsibilities(after.responsibilities));
        edit.writer().writeResponsibilities(before.id, after.responsibilities);
    }
    if (before.notes != after.notes) {
        edit.audit(ItemKind::Action, after.code, QStringLiteral("notes"), joinedNotes(before.notes), joinedNotes(after.notes));
        edit.writer().writeNotes(before.id, after.notes);
    }
    edit.commit();
}

void Repository::updateMeasure(const Measure &before, const Measure &after)
{
    updateMeasures({{before, after}});
}

void Repository::updateMeasures(const std::vector<std::pair<Measure, Measure>> &changes, const QString &origin)
{
    requireWritable();
    const QString who = author();
    Edit edit(m_db, m_name, origin.isEmpty() ? who : tr("%1, from %2").arg(who, origin), now(), m_revisions);
    for (const auto &[before, after] : changes)
        edit.updateMeasure(before, after);
    edit.commit();
}

void Repository::insertGoal(Goal &goal, int position)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    edit.writer().insertGoal(goal, position);
    edit.audit(ItemKind::Goal, goal.code, QStringLiteral("created"), {}, goal.title);
    edit.commit();
}

void Repository::insertObjective(qint64 goalId, Objective &objective, int position)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    edit.writer().insertObjective(goalId, objective, position);
    edit.audit(ItemKind::Objective, objective.code, QStringLiteral("created"), {}, objective.title);
    edit.commit();
}

void Repository::insertAction(qint64 objectiveId, Action &action, int position)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    edit.writer().insertAction(objectiveId, action, position);
    edit.audit(ItemKind::Action, action.code, QStringLiteral("created"), {}, action.description);
    edit.commit();
}

void Repository::insertMeasure(MeasureParent parent, Measure &measure, int position)
{
    requireWritable();
    const char *column = parent.kind == ItemKind::Goal        ? "goal_id"
                         : parent.kind == ItemKind::Objective ? "objective_id"
                                                              : "parent_id";
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    edit.writer().insertMeasure(column, parent.id, measure, position);
    edit.audit(ItemKind::Measure, measure.code, QStringLiteral("created"), {}, measure.name);
    edit.commit();
}

void Repository::removeItem(ItemKind kind, qint64 id)
{
    requireWritable();
    const QString table = PlanWriter::tableOf(kind);
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    const QString titleColumn = kind == ItemKind::Action    ? QStringLiteral("description")
                                : kind == ItemKind::Measure ? QStringLiteral("name")
                                                            : QStringLiteral("title");
    SqlQuery select(m_db, QStringLiteral("SELECT code, %1 FROM %2 WHERE id = :id").arg(titleColumn, table));
    select.bind(QStringLiteral(":id"), id).exec();
    if (!select.next())
        throw StorageError(StorageError::Kind::Invalid, tr("The item to delete is no longer in the plan."));
    edit.audit(kind, select.value(0).toString(), QStringLiteral("deleted"), select.value(1).toString(), {});
    SqlQuery(m_db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table)).bind(QStringLiteral(":id"), id).exec();
    edit.commit();
}

void Repository::reorder(ItemKind kind, const std::vector<qint64> &ids)
{
    requireWritable();
    const QString table = PlanWriter::tableOf(kind);
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    SqlQuery select(m_db, QStringLiteral("SELECT code, position FROM %1 WHERE id = :id").arg(table));
    SqlQuery update(m_db, QStringLiteral("UPDATE %1 SET position = :position WHERE id = :id").arg(table));
    for (std::size_t i = 0; i < ids.size(); ++i) {
        select.bind(QStringLiteral(":id"), ids[i]).exec();
        if (!select.next() || select.value(1).toInt() == int(i))
            continue;
        edit.audit(kind, select.value(0).toString(), QStringLiteral("position"), QString::number(select.value(1).toInt() + 1),
                   QString::number(i + 1));
        update.bind({{QStringLiteral(":position"), int(i)}, {QStringLiteral(":id"), ids[i]}}).exec();
    }
    edit.commit();
}

void Repository::insertReview(Review &review)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    const int position = SqlQuery::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM reviews")).toInt();
    edit.writer().insertReview(review, position);
    edit.audit(std::nullopt, {}, QStringLiteral("review created"), {}, review.title);
    edit.commit();
}

void Repository::updateReviewRecords(const Review &before, Review &after)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    const auto bind = [&](const QString &sql) {
        SqlQuery(m_db, sql).bind(QStringLiteral(":id"), after.id).exec();
    };
    bind(QStringLiteral("DELETE FROM recommendation_changes WHERE recommendation_id IN (SELECT id FROM recommendations WHERE review_id = :id)"));
    bind(QStringLiteral("DELETE FROM recommendations WHERE review_id = :id"));
    bind(QStringLiteral("DELETE FROM review_notes WHERE review_id = :id"));
    edit.writer().insertReviewRecords(after);
    for (std::size_t i = 0; i < after.recommendations.size(); ++i) {
        const Recommendation &now = after.recommendations[i];
        const std::size_t known = i < before.recommendations.size() ? before.recommendations[i].changes.size() : 0;
        for (std::size_t j = known; j < now.changes.size(); ++j)
            edit.audit(now.item.isEmpty() ? std::nullopt : std::optional<ItemKind>(), now.item,
                       QStringLiteral("recommendation (%1)").arg(after.title), j == 0 ? QString() : toToken(now.changes[j - 1].state),
                       toToken(now.changes[j].state) + QStringLiteral(": ") + now.text);
    }
    for (std::size_t i = before.notes.size(); i < after.notes.size(); ++i)
        edit.audit(std::nullopt, after.notes[i].item, QStringLiteral("note (%1)").arg(after.title), {}, after.notes[i].text);
    edit.commit();
}

std::vector<AuditEntry> Repository::history(const QString &code) const
{
    return PlanLoader::audit(m_db, code, true);
}

void Repository::removeReview(qint64 id)
{
    requireWritable();
    Edit edit(m_db, m_name, author(), now(), m_revisions);
    SqlQuery select(m_db, QStringLiteral("SELECT title FROM reviews WHERE id = :id"));
    select.bind(QStringLiteral(":id"), id).exec();
    if (!select.next())
        throw StorageError(StorageError::Kind::Invalid, tr("The review to delete is no longer in the plan."));
    edit.audit(std::nullopt, {}, QStringLiteral("review deleted"), select.value(0).toString(), {});
    SqlQuery(m_db, QStringLiteral("DELETE FROM reviews WHERE id = :id")).bind(QStringLiteral(":id"), id).exec();
    edit.commit();
}

} // namespace cairn
