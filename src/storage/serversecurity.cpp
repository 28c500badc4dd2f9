#include "serversecurity.h"

#include "sqlquery.h"
#include "storageerror.h"

namespace cairn {

namespace {

// The functions every plan schema's checks call, in the catalog's schema.
// A refusal is raised as insufficient_privilege with a message ServerFailure
// reads back into plain words: "cairn-refused", the item's kind, its code
// and its owner, separated by tabs.
const char *const installStatements[] = {
    R"(CREATE TABLE IF NOT EXISTS cairn.people (
        login TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('coordinator', 'owner', 'viewer')),
        owner_name TEXT NOT NULL DEFAULT ''))",
    R"(CREATE OR REPLACE FUNCTION cairn.role_name(kind TEXT) RETURNS TEXT LANGUAGE sql STABLE
        AS $$ SELECT current_database() || '_' || kind $$)",
    // Created only when missing: a role is the server's, not the database's.
    R"(DO $$ DECLARE kind TEXT; BEGIN
        FOREACH kind IN ARRAY ARRAY['coordinator', 'owner', 'viewer'] LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = cairn.role_name(kind)) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', cairn.role_name(kind));
            END IF;
        END LOOP;
        EXECUTE format('GRANT USAGE ON SCHEMA cairn TO %I, %I, %I', cairn.role_name('coordinator'),
                       cairn.role_name('owner'), cairn.role_name('viewer'));
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA cairn TO %I, %I, %I', cairn.role_name('coordinator'),
                       cairn.role_name('owner'), cairn.role_name('viewer'));
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON cairn.people, cairn.plans TO %I', cairn.role_name('coordinator'));
        EXECUTE format('GRANT CREATE ON DATABASE %I TO %I', current_database(), cairn.role_name('coordinator'));
    END $$)",
    // Who may write everything: a superuser, the database's owner, a coordinator.
    R"(CREATE OR REPLACE FUNCTION cairn.is_coordinator(login NAME) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
        SELECT pg_has_role(login, cairn.role_name('coordinator'), 'USAGE')
            OR EXISTS (SELECT 1 FROM pg_database WHERE datname = current_database() AND pg_has_role(login, datdba, 'USAGE')) $$)",
    R"(CREATE OR REPLACE FUNCTION cairn.is_coordinator() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
        SELECT cairn.is_coordinator(current_user) $$)",
    // People are added with the rights of whoever ran server init (who may
    // create roles), for a coordinator who may not: the function checks the
    // session's login itself. It never touches a login that holds rights
    // beyond a plan's (a superuser, a role maker, the database's owner),
    // and sets a password only on a login that is Cairn's: new, or listed.
    R"(CREATE OR REPLACE FUNCTION cairn.add_person(login TEXT, role TEXT, owner_name TEXT, password TEXT) RETURNS VOID
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE kind TEXT; created BOOLEAN := false;
        BEGIN
            IF NOT cairn.is_coordinator(session_user) THEN
                RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = 'cairn-refused-people';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = login AND (r.rolsuper OR r.rolcreaterole
                       OR r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database()))) THEN
                RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = E'cairn-refused-powerful\t' || login;
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = login) THEN
                EXECUTE format('CREATE ROLE %I LOGIN', login);
                created := true;
            END IF;
            IF password IS NOT NULL THEN
                IF NOT created AND NOT EXISTS (SELECT 1 FROM cairn.people p WHERE p.login = add_person.login) THEN
                    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = E'cairn-refused-password\t' || login;
                END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L', login, password);
            END IF;
            FOREACH kind IN ARRAY ARRAY['coordinator', 'owner', 'viewer'] LOOP
                IF kind = role THEN
                    EXECUTE format('GRANT %I TO %I', cairn.role_name(kind), login);
                ELSIF pg_has_role(login, cairn.role_name(kind), 'MEMBER') THEN
                    EXECUTE format('REVOKE %I FROM %I', cairn.role_name(kind), login);
                END IF;
            END LOOP;
            INSERT INTO cairn.people AS p (login, role, owner_name) VALUES (login, role, owner_name)
                ON CONFLICT ON CONSTRAINT people_pkey DO UPDATE SET role = excluded.role, owner_name = excluded.owner_name;
        END $$)",
    R"(CREATE OR REPLACE FUNCTION cairn.remove_person(login TEXT) RETURNS BOOLEAN
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE kind TEXT;
        BEGIN
            IF NOT cairn.is_coordinator(session_user) THEN
                RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = 'cairn-refused-people';
            END IF;
            DELETE FROM cairn.people p WHERE p.login = remove_person.login;
            IF NOT FOUND THEN RETURN false; END IF;
            FOREACH kind IN ARRAY ARRAY['coordinator', 'owner', 'viewer'] LOOP
                IF pg_has_role(login, cairn.role_name(kind), 'MEMBER') THEN
                    EXECUTE format('REVOKE %I FROM %I', cairn.role_name(kind), login);
                END IF;
            END LOOP;
            RETURN true;
        END $$)",
    "REVOKE ALL ON FUNCTION cairn.add_person(TEXT, TEXT, TEXT, TEXT), cairn.remove_person(TEXT) FROM PUBLIC",
    R"(DO $$ BEGIN
        -- Everyone with a role may call them and be told plainly if they may not.
        EXECUTE format('GRANT EXECUTE ON FUNCTION cairn.add_person(TEXT, TEXT, TEXT, TEXT), cairn.remove_person(TEXT) '
                       'TO %I, %I, %I', cairn.role_name('coordinator'), cairn.role_name('owner'), cairn.role_name('viewer'));
    END $$)",
    // The owner name the session's login goes by (its login when it has none).
    R"(CREATE OR REPLACE FUNCTION cairn.owner_name() RETURNS TEXT LANGUAGE sql STABLE AS $$
        SELECT COALESCE((SELECT NULLIF(owner_name, '') FROM cairn.people WHERE login = current_user), current_user::TEXT) $$)",
    // Raises the refusal unless the session's login goes by `owner`.
    R"(CREATE OR REPLACE FUNCTION cairn.require_owner(kind TEXT, code TEXT, owner TEXT) RETURNS BOOLEAN
        LANGUAGE plpgsql STABLE AS $$ BEGIN
            IF owner <> '' AND owner = cairn.owner_name() THEN RETURN true; END IF;
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format(E'cairn-refused\t%s\t%s\t%s', kind, code, owner);
        END $$)",
    // Who the session's login is in what the plan records: its owner name
    // and login ("Chief Academic Officer (mgarcia)"), or its login alone.
    R"(CREATE OR REPLACE FUNCTION cairn.author() RETURNS TEXT LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN cairn.owner_name() = current_user::TEXT THEN current_user::TEXT
                    ELSE cairn.owner_name() || ' (' || current_user || ')' END $$)",
    // The audit entry's author is the session's, whatever the client sent;
    // a superuser's or the database owner's (who could drop the trigger
    // anyway) is left as written, so that a push keeps its history's.
    R"(CREATE OR REPLACE FUNCTION cairn.stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper)
               AND NOT EXISTS (SELECT 1 FROM pg_database
                               WHERE datname = current_database() AND datdba = current_user::regrole) THEN
                NEW.who := cairn.author();
            END IF;
            RETURN NEW;
        END $$)",
    // A value an owner writes waits for the coordinator's approval, and is
    // theirs: preliminary, no longer returned, entered by the session's
    // login, whatever the client sent. Only a coordinator makes a value final.
    R"(CREATE OR REPLACE FUNCTION cairn.owner_value() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF NOT cairn.is_coordinator() THEN
                NEW.preliminary := 1;
                NEW.returned := '';
                NEW.who := cairn.author();
            END IF;
            RETURN NEW;
        END $$)",
    // An owner's deletion (clearing a value, rewriting an action's notes)
    // is checked on the rows it deletes: a policy would hide others' rows
    // and let the deletion succeed with nothing deleted.
    R"(CREATE OR REPLACE FUNCTION cairn.check_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            IF NOT cairn.is_coordinator() THEN
                IF TG_TABLE_NAME = 'actuals' THEN
                    EXECUTE format('SELECT %I.may_write_measure($1)', TG_TABLE_SCHEMA) USING OLD.measure_id;
                ELSE
                    EXECUTE format('SELECT %I.may_write_action($1)', TG_TABLE_SCHEMA) USING OLD.action_id;
                END IF;
            END IF;
            RETURN OLD;
        END $$)",
};

