#pragma once

#include "core/plan.h"

#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace cairn::test {

// The three writers of the stress test.
enum class Side { Window, Document, Cli };
constexpr std::size_t sideCount = 3;

// One field of one item, named as the audit log names it:
// {"1.2-L1", "actual 2024-25"}, {"1.2-L1", "name"}, {"P2", "assessment 2023-24"};
// {"S-7", "created"} and {"S-7", "deleted"} for an action added or removed.
struct Field {
    QString item;
    QString name;
    bool operator==(const Field &) const = default;
};

// What one operation of a side wrote, or tried to: one or more fields, each
// with a value no other edit uses, so that the file shows which edit won.
struct Operation {
    Operation() = default;
    Operation(Side by, QString named, std::vector<std::pair<Field, QString>> wrote = {})
        : side(by)
        , author(std::move(named))
        , values(std::move(wrote))
    {
    }

    Side side = Side::Window;
    QString author;
    std::vector<std::pair<Field, QString>> values;
    bool saved = false;
    // The order of saves: an edit made in this process gets the next tick
    // when it is reported saved; cairn-cli ran while the ticks went from
    // `launched` to `finished`.
    long tick = 0;
    long launched = 0;
    long finished = 0;
};

// Every edit the sides reported, and the check of the file against them.
class Ledger
{
public:
    // The tick an in-process save gets next.
    long now() const { return m_tick; }
    void record(Operation operation);

    struct Tally {
        int operations = 0;
        int attempted = 0; // fields
        int saved = 0;
        int refused = 0;
    };
    const Tally &tally(Side side) const { return m_tallies[std::size_t(side)]; }

    // The file holds every value a side reported saved, named in the audit
    // log with its author, in an order that agrees with the order the sides
    // reported their saves; no value a side reported refused; and each
    // field's value (and its "who") is the last saved one.
    void verify(const Plan &stored) const;

private:
    std::vector<Operation> m_operations;
    std::array<Tally, sideCount> m_tallies{};
    long m_tick = 0;
};

} // namespace cairn::test
