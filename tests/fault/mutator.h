#pragma once

#include <QByteArray>

#include <random>

namespace cairn::test {

// A seeded mutation fuzzer: from one valid input, a stream of damaged
// ones of the kinds the plan-file probe used. The same seed gives the same
// inputs, so a failure can be replayed and kept under tests/data/fault/.
class Mutator
{
public:
    enum class Format { Json, Csv, PlanFile };

    explicit Mutator(unsigned seed)
        : m_random(seed)
    {
    }

    QByteArray mutate(const QByteArray &input, Format format);

private:
    int below(int bound) { return bound <= 0 ? 0 : int(m_random() % unsigned(bound)); }
    QByteArray bitFlips(QByteArray bytes);
    QByteArray truncate(const QByteArray &bytes);
    QByteArray splice(QByteArray bytes);
    QByteArray invalidUtf8(QByteArray bytes);
    QByteArray hugeNumber(QByteArray bytes);
    QByteArray jsonStructure(const QByteArray &bytes);
    QByteArray csvStructure(const QByteArray &bytes);
    QByteArray planFilePages(QByteArray bytes);

    std::mt19937 m_random;
};

} // namespace cairn::test
