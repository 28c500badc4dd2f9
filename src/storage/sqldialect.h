#pragma once

#include "storageerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace cairn {

class SqlQuery;

// Everything that differs between a plan file (SQLite) and a plan on a
// PostgreSQL server, in one place: the rest of storage writes one SQL for
// both and asks this class where they part. Named once per connection, by
// its Qt driver (as Akonadi's DbType and KMyMoney's per-driver class do).
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }
    static SqlDialect of(const QSqlDatabase &db);
    Kind kind() const { return m_kind; }
    // The Qt driver that speaks it.
    QString driverName() const;

    // A schema statement written for SQLite, as this database takes it.
    // SQLite's own text is returned unchanged, so that files keep exactly
    // the schema they always had; PostgreSQL gets 64-bit integers, identity
    // ids, double precision for REAL (single precision there) and its own
    // spelling of "exactly one parent".
    QString ddl(const QString &sqlite) const;

    // The file format number (PRAGMA user_version; on a server, a row of the
    // plan's meta table) and the mark that makes a database a Cairn plan
    // (PRAGMA application_id; the meta table's application_id row).
    int version(const QSqlDatabase &db) const;
    void setVersion(const QSqlDatabase &db, int version) const;
    qint32 applicationId(const QSqlDatabase &db) const;
    void setApplicationId(const QSqlDatabase &db, qint32 id) const;

    // Changes whenever another connection commits to the plan, not with
    // this connection's own `ownWrites` (PRAGMA data_version; on a server,
    // the plan's revision less the writes made through this connection).
    qint64 dataVersion(const QSqlDatabase &db, qint64 ownWrites) const;

    // The statement that opens a transaction: a write takes SQLite's write
    // lock at once; a read sees one state of the plan throughout.
    QString begin(bool write) const;

    // QPSQL loses the rest of a forward-only result when another statement
    // runs on the connection, and the loaders nest queries.
    bool forwardOnly() const { return m_kind == Kind::Sqlite; }

    // Appended to an INSERT whose new row id is wanted, and how to read it
    // after exec (QPSQL has no lastInsertId for tables without OIDs).
    QString returningId() const;
    qint64 insertedId(SqlQuery &query) const;
    // How many rows one INSERT writes when a whole plan is copied: one for
    // a file, whose prepared single-row statement SQLite runs as fast as
    // any; on a server, where each statement is a round trip, thousands.
    int rowsPerInsert() const;
    // When it is more than one: an INSERT into `table` of many rows, each
    // of `columns` bound as one array (arrayText): PostgreSQL reads an
    // array much faster than as many rows of VALUES.
    QString arrayInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns) const;
    QString arrayText(const std::vector<QVariant> &values) const;

    // After rows were inserted with ids of their own (a deleted item
    // restored by undo, a plan copied with its ids), the table's next id
    // must still be free: PostgreSQL's identity sequence does not look.
    // Once per table, after its last such row.
    void keepIdsInStep(const QSqlDatabase &db, const QString &table) const;

    // The error a failed statement means for the person, with `where` (a
    // file's path, a server plan's location) in its message.
    StorageError failure(const QSqlError &error, const QString &where, const QString &statement) const;
    // Whether a failed statement broke a UNIQUE constraint (two items with
    // one code), by the driver's error code rather than its words.
    bool isDuplicate(const QSqlError &error) const;

private:
    Kind m_kind;
};

} // namespace cairn
