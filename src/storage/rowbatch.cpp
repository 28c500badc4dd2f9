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
        throw StorageError(StorageError::Kind::Sql, QStringLiteral("%1 values for the %2 columns of %3")
                                                        .arg(row.size())
                                                        .arg(m_columns.size())
                                                        .arg(m_table));
    m_pending.insert(m_pending.end(), row.begin(), row.end());
}

SqlQuery &RowBatch::statement(int rows)
{
    std::unique_ptr<SqlQuery> &kept = m_statements[rows];
    if (kept)
        return *kept;
    QStringList marks;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString one = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(one);
    kept = std::make_unique<SqlQuery>(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                                .arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QLatin1Char(','))));
    return *kept;
}

void RowBatch::flush()
{
    const std::size_t columns = std::size_t(m_columns.size());
    std::size_t start = 0;
    while (start < m_pending.size()) {
        const int left = int((m_pending.size() - start) / columns);
        int rows = m_rowsPerStatement;
        if (left < rows) {
            rows = 1;
            while (rows * 2 <= left)
                rows *= 2;
        }
        SqlQuery &insert = statement(rows);
        const std::size_t count = std::size_t(rows) * columns;
        for (std::size_t i = 0; i < count; ++i)
            insert.bindAt(int(i), m_pending[start + i]);
        start += count;
        insert.exec();
    }
    m_pending.clear();
}

} // namespace cairn
