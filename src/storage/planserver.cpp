#include "planserver.h"

#include "core/planid.h"
#include "planchanges.h"
#include "planfile.h"
#include "planwriter.h"
#include "schema.h"
#include "serverfailure.h"
#include "serverpasswords.h"
#include "serversecurity.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QUuid>

namespace cairn {

namespace {

// The catalog's own format, for later steps (the approval queue). 2: the
// roles, cairn.people and the server's checks on every plan (ServerSecurity).
constexpr int CatalogVersion = 2;

const char *const catalogStatements[] = {
    "CREATE SCHEMA IF NOT EXISTS cairn",
    "CREATE TABLE IF NOT EXISTS cairn.meta (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    R"(CREATE TABLE IF NOT EXISTS cairn.plans (
        id UUID PRIMARY KEY, title TEXT NOT NULL, schema_name TEXT NOT NULL UNIQUE,
        pushed_at TIMESTAMPTZ NOT NULL DEFAULT now(), pushed_by TEXT NOT NULL DEFAULT current_user))",
    // The catalog's title follows the plan's own, whoever changes it.
    R"(CREATE OR REPLACE FUNCTION cairn.follow_plan_title() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE cairn.plans SET title = NEW.title WHERE schema_name = TG_TABLE_SCHEMA;
            RETURN NEW;
        END $$)",
};

// Plan texts are Unicode whatever the server's default; the session's own
// notices (NOTICE: schema exists) are not the person's business.
void prepare(const QSqlDatabase &db)
{
    SqlQuery::run(db, QStringLiteral("SET client_encoding TO 'UTF8'"));
    SqlQuery::run(db, QStringLiteral("SET client_min_messages TO WARNING"));
}

bool ownsSchema(const QSqlDatabase &db)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT pg_has_role(nspowner, 'USAGE') FROM pg_namespace "
                                               "WHERE nspname = current_schema()"))
        .toBool();
}

bool hasCatalog(const QSqlDatabase &db)
{
    return !SqlQuery::scalar(db, QStringLiteral("SELECT to_regclass('cairn.plans') IS NULL")).toBool();
}

PlanServer::Entry entryFrom(SqlQuery &query)
{
    return PlanServer::Entry{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toDateTime(), query.value(4).toString()};
}

QString listed(const std::vector<PlanServer::Entry> &entries)
{
    QStringList names;
    for (const PlanServer::Entry &entry : entries)
        names.append(QStringLiteral("\"%1\" (%2)").arg(entry.title, entry.id));
    return names.join(QStringLiteral(", "));
}

// The plan's schema, tables and rows and its catalog entry, in one
// transaction: a failure leaves the database as it was.
void writeSchema(const QSqlDatabase &db, const PlanServer::Entry &entry, Plan &copy)
{
    Transaction transaction(db);
    SqlQuery::run(db, QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(entry.schema));
    SqlQuery::run(db, QStringLiteral("CREATE SCHEMA \"%1\"").arg(entry.schema));
    SqlQuery::run(db, QStringLiteral("SET LOCAL search_path TO \"%1\"").arg(entry.schema));
    Schema::create(db);
    PlanWriter(db).insertPlan(copy);
    SqlQuery::run(db, QStringLiteral("CREATE TRIGGER follow_title AFTER UPDATE OF title ON plan "
                                     "FOR EACH ROW EXECUTE FUNCTION cairn.follow_plan_title()"));
    ServerSecurity::protect(db, entry.schema);
    SqlQuery(db, QStringLiteral("INSERT INTO cairn.plans (id, title, schema_name) VALUES (CAST(:id AS uuid), :title, :schema) "
                                "ON CONFLICT (id) DO UPDATE SET title = excluded.title, pushed_at = now(), "
                                "pushed_by = current_user"))
        .bind({{QStringLiteral(":id"), entry.id}, {QStringLiteral(":title"), entry.title}, {QStringLiteral(":schema"), entry.schema}})
        .exec();
    // Windows on a plan replaced by this push read it again (PlanChanges).
    SqlQuery(db, QStringLiteral("SELECT pg_notify(:channel, :schema)"))
        .bind({{QStringLiteral(":channel"), PlanChanges::Channel}, {QStringLiteral(":schema"), entry.schema}})
        .exec();
    transaction.commit();
}

} // namespace

