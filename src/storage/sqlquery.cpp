#include "sqlquery.h"

#include <QSqlError>

#include <set>

namespace cairn {

namespace {

// The connections with a Transaction open, by name (a connection belongs
// to one thread).
std::set<QString> &openTransactions()
{
    thread_local std::set<QString> names;
    return names;
}

[[noreturn]] void fail(const QSqlDatabase &db, const SqlDialect &dialect, const QSqlError &error, const QString &sql)
{
    // On a server a failed statement aborts its transaction, and QPSQL can
    // then free no prepared statement ("Unable to free statement" on the
    // person's screen) until it ends. It can only be rolled back: do it now,
    // and open an empty one for the Transaction to roll back as it goes.
    if (dialect.kind() == SqlDialect::Kind::Postgres && openTransactions().count(db.connectionName()) != 0) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    }
    throw dialect.failure(error, db.databaseName(), sql);
}

// An empty text is stored as '' and only an invalid QVariant as NULL:
// QtSql would otherwise turn every null QString into NULL.
QVariant stored(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
    , m_db(db)
    , m_dialect(SqlDialect::of(db))
{
    m_query.setForwardOnly(m_dialect.forwardOnly());
    if (!m_query.prepare(sql))
        fail(m_db, m_dialect, m_query.lastError(), sql);
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    m_query.bindValue(name, stored(value));
    return *this;
}

SqlQuery &SqlQuery::bindAt(int position, const QVariant &value)
{
    m_query.bindValue(position, stored(value));
    return *this;
}

SqlQuery &SqlQuery::bind(std::initializer_list<std::pair<QString, QVariant>> values)
{
    for (const auto &[name, value] : values)
        bind(name, value);
    return *this;
}

void SqlQuery::exec()
{
    if (!m_query.exec())
        fail(m_db, m_dialect, m_query.lastError(), m_sql);
}

void SqlQuery::run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(db, SqlDialect::of(db), query.lastError(), sql);
}

QVariant SqlQuery::scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(db, SqlDialect::of(db), query.lastError(), sql);
    return query.next() ? query.value(0) : QVariant();
}

// BEGIN and COMMIT run as statements, not through QSqlDatabase::transaction()
// and commit(), which drop SQLite's result code that names the cause.
Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
{
    SqlQuery::run(m_db, SqlDialect::of(m_db).begin(mode == Mode::Write));
    openTransactions().insert(m_db.connectionName());
}

Transaction::~Transaction()
{
    openTransactions().erase(m_db.connectionName());
    if (!m_done)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

void Transaction::commit()
{
    // A failed COMMIT has ended the transaction already.
    openTransactions().erase(m_db.connectionName());
    SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace cairn
