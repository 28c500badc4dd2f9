#pragma once

#include <QString>

namespace cairn::bench {

// What PostgreSQL itself costs to take a plan's rows: the floor under
// `server push`. Like sqlitefloors, the only SQL outside src/storage,
// because it measures the storage.
struct CopyFloor {
    double ms = 0; // the load alone: every table's rows by COPY, one transaction
    qint64 rows = 0; // rows loaded
    int tables = 0;
};

// Copies the rows of every table of the plan schema `schema` on the server
// `url` (a superuser's, naming no plan) out to CSV files, makes empty tables
// of the same definition (constraints and indexes included) in a schema of
// its own, and times psql's \copy of every file into them, in one
// transaction. Throws std::runtime_error when psql is missing or fails.
CopyFloor copyFloor(const QString &url, const QString &schema);

} // namespace cairn::bench
