#pragma once

#include <QString>

#include <stdexcept>

namespace cairn {

// Why a plan file could not be opened, read or written. The message is
// meant for the person who chose the file: it says what is wrong and,
// where it can, what to do.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        NotFound,    // no such file
        NotSqlite,   // not an SQLite database at all
        NotCairn,    // SQLite, but not a Cairn plan
        Damaged,     // fails SQLite's integrity check
        TooNew,      // written by a newer Cairn
        ReadOnly,    // an edit was attempted on a read-only plan
        Exists,      // would overwrite a file
        Invalid,     // the plan itself is refused
        Duplicate,   // two items would have one code
        DiskFull,    // no room left on the disk holding the file
        NotWritable, // the file or its folder does not allow writing
        Locked,      // another program is writing to the file right now
        Conflict,    // another writer changed the plan since it was read
        Io,          // the operating system refused
        Sql,         // the database reported an error
        Server,      // a PostgreSQL server could not be reached or refused the login
        Password,    // a PostgreSQL server wants a password it was not given, or refused the one given
    };

    StorageError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace cairn
