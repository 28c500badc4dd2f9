#include "core/profilematrix.h"

namespace cairn {
namespace {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

ProfileMatrix ProfileMatrix::of(const Plan &plan)
{
    ProfileMatrix matrix;
    QStringList keys;
    for (const NamedText &attribute : plan.profileAttributes) {
        if (attribute.name.simplified().isEmpty())
            continue;
        matrix.attributes.append(attribute.name.simplified());
        keys.append(folded(attribute.name));
    }
    if (matrix.isEmpty())
        return matrix;
    matrix.counts.assign(std::size_t(keys.size()), 0);
    auto add = [&](const QString &code, const QString &title, bool goal, const QStringList &tags) {
        Row row{code, title.simplified(), goal, std::vector<bool>(std::size_t(keys.size()), false)};
        for (const QString &tag : tags) {
            const qsizetype column = keys.indexOf(folded(tag));
            if (column >= 0 && !row.marks[std::size_t(column)]) {
                row.marks[std::size_t(column)] = true;
                ++matrix.counts[std::size_t(column)];
            }
        }
        matrix.rows.push_back(std::move(row));
    };
    for (const Goal &goal : plan.goals) {
        add(goal.code, goal.title, true, goal.tags);
        for (const Objective &objective : goal.objectives)
            add(objective.code, objective.title, false, objective.tags);
    }
    return matrix;
}

} // namespace cairn
