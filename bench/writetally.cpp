#include "writetally.h"

#include "core/planwalk.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <optional>

namespace cairn::bench {

namespace {

// As the audit log writes a value with no details.
QString valueText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString fieldOf(SchoolYear year)
{
    return QStringLiteral("actual %1").arg(year.label());
}

} // namespace

void WriteTally::add(const WriteTally &other)
{
    m_accepted.insert(m_accepted.end(), other.m_accepted.begin(), other.m_accepted.end());
}

int WriteTally::lostUpdates(const Plan &plan, const std::function<std::vector<AuditEntry>(const QString &code)> &history) const
{
    std::map<QString, const Measure *> measures;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.measure)
            measures[item.measure->code] = item.measure;
    });
    // The last accepted write of each cell is the one the plan must hold.
    std::map<std::pair<QString, int>, const Write *> last;
    for (const Write &write : m_accepted) {
        const Write *&kept = last[{ write.code, write.year.start() }];
        if (!kept || kept->revision < write.revision)
            kept = &write;
    }
    int lost = 0;
    for (const auto &[cell, write] : last) {
        std::optional<double> stored;
        if (const auto measure = measures.find(write->code); measure != measures.end()) {
            const auto actual = measure->second->actuals.find(write->year);
            if (actual != measure->second->actuals.end())
                stored = actual->second.value;
        }
        if (stored != write->value)
            ++lost;
    }
    std::map<QString, std::vector<AuditEntry>> audits;
    for (const Write &write : m_accepted) {
        auto found = audits.find(write.code);
        if (found == audits.end())
            found = audits.emplace(write.code, history(write.code)).first;
        const bool audited = std::any_of(found->second.begin(), found->second.end(), [&](const AuditEntry &entry) {
            return entry.field == fieldOf(write.year) && entry.newValue == valueText(write.value) && entry.who == write.author;
        });
        if (!audited)
            ++lost;
    }
    return lost;
}

} // namespace cairn::bench