QSqlDatabase PlanServer::connect(const PlanLocation &location)
{
    const QString name = QStringLiteral("cairn-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        throw StorageError(StorageError::Kind::Server,
                           tr("This Cairn cannot reach PostgreSQL servers: Qt's PostgreSQL driver is not installed "
                              "(on Debian and Ubuntu, the package libqt6sql6-psql)."));
    }
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setUserName(location.user());
    db.setDatabaseName(location.database());
    db.setConnectOptions(location.connectOptions());
    // A password typed in the app; otherwise libpq looks for one itself.
    if (const QString password = ServerPasswords::of(location); !password.isEmpty())
        db.setPassword(password);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        PlanFile::disconnect(db);
        throw ServerFailure::connecting(error, location);
    }
    try {
        prepare(db);
    } catch (...) {
        PlanFile::disconnect(db);
        throw;
    }
    return db;
}

void PlanServer::reopen(QSqlDatabase &db, const PlanLocation &location, const QString &schema)
{
    db.close();
    if (!db.open())
        throw ServerFailure::connecting(db.lastError(), location);
    prepare(db);
    use(db, Entry{{}, {}, schema, {}, {}});
}

void PlanServer::init(const QSqlDatabase &db)
{
    Transaction transaction(db);
    for (const char *statement : catalogStatements)
        SqlQuery::run(db, QString::fromUtf8(statement));
    ServerSecurity::install(db);
    SqlQuery(db, QStringLiteral("INSERT INTO cairn.meta (name, value) VALUES ('catalog_version', :version) "
                                "ON CONFLICT (name) DO UPDATE SET value = excluded.value WHERE cairn.meta.value < excluded.value"))
        .bind(QStringLiteral(":version"), CatalogVersion)
        .exec();
    transaction.commit();
}

std::vector<PlanServer::Entry> PlanServer::plans(const QSqlDatabase &db, const PlanLocation &location)
{
    if (!hasCatalog(db))
        throw StorageError(StorageError::Kind::NotFound,
                           tr("The database %1 holds no Cairn plans: it was never set up for them. Set it up with "
                              "\"cairn-cli server init %2\", then push a plan to it.")
                               .arg(location.server(), location.withPlan({}).toString()));
    SqlQuery query(db, QStringLiteral("SELECT id, title, schema_name, pushed_at, pushed_by FROM cairn.plans ORDER BY title, id"));
    query.exec();
    std::vector<Entry> entries;
    while (query.next())
        entries.push_back(entryFrom(query));
    return entries;
}

