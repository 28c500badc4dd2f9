#pragma once

#include <QString>
#include <QVariant>

#include <vector>

namespace cairn::bench {

// What SQLite itself costs, the limit under Cairn's storage: the only SQL
// outside src/storage, because it measures the storage.

// Hands over every row of every table of the plan file at `path`, each
// value read once, with no model built from them.
void readAllRows(const QString &path);

// Every table of a plan file with its rows, and its indexes, as read once.
struct FileRows {
    struct Table {
        QString name;
        QString create; // its CREATE TABLE statement
        int columns = 0;
        std::vector<QVariant> values; // row after row
    };
    std::vector<Table> tables;
    QStringList indexes; // CREATE INDEX statements
};
FileRows allRows(const QString &path);

// Writes `rows` into a new file at `path` as plainly as SQLite allows: the
// tables and indexes made first, then one prepared INSERT per table run
// for every row, in one transaction, with SQLite's default full syncs.
void insertAllRows(const FileRows &rows, const QString &path);

} // namespace cairn::bench