// Per plan schema ({schema}; the roles {coordinator}, {owner}, {viewer}): the owner of an item as the app shows it (its own,
// else its objective's, else its goal's; a child measure's objective and
// goal are its top measure's), and the checks built on it.
const char *const protectStatements[] = {
    R"(CREATE OR REPLACE FUNCTION "{schema}".measure_owner(item BIGINT) RETURNS TEXT LANGUAGE sql STABLE
        SET search_path = "{schema}" AS $$
        WITH RECURSIVE up AS (
            SELECT id, parent_id, objective_id, goal_id FROM measures WHERE id = item
            UNION ALL SELECT m.id, m.parent_id, m.objective_id, m.goal_id FROM measures m JOIN up ON m.id = up.parent_id),
        top AS (SELECT objective_id, goal_id FROM up WHERE parent_id IS NULL)
        SELECT COALESCE(NULLIF((SELECT owner FROM measures WHERE id = item), ''),
                        NULLIF((SELECT o.owner FROM top JOIN objectives o ON o.id = top.objective_id), ''),
                        (SELECT g.owner FROM top JOIN objectives o ON o.id = top.objective_id JOIN goals g ON g.id = o.goal_id),
                        (SELECT g.owner FROM top JOIN goals g ON g.id = top.goal_id), '') $$)",
    R"(CREATE OR REPLACE FUNCTION "{schema}".action_owner(item BIGINT) RETURNS TEXT LANGUAGE sql STABLE
        SET search_path = "{schema}" AS $$
        SELECT COALESCE(NULLIF(a.owner, ''), NULLIF(o.owner, ''), g.owner, '') FROM actions a
            JOIN objectives o ON o.id = a.objective_id JOIN goals g ON g.id = o.goal_id WHERE a.id = item $$)",
    R"(CREATE OR REPLACE FUNCTION "{schema}".may_write_measure(item BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
        SET search_path = "{schema}" AS $$
        SELECT cairn.require_owner('measure', COALESCE((SELECT code FROM measures WHERE id = item), ''),
                                   measure_owner(item)) $$)",
    R"(CREATE OR REPLACE FUNCTION "{schema}".may_write_action(item BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
        SET search_path = "{schema}" AS $$
        SELECT cairn.require_owner('action', COALESCE((SELECT code FROM actions WHERE id = item), ''),
                                   action_owner(item)) $$)",
    // Every commit that changes the plan's revision (every write, by the app,
    // cairn-cli or plain SQL) is announced to the windows on the plan: the
    // channel and its payload, the schema's name, are PlanChanges' contract.
    R"(CREATE OR REPLACE FUNCTION "{schema}".announce_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            PERFORM pg_notify('cairn_changes', TG_TABLE_SCHEMA);
            RETURN NULL;
        END $$)",
    R"(CREATE OR REPLACE TRIGGER announce_change AFTER UPDATE OF revision ON "{schema}".plan FOR EACH ROW
        WHEN (OLD.revision IS DISTINCT FROM NEW.revision) EXECUTE FUNCTION "{schema}".announce_change())",
    // Reading: everyone with a role. Writing everything: coordinators.
    R"(GRANT USAGE ON SCHEMA "{schema}" TO "{coordinator}", "{owner}", "{viewer}")",
    R"(GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{coordinator}", "{owner}", "{viewer}")",
    R"(GRANT ALL ON ALL TABLES IN SCHEMA "{schema}" TO "{coordinator}")",
    R"(GRANT ALL ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{coordinator}")",
    // An owner: the revision every write bumps, its audit rows, the values
    // and provenance of measures (rows checked below), actions' progress.
    R"(GRANT UPDATE (revision) ON "{schema}".plan TO "{owner}")",
    R"(GRANT INSERT ON "{schema}".audit TO "{owner}")",
    R"(GRANT INSERT, DELETE, UPDATE (value, note, who, entered_at, preliminary, source, as_of, n)
        ON "{schema}".actuals TO "{owner}")",
    R"(GRANT UPDATE (status, percent_complete) ON "{schema}".actions TO "{owner}")",
    R"(GRANT INSERT, DELETE ON "{schema}".action_notes TO "{owner}")",
    R"(GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{owner}")",
};

