#include "sqlquery.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cairn {

namespace {

[[noreturn]] void fail(const QSqlError &error, const QString &sql)
{
    throw StorageError(StorageError::Kind::Sql,
                       QCoreApplication::translate("cairn::SqlQuery", "The plan file could not be read or updated: %1 (while running: %2)")
                           .arg(error.text(), sql.simplified().left(120)));
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(m_query.lastError(), sql);
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
        fail(m_query.lastError(), m_sql);
}

void SqlQuery::run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query.lastError(), sql);
}

QVariant SqlQuery::scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query.lastError(), sql);
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!m_db.transaction())
        fail(m_db.lastError(), QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        fail(m_db.lastError(), QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace cairn
