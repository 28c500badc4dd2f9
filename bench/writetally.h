#pragma once

#include "core/plan.h"

#include <functional>
#include <vector>

namespace cairn::bench {

// What the simulated owners of `cairn-bench server` did, and whether the
// plan kept it: counted apart from the run so that a test can check the
// counting on a plan made up for it.
class WriteTally
{
public:
    // A value the server accepted: the actual of measure `code` for `year`,
    // written by `author` (as the audit log names them) at plan `revision`.
    struct Write {
        QString code;
        SchoolYear year;
        double value = 0;
        QString author;
        qint64 revision = 0;
    };

    void accepted(const Write &write) { m_accepted.push_back(write); }
    void add(const WriteTally &other);
    const std::vector<Write> &writes() const { return m_accepted; }

    // The accepted writes the plan lost: a cell whose stored value is not
    // its last accepted write's (by revision), or a write without its
    // audit entry (same measure, year and value, written by its author).
    // `history` gives a measure's audit entries by its code.
    int lostUpdates(const Plan &plan, const std::function<std::vector<AuditEntry>(const QString &code)> &history) const;

private:
    std::vector<Write> m_accepted;
};

} // namespace cairn::bench