// Row-level security on the tables an owner writes: everyone reads every
// row; a coordinator writes any; an owner's new rows must be its own.
const char *const rowTables[][2] = {{"actuals", "may_write_measure(measure_id)"},
                                    {"actions", "may_write_action(id)"},
                                    {"action_notes", "may_write_action(action_id)"}};

QString roleName(const QSqlDatabase &db, ServerSecurity::Role role)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT cairn.role_name('%1')").arg(ServerSecurity::token(role))).toString();
}

bool installed(const QSqlDatabase &db)
{
    return !SqlQuery::scalar(db, QStringLiteral("SELECT to_regclass('cairn.people') IS NULL")).toBool();
}

void requireInstalled(const QSqlDatabase &db)
{
    if (!installed(db))
        throw StorageError(StorageError::Kind::NotFound,
                           ServerSecurity::tr("This database has no roles for Cairn yet. Run \"cairn-cli server init\" on it "
                                              "first (as its owner); nothing was changed."));
}

} // namespace

QString ServerSecurity::token(Role role)
{
    static const char *const tokens[] = {"coordinator", "owner", "viewer"}; // in Role's order
    return QString::fromLatin1(tokens[int(role)]);
}

std::optional<ServerSecurity::Role> ServerSecurity::roleFrom(const QString &token)
{
    for (Role role : {Role::Coordinator, Role::Owner, Role::Viewer})
        if (token.compare(ServerSecurity::token(role), Qt::CaseInsensitive) == 0)
            return role;
    return std::nullopt;
}

