#include "alignment.h"

#include "planstatus.h"
#include "planwalk.h"
#include "titlematch.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace cairn {

namespace {

const QStringList &supportsOf(const ItemView &item)
{
    return item.measure ? item.measure->supports
           : item.action ? item.action->supports
           : item.objective ? item.objective->supports
                            : item.goal->supports;
}

bool measuresSupport(const std::vector<Measure> &measures)
{
    return std::any_of(measures.begin(), measures.end(),
                       [](const Measure &measure) { return !measure.supports.isEmpty() || measuresSupport(measure.children); });
}

// Whether the objective, or anything in it, supports a district item.
bool objectiveSupports(const Objective &objective)
{
    return !objective.supports.isEmpty() || measuresSupport(objective.measures)
           || std::any_of(objective.actions.begin(), objective.actions.end(),
                          [](const Action &action) { return !action.supports.isEmpty(); });
}

bool goalSupports(const Goal &goal)
{
    return !goal.supports.isEmpty() || measuresSupport(goal.measures)
           || std::any_of(goal.objectives.begin(), goal.objectives.end(), objectiveSupports);
}

// The rows a district code counts toward: its goal's and, for an objective
// or anything in one, the objective's.
struct Rows {
    std::size_t goal = 0;
    std::optional<std::size_t> objective;
};

QHash<QString, Rows> districtRows(const Plan &district, std::vector<AlignmentRow> &rows)
{
    QHash<QString, Rows> byCode;
    Rows current;
    forEachItem(district, [&](const ItemView &item) {
        if (item.kind == ItemKind::Goal || item.kind == ItemKind::Objective) {
            rows.push_back(AlignmentRow{item.kind, item.code, item.title, {}, {}});
            if (item.kind == ItemKind::Goal)
                current = Rows{rows.size() - 1, std::nullopt};
            else
                current.objective = rows.size() - 1;
        }
        Rows target = current;
        if (!item.objective)
            target.objective.reset();
        byCode.insert(item.code, target);
    });
    return byCode;
}

void addSchool(Alignment &alignment, const Plan &school, const QHash<QString, Rows> &byCode, const TitleMatch &titles, QDate asOf)
{
    const std::size_t index = alignment.schools.size();
    alignment.schools.push_back(AlignedSchool{Alignment::schoolName(school), school.title, school.alignsTo, 0});
    AlignedSchool &entry = alignment.schools.back();
    const PlanStatus status = PlanStatus::evaluate(school, alignment.year, asOf);
    forEachItem(school, [&](const ItemView &item) {
        const QStringList &supports = supportsOf(item);
        if (supports.isEmpty())
            return;
        const SchoolItem schoolItem{index, item.kind, item.code, item.title};
        // Each row it counts for, with the codes that lead there and whether
        // one of them names the row's own item rather than one inside an objective.
        std::map<std::size_t, std::pair<QStringList, bool>> rows;
        auto reach = [&rows](std::size_t row, const QString &code, bool direct) {
            auto &[names, isDirect] = rows[row];
            if (!names.contains(code))
                names.append(code);
            isDirect = isDirect || direct;
        };
        for (const QString &code : supports) {
            const auto found = byCode.constFind(code);
            if (found == byCode.constEnd()) {
                const auto nearest = titles.nearest(item.title, code);
                alignment.broken.push_back(BrokenLink{schoolItem, code, nearest ? nearest->code : QString(),
                                                      nearest ? nearest->title : QString()});
                continue;
            }
            reach(found->goal, code, !found->objective);
            if (found->objective)
                reach(*found->objective, code, true);
        }
        if (rows.empty())
            return;
        ++entry.links;
        const ItemStatus *judged = status.find(item.code);
        SupportingItem supporting{index, item.kind, item.code, item.title, Status::NoData, std::nullopt, {}, true};
        if (judged) {
            supporting.status = judged->judgement.status;
            supporting.score = judged->score;
        }
        for (const auto &[row, reached] : rows) {
            supporting.names = reached.first;
            supporting.direct = reached.second;
            alignment.rows[row].items.push_back(supporting);
        }
    });
    for (const Goal &goal : school.goals) {
        if (!Alignment::supportsDistrict(goal)) {
            alignment.unaligned.push_back(SchoolItem{index, ItemKind::Goal, goal.code, goal.title});
            continue;
        }
        for (const Objective &objective : goal.objectives) {
            if (!Alignment::supportsDistrict(goal, objective))
                alignment.unaligned.push_back(SchoolItem{index, ItemKind::Objective, objective.code, objective.title});
        }
    }
}

// Each row's cells: per school, the count and rolled-up status of its items.
void fillCells(Alignment &alignment)
{
    for (AlignmentRow &row : alignment.rows) {
        row.cells.assign(alignment.schools.size(), SchoolCell{});
        std::vector<std::vector<std::optional<double>>> scores(alignment.schools.size());
        for (const SupportingItem &item : row.items) {
            ++row.cells[item.school].count;
            scores[item.school].push_back(item.score);
        }
        for (std::size_t school = 0; school < row.cells.size(); ++school) {
            SchoolCell &cell = row.cells[school];
            cell.score = StatusRules::mean(scores[school]);
            cell.status = cell.score ? StatusRules::fromMean(*cell.score) : Status::NoData;
        }
    }
}

} // namespace