PlanServer::Entry PlanServer::find(const QSqlDatabase &db, const PlanLocation &location)
{
    const std::vector<Entry> all = plans(db, location);
    const QString wanted = location.plan();
    if (wanted.isEmpty())
        throw StorageError(StorageError::Kind::NotFound,
                           tr("%1 does not say which plan to open; add ?plan= and its title or id. The plans there: %2.")
                               .arg(location.toString(), all.empty() ? tr("none yet") : listed(all)));
    std::vector<Entry> found;
    for (const Entry &entry : all)
        if (entry.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return entry;
    for (const Entry &entry : all)
        if (entry.title.compare(wanted, Qt::CaseInsensitive) == 0)
            found.push_back(entry);
    if (found.size() == 1)
        return found.front();
    if (found.size() > 1)
        throw StorageError(StorageError::Kind::NotFound,
                           tr("%1 holds several plans titled \"%2\"; name the one you mean by its id: %3.")
                               .arg(location.server(), wanted, listed(found)));
    throw StorageError(StorageError::Kind::NotFound,
                       tr("%1 holds no plan \"%2\". The plans there: %3.")
                           .arg(location.server(), wanted, all.empty() ? tr("none yet") : listed(all)));
}

void PlanServer::use(const QSqlDatabase &db, const Entry &entry)
{
    // pg_catalog stays first whatever the path says; nothing else is found.
    SqlQuery::run(db, QStringLiteral("SET search_path TO \"%1\"").arg(entry.schema));
}

PlanServer::Opened PlanServer::open(const PlanLocation &location, bool readOnly)
{
    QSqlDatabase db = connect(location);
    try {
        const Entry entry = find(db, location);
        use(db, entry);
        const QString shown = tr("\"%1\" on %2").arg(entry.title, location.server());
        if (Schema::applicationId(db) != Schema::ApplicationId)
            throw StorageError(StorageError::Kind::Damaged,
                               tr("The plan %1 is listed, but its tables are missing or are not a Cairn plan's. Push it "
                                  "again from a file, or restore the database from a backup.")
                                   .arg(shown));
        const int version = Schema::version(db);
        if (version > Schema::CurrentVersion)
            throw StorageError(StorageError::Kind::TooNew,
                               tr("The plan %1 was upgraded by a newer version of Cairn (format %2; this Cairn reads formats "
                                  "up to %3). Use a newer Cairn; the plan has not been changed.")
                                   .arg(shown)
                                   .arg(version)
                                   .arg(Schema::CurrentVersion));
        if (version < Schema::CurrentVersion) {
            if (readOnly)
                throw StorageError(StorageError::Kind::ReadOnly,
                                   tr("The plan %1 was written by an older version of Cairn and must be upgraded first. "
                                      "Open it once for writing (back the database up with pg_dump first), then try again.")
                                       .arg(shown));
            Schema::migrate(db);
            // The rules a newer format brings (its triggers) hold at once.
            ServerSecurity::protect(db, entry.schema);
        }
        // A plan pushed before plans announced their changes gets its
        // trigger when its owner (who alone may add one) opens it; until
        // then windows on it look for changes every second.
        if (!readOnly && !PlanChanges::announced(db) && ownsSchema(db))
            ServerSecurity::protect(db, entry.schema);
        return {db, entry};
    } catch (...) {
        PlanFile::disconnect(db);
        throw;
    }
}

QString PlanServer::schemaOf(const QString &id)
{
    return QStringLiteral("plan_") + QString(id).remove(QLatin1Char('-')).toLower();
}

PlanServer::Entry PlanServer::push(const PlanLocation &location, const Plan &plan, bool replace)
{
    Plan copy = plan;
    if (copy.uuid.isEmpty())
        copy.uuid = newPlanId();
    if (!isPlanId(copy.uuid))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The plan's id \"%1\" is not a UUID, so it cannot be kept on a server. Nothing was written.")
                               .arg(copy.uuid));
    QSqlDatabase db = connect(location);
    try {
        for (const Entry &entry : plans(db, location)) {
            if (entry.id == copy.uuid.toLower() && !replace)
                throw StorageError(StorageError::Kind::Exists,
                                   tr("%1 already holds the plan \"%2\" (%3), pushed by %4 on %5. Add --force to replace it "
                                      "with this copy; nothing was written.")
                                       .arg(location.server(), entry.title, entry.id, entry.pushedBy,
                                            entry.pushedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
        }
        const Entry entry{copy.uuid.toLower(), copy.title, schemaOf(copy.uuid), {}, {}};
        writeSchema(db, entry, copy);
        PlanFile::disconnect(db);
        return entry;
    } catch (const StorageError &error) {
        PlanFile::disconnect(db);
        if (error.kind() == StorageError::Kind::Duplicate)
            throw StorageError(StorageError::Kind::Invalid, error.message()); // the plan, not the server, is at fault
        throw;
    }
}

std::vector<PlanServer::Entry> PlanServer::plansAt(const PlanLocation &location)
{
    QSqlDatabase db = connect(location);
    try {
        std::vector<Entry> entries = plans(db, location);
        PlanFile::disconnect(db);
        return entries;
    } catch (...) {
        PlanFile::disconnect(db);
        throw;
    }
}

} // namespace cairn
