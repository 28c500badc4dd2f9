#include "rowbatch.h"

#include "sqlquery.h"
#include "storageerror.h"

namespace cairn {

RowBatch::RowBatch(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
{
}

RowBatch::~RowBatch() = default;

void RowBatch::add(const QVariantList &row)
{
    if (row.size() != m_columns.size())
        throw StorageError(
            StorageError::Kind::Sql,
            QStringLiteral("%1 values for the %2 columns of %3").arg(row.size()).arg(m_columns.size()).arg(m_table));
    m_pending.insert(m_pending.end(), row.begin(), row.end());
}

void RowBatch::flushRows()
{
    if (!m_statement) {
        QStringList marks;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        m_statement
            = std::make_unique<SqlQuery>(m_db,
                                         QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                             .arg(m_table, m_columns.join(QStringLiteral(", ")), marks.join(QLatin1Char(','))));
    }
    const std::size_t columns = std::size_t(m_columns.size());
    for (std::size_t start = 0; start < m_pending.size(); start += columns) {
        for (std::size_t column = 0; column < columns; ++column)
            m_statement->bindAt(int(column), m_pending[start + column]);
        m_statement->exec();
    }
}

void RowBatch::flushArrays()
{
    const SqlDialect dialect = SqlDialect::of(m_db);
    if (!m_statement)
        m_statement = std::make_unique<SqlQuery>(m_db, dialect.arrayInsert(m_db, m_table, m_columns));
    const std::size_t columns = std::size_t(m_columns.size());
    const std::size_t perStatement = std::size_t(m_rowsPerStatement) * columns;
    for (std::size_t start = 0; start < m_pending.size(); start += perStatement) {
        const std::size_t end = std::min(m_pending.size(), start + perStatement);
        for (std::size_t column = 0; column < columns; ++column) {
            std::vector<QVariant> values;
            for (std::size_t at = start + column; at < end; at += columns)
                values.push_back(m_pending[at]);
            m_statement->bindAt(int(column), dialect.arrayText(values));
        }
        m_statement->exec();
    }
}

void RowBatch::flush()
{
    if (m_rowsPerStatement == 1)
        flushRows();
    else
        flushArrays();
    m_pending.clear();
}

} // namespace cairn