QString ServerSecurity::roleShown(Role role)
{
    const QString words[] = {tr("coordinator"), tr("owner"), tr("viewer")}; // in Role's order
    return words[int(role)];
}

void ServerSecurity::install(const QSqlDatabase &db)
{
    for (const char *statement : installStatements)
        SqlQuery::run(db, QString::fromUtf8(statement));
    // Plans this login may change the rules of (its own, or all for a
    // superuser); another's were protected when they were pushed.
    SqlQuery schemas(db, QStringLiteral("SELECT p.schema_name FROM cairn.plans p JOIN pg_namespace n ON n.nspname = p.schema_name "
                                        "WHERE pg_has_role(n.nspowner, 'USAGE')"));
    schemas.exec();
    QStringList names;
    while (schemas.next())
        names.append(schemas.value(0).toString());
    for (const QString &schema : names)
        protect(db, schema);
}

void ServerSecurity::protect(const QSqlDatabase &db, const QString &schema)
{
    if (!installed(db))
        return; // a catalog set up before roles existed: server init adds them
    const QString coordinator = roleName(db, Role::Coordinator);
    const QString owner = roleName(db, Role::Owner);
    const QString viewer = roleName(db, Role::Viewer);
    for (const char *statement : protectStatements)
        SqlQuery::run(db, QString::fromUtf8(statement)
                              .replace(QLatin1String("{schema}"), schema)
                              .replace(QLatin1String("{coordinator}"), coordinator)
                              .replace(QLatin1String("{owner}"), owner)
                              .replace(QLatin1String("{viewer}"), viewer));
    for (const auto &[table, check] : rowTables) {
        const QString name = QStringLiteral("\"%1\".%2").arg(schema, QString::fromLatin1(table));
        const QString qualified = QStringLiteral("\"%1\".%2").arg(schema, QString::fromLatin1(check));
        SqlQuery::run(db, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name));
        for (const char *policy : {"readable", "coordinator", "owner_insert", "owner_update", "owner_delete"})
            SqlQuery::run(db, QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QString::fromLatin1(policy), name));
        SqlQuery::run(db, QStringLiteral("CREATE POLICY readable ON %1 FOR SELECT USING (true)").arg(name));
        SqlQuery::run(db, QStringLiteral("CREATE POLICY coordinator ON %1 TO \"%2\" USING (true) WITH CHECK (true)")
                              .arg(name, coordinator));
        SqlQuery::run(db, QStringLiteral("CREATE POLICY owner_insert ON %1 FOR INSERT TO \"%2\" WITH CHECK (%3)")
                              .arg(name, owner, qualified));
        // Others' rows stay in reach so that changing one is refused aloud
        // (by the check on the new row) rather than skipped in silence.
        SqlQuery::run(db, QStringLiteral("CREATE POLICY owner_update ON %1 FOR UPDATE TO \"%2\" USING (true) WITH CHECK (%3)")
                              .arg(name, owner, qualified));
        SqlQuery::run(db, QStringLiteral("CREATE POLICY owner_delete ON %1 FOR DELETE TO \"%2\" USING (true)").arg(name, owner));
        if (QLatin1String(table) != QLatin1String("actions"))
            SqlQuery::run(db, QStringLiteral("CREATE OR REPLACE TRIGGER check_delete BEFORE DELETE ON %1 FOR EACH ROW "
                                             "EXECUTE FUNCTION cairn.check_delete()")
                                  .arg(name));
    }
    SqlQuery::run(db, QStringLiteral("CREATE OR REPLACE TRIGGER stamp_author BEFORE INSERT ON \"%1\".audit FOR EACH ROW "
                                     "EXECUTE FUNCTION cairn.stamp_author()")
                          .arg(schema));
    SqlQuery::run(db, QStringLiteral("CREATE OR REPLACE TRIGGER owner_value BEFORE INSERT OR UPDATE ON \"%1\".actuals "
                                     "FOR EACH ROW EXECUTE FUNCTION cairn.owner_value()")
                          .arg(schema));
}

