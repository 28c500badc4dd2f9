#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace cairn {

class SqlQuery;

// Rows for one table's INSERT, written as many to a statement as the
// database takes (SqlDialect::rowsPerInsert): on a server every statement
// is a round trip, and a plan is hundreds of thousands of rows. A file
// takes one row a statement, prepared once, which SQLite runs fastest.
// Many rows go as one array a column (SqlDialect::arrayInsert).
class RowBatch
{
public:
    RowBatch(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement);
    ~RowBatch();
    RowBatch(const RowBatch &) = delete;
    RowBatch &operator=(const RowBatch &) = delete;

    const QString &table() const { return m_table; }
    const QStringList &columns() const { return m_columns; }

    // Keeps a row, its values in the order of columns(), to be written by
    // flush(). Throws StorageError when it has not as many values.
    void add(const QVariantList &row);
    bool isFull() const { return m_pending.size() >= std::size_t(m_rowsPerStatement) * std::size_t(m_columns.size()); }
    bool isEmpty() const { return m_pending.empty(); }
    // Writes the rows kept; throws StorageError, and then none of them were.
    void flush();

private:
    void flushRows();
    void flushArrays();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::vector<QVariant> m_pending; // row after row
    std::unique_ptr<SqlQuery> m_statement;
};

} // namespace cairn