Alignment Alignment::compute(const Plan &district, const std::vector<Plan> &schools, SchoolYear year, QDate asOf)
{
    Alignment alignment;
    alignment.district = PlanRef{district.uuid, district.title};
    alignment.year = year;
    const QHash<QString, Rows> byCode = districtRows(district, alignment.rows);
    const TitleMatch titles(district);
    for (const Plan &school : schools) {
        if (alignsElsewhere(district, school))
            alignment.elsewhere.push_back(AlignedSchool{schoolName(school), school.title, school.alignsTo, 0});
        else
            addSchool(alignment, school, byCode, titles, asOf);
    }
    fillCells(alignment);
    for (std::size_t row = 0; row < alignment.rows.size(); ++row) {
        if (alignment.rows[row].kind == ItemKind::Objective && alignment.rows[row].items.empty())
            alignment.unsupported.push_back(row);
    }
    return alignment;
}

bool Alignment::alignsElsewhere(const Plan &district, const Plan &school)
{
    return !school.alignsTo.isEmpty() && school.alignsTo.id != district.uuid;
}

bool Alignment::supportsDistrict(const Goal &goal)
{
    return goalSupports(goal);
}

bool Alignment::supportsDistrict(const Goal &goal, const Objective &objective)
{
    return !goal.supports.isEmpty() || objectiveSupports(objective);
}

QString Alignment::refusal(const Plan &district, const Plan &school, const QString &name)
{
    if (school.kind == PlanKind::District)
        return tr("%1 is a district plan (%2), not a school plan: name the plans of the schools that align to \"%3\".")
            .arg(name, school.title, district.title);
    if (school.alignsTo.isEmpty())
        return tr("%1 (%2) does not say which district plan it aligns to: choose \"%3\" under Aligns to in its Plan Details, "
                  "then name it again.")
            .arg(name, schoolName(school), district.title);
    if (alignsElsewhere(district, school))
        return tr("%1 (%2) aligns to the plan \"%3\" (id %4), not to this district plan \"%5\" (id %6).")
            .arg(name, schoolName(school), school.alignsTo.title, school.alignsTo.id, district.title, district.uuid);
    return {};
}

QString Alignment::schoolName(const Plan &school)
{
    return school.unit.isEmpty() ? school.title : school.unit;
}

QString Alignment::elsewhereText(const AlignedSchool &school) const
{
    return tr("%1 aligns to the plan \"%2\" (id %3), not to this district plan \"%4\" (id %5); it is left out.")
        .arg(school.name, school.alignsTo.title, school.alignsTo.id, district.title, district.id);
}

QString Alignment::fixText(const BrokenLink &link)
{
    if (link.suggestion.isEmpty())
        return tr("Supports %1, which the district plan does not have: choose the district item it supports.").arg(link.missing);
    return tr("Supports %1, which the district plan does not have: did you mean %2 \"%3\"?")
        .arg(link.missing, link.suggestion, link.suggestionTitle);
}

} // namespace cairn
