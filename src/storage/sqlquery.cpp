#include "sqlquery.h"

#include <QSqlError>

namespace cairn {

namespace {

[[noreturn]] void fail(const SqlDialect &dialect, const QSqlError &error, const QString &path, const QString &sql)
{
    throw dialect.failure(error, path, sql);
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
    , m_path(db.databaseName())
    , m_dialect(SqlDialect::of(db))
{
    m_query.setForwardOnly(m_dialect.forwardOnly());
    if (!m_query.prepare(sql))
        fail(m_dialect, m_query.lastError(), m_path, sql);
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    // An empty text is stored as '' and only an invalid QVariant as NULL:
    // QtSql would otherwise turn every null QString into NULL.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(name, QString(QLatin1String("")));
    else
        m_query.bindValue(name, value);
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
        fail(m_dialect, m_query.lastError(), m_path, m_sql);
}

void SqlQuery::run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(SqlDialect::of(db), query.lastError(), db.databaseName(), sql);
}

QVariant SqlQuery::scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(SqlDialect::of(db), query.lastError(), db.databaseName(), sql);
    return query.next() ? query.value(0) : QVariant();
}

// BEGIN and COMMIT run as statements, not through QSqlDatabase::transaction()
// and commit(), which drop SQLite's result code that names the cause.
Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
{
    SqlQuery::run(m_db, SqlDialect::of(m_db).begin(mode == Mode::Write));
}

Transaction::~Transaction()
{
    if (!m_done)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

void Transaction::commit()
{
    SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace cairn