bool ServerSecurity::mayWritePlan(const QSqlDatabase &db)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT has_column_privilege('plan', 'revision', 'UPDATE')")).toBool();
}

void ServerSecurity::addPerson(const QSqlDatabase &db, const Person &person, const std::optional<QString> &password)
{
    requireInstalled(db);
    // The server's refusals (not a coordinator, a powerful login, another
    // application's password, no right to make roles) are told by ServerFailure.
    SqlQuery(db, QStringLiteral("SELECT cairn.add_person(:login, :role, :owner, :password)"))
        .bind({{QStringLiteral(":login"), person.login}, {QStringLiteral(":role"), token(person.role)},
               {QStringLiteral(":owner"), person.ownerName},
               {QStringLiteral(":password"), password ? QVariant(*password) : QVariant(QMetaType(QMetaType::QString))}})
        .exec();
}

ServerSecurity::Person ServerSecurity::self(const QSqlDatabase &db)
{
    const QString login = SqlQuery::scalar(db, QStringLiteral("SELECT current_user::TEXT")).toString();
    if (installed(db)) {
        SqlQuery query(db, QStringLiteral("SELECT role, owner_name FROM cairn.people WHERE login = current_user"));
        query.exec();
        if (query.next())
            return Person{login, roleFrom(query.value(0).toString()).value_or(Role::Viewer), query.value(1).toString()};
    }
    const bool coordinator = installed(db) ? SqlQuery::scalar(db, QStringLiteral("SELECT cairn.is_coordinator()")).toBool()
                                           : mayWritePlan(db);
    return Person{login, coordinator ? Role::Coordinator : Role::Viewer, {}};
}

std::vector<ServerSecurity::Person> ServerSecurity::people(const QSqlDatabase &db)
{
    std::vector<Person> all;
    if (!installed(db))
        return all;
    SqlQuery query(db, QStringLiteral("SELECT login, role, owner_name FROM cairn.people ORDER BY role, login"));
    query.exec();
    while (query.next())
        all.push_back(Person{query.value(0).toString(), roleFrom(query.value(1).toString()).value_or(Role::Viewer),
                             query.value(2).toString()});
    return all;
}

bool ServerSecurity::removePerson(const QSqlDatabase &db, const QString &login)
{
    requireInstalled(db);
    SqlQuery remove(db, QStringLiteral("SELECT cairn.remove_person(:login)"));
    remove.bind(QStringLiteral(":login"), login).exec();
    return remove.next() && remove.value(0).toBool();
}

} // namespace cairn
