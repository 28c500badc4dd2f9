#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace cairn {

// A prepared statement that throws StorageError on failure, so that a
// failed write rolls back its whole transaction instead of half-applying.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    // Empty texts are bound as ''; an invalid QVariant binds NULL.
    SqlQuery &bind(const QString &name, const QVariant &value);
    SqlQuery &bind(std::initializer_list<std::pair<QString, QVariant>> values);
    // The same for the `position`th ? of the statement, from 0.
    SqlQuery &bindAt(int position, const QVariant &value);
    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }

    // Runs a statement that takes no parameters (DDL, PRAGMA).
    static void run(const QSqlDatabase &db, const QString &sql);
    // The first column of the first row of a parameterless query.
    static QVariant scalar(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_sql;
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

// Begins a transaction; rolls it back unless commit() is reached. A write
// transaction takes the write lock at once, so that a busy file is found
// before anything is prepared; a read transaction makes every SELECT in it
// see one state of the file, whatever other connections commit meanwhile.
class Transaction
{
public:
    enum class Mode { Write, Read };
    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace cairn
