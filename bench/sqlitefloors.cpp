#include "sqlitefloors.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <functional>

namespace cairn::bench {

namespace {

// Runs `work` on a connection of its own to `path`, closed after.
void withDatabase(const QString &path, bool readOnly, const std::function<void(QSqlDatabase &)> &work)
{
    const QString connection = QStringLiteral("bench-floor");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        if (readOnly)
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        database.open();
        work(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QStringList column(QSqlDatabase &database, const QString &sql)
{
    QStringList values;
    QSqlQuery query(database);
    query.exec(sql);
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

void readAllRows(const QString &path)
{
    withDatabase(path, true, [](QSqlDatabase &database) {
        std::vector<QVariant> values;
        for (const QString &table : column(database, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            QSqlQuery query(database);
            query.setForwardOnly(true);
            query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            const int columns = query.record().count();
            while (query.next()) {
                for (int column = 0; column < columns; ++column)
                    values.push_back(query.value(column));
            }
        }
    });
}

FileRows allRows(const QString &path)
{
    FileRows rows;
    withDatabase(path, true, [&rows](QSqlDatabase &database) {
        rows.indexes = column(database, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
        QSqlQuery tables(database);
        tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"));
        while (tables.next()) {
            FileRows::Table table{tables.value(0).toString(), tables.value(1).toString(), 0, {}};
            QSqlQuery query(database);
            query.setForwardOnly(true);
            query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table.name));
            table.columns = query.record().count();
            while (query.next()) {
                for (int column = 0; column < table.columns; ++column)
                    table.values.push_back(query.value(column));
            }
            rows.tables.push_back(std::move(table));
        }
    });
    return rows;
}

void insertAllRows(const FileRows &rows, const QString &path)
{
    withDatabase(path, false, [&rows](QSqlDatabase &database) {
        QSqlQuery run(database);
        run.exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (const FileRows::Table &table : rows.tables)
            run.exec(table.create);
        for (const QString &index : rows.indexes)
            run.exec(index);
        for (const FileRows::Table &table : rows.tables) {
            QStringList marks;
            for (int column = 0; column < table.columns; ++column)
                marks.append(QStringLiteral("?"));
            QSqlQuery insert(database);
            insert.prepare(QStringLiteral("INSERT INTO \"%1\" VALUES (%2)").arg(table.name, marks.join(QLatin1Char(','))));
            for (std::size_t row = 0; row + std::size_t(table.columns) <= table.values.size(); row += std::size_t(table.columns)) {
                for (int column = 0; column < table.columns; ++column)
                    insert.bindValue(column, table.values[row + std::size_t(column)]);
                insert.exec();
            }
        }
        run.exec(QStringLiteral("COMMIT"));
    });
}

} // namespace cairn::bench
