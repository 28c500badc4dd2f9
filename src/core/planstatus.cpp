#include "planstatus.h"

#include "planwalk.h"

namespace cairn {

namespace {

// What one rolled-up child adds to its parent's coverage.
Coverage coverageOf(const ItemStatus &child)
{
    Coverage coverage;
    const Status status = child.judgement.status;
    switch (child.kind) {
    case ItemKind::Measure:
        coverage.measures = 1;
        coverage.measuresReported = child.score ? 1 : 0;
        coverage.measuresWithProgress = child.progress ? 1 : 0;
        coverage.milestones = child.coverage.milestones;
        coverage.milestonesMet = child.coverage.milestonesMet;
        break;
    case ItemKind::Action:
        // Not yet under way, or stopped: not the year's work.
        if (status != Status::NotYetDue && status != Status::Discontinued) {
            coverage.actions = 1;
            coverage.actionsComplete = status == Status::Complete ? 1 : 0;
        }
        break;
    case ItemKind::Goal:
    case ItemKind::Objective:
        coverage = child.coverage;
        break;
    }
    return coverage;
}

// A parent's progress and coverage (and, unless people assessed it, its
// score and status) from its children's.
void combine(ItemStatus &item, const std::vector<std::size_t> &children, const std::vector<ItemStatus> &items, bool keepJudgement)
{
    std::vector<std::optional<double>> scores;
    std::vector<std::optional<double>> progress;
    item.coverage = {};
    for (std::size_t child : children) {
        scores.push_back(items[child].score);
        progress.push_back(items[child].progress);
        item.coverage += coverageOf(items[child]);
    }
    item.progress = StatusRules::mean(progress);
    if (keepJudgement)
        return;
    item.score = StatusRules::mean(scores);
    item.judgement.status = item.score ? StatusRules::fromMean(*item.score) : Status::NoData;
}

void judge(ItemStatus &item, const Measure &measure, SchoolYear year, QDate asOf)
{
    item.coverage = {};
    item.judgement = StatusRules::measure(measure, year, year, asOf);
    item.score = StatusRules::score(item.judgement.status);
    item.progress = StatusRules::progress(measure, year);
    // A dated outcome counts once it is done or due; one due later is not yet the year's.
    if (measure.type == MeasureType::Milestone && item.judgement.status != Status::NotYetDue) {
        item.coverage.milestones = 1;
        item.coverage.milestonesMet = item.judgement.status == Status::Complete ? 1 : 0;
    }
}

class Evaluator
{
public:
    Evaluator(SchoolYear year, QDate asOf, std::vector<ItemStatus> &items)
        : m_year(year)
        , m_asOf(asOf)
        , m_items(items)
    {
    }

    // Each rollup: the parent's index and its children's.
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> &rollups() { return m_rollups; }

    // Each call returns the index of the item it added, whose score and
    // progress its parent rolls up.
    std::size_t goal(const Goal &goal)
    {
        const std::size_t index = add(ItemKind::Goal, QStringLiteral("g"), {}, goal.code, goal.title, 0);
        const QString id = m_items[index].id;
        std::vector<std::size_t> children;
        for (const Measure &measure : goal.measures)
            children.push_back(this->measure(measure, id, 1));
        for (const Objective &objective : goal.objectives)
            children.push_back(this->objective(objective, id));
        rollUp(index, std::move(children), goal.assessments);
        return index;
    }

    void rollUp(std::size_t index, std::vector<std::size_t> children, const std::vector<Assessment> &assessments)
    {
        ItemStatus &item = m_items[index];
        const Assessment *assessment = StatusRules::assessmentFor(assessments, m_year);
        if (assessment) {
            item.judgement = Judgement{assessment->status, true, assessment->rationale, {}, {}};
            item.score = StatusRules::score(assessment->status);
        }
        combine(item, children, m_items, assessment != nullptr);
        m_rollups.emplace_back(index, std::move(children));
    }

private:
    std::size_t objective(const Objective &objective, const QString &parent)
    {
        const std::size_t index = add(ItemKind::Objective, QStringLiteral("o"), parent, objective.code, objective.title, 1);
        const QString id = m_items[index].id;
        std::vector<std::size_t> children;
        for (const Measure &measure : objective.measures)
            children.push_back(this->measure(measure, id, 2));
        for (const Action &action : objective.actions)
            children.push_back(this->action(action, id));
        rollUp(index, std::move(children), objective.assessments);
        return index;
    }

    std::size_t measure(const Measure &measure, const QString &parent, int depth)
    {
        const std::size_t index = add(ItemKind::Measure, QStringLiteral("m"), parent, measure.code, measure.name, depth);
        ItemStatus &item = m_items[index];
        judge(item, measure, m_year, m_asOf);
        // Children are shown under their parent but do not count in rollups.
        const QString id = item.id;
        for (const Measure &child : measure.children)
            this->measure(child, id, depth + 1);
        return index;
    }

    std::size_t action(const Action &action, const QString &parent)
    {
        const std::size_t index = add(ItemKind::Action, QStringLiteral("a"), parent, action.code, action.description, 2);
        ItemStatus &item = m_items[index];
        item.judgement = StatusRules::action(action, m_year, m_asOf);
        item.score = StatusRules::score(item.judgement.status);
        item.progress = StatusRules::progress(action, m_year, m_asOf);
        return index;
    }

    std::size_t add(ItemKind kind, const QString &prefix, const QString &parent, const QString &code, const QString &title, int depth)
    {
        int &counter = m_counters[int(kind)];
        ItemStatus item;
        item.id = prefix + QString::number(++counter);
        item.parent = parent;
        item.kind = kind;
        item.code = code;
        item.title = title;
        item.depth = depth;
        m_items.push_back(std::move(item));
        return m_items.size() - 1;
    }

    SchoolYear m_year;
    QDate m_asOf;
    std::vector<ItemStatus> &m_items;
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> m_rollups;
    int m_counters[4] = {};
};

} // namespace

Coverage &Coverage::operator+=(const Coverage &other)
{
    measures += other.measures;
    measuresReported += other.measuresReported;
    measuresWithProgress += other.measuresWithProgress;
    actions += other.actions;
    actionsComplete += other.actionsComplete;
    milestones += other.milestones;
    milestonesMet += other.milestonesMet;
    return *this;
}

PlanStatus PlanStatus::evaluate(const Plan &plan, SchoolYear year, QDate asOf)
{
    PlanStatus result;
    result.m_year = year;
    result.m_asOf = asOf;
    std::size_t count = 0;
    forEachItem(plan, [&count](const ItemView &) { ++count; });
    result.m_items.reserve(count);
    Evaluator evaluator(year, asOf, result.m_items);
    for (const Goal &goal : plan.goals)
        result.m_goals.push_back(evaluator.goal(goal));

    // The plan rolls up its goals like any other parent; it is kept apart
    // from the items.
    combine(result.m_plan, result.m_goals, result.m_items, false);
    result.m_children.resize(count);
    result.m_parents.assign(count, NoParent);
    for (auto &[parent, children] : evaluator.rollups()) {
        for (std::size_t child : children)
            result.m_parents[child] = std::ptrdiff_t(parent);
        result.m_children[parent] = std::move(children);
    }
    for (std::size_t goal : result.m_goals)
        result.m_parents[goal] = PlanParent;
    result.m_plan.code.clear();
    result.m_plan.title = plan.title;
    result.m_byCode.reserve(result.m_items.size());
    for (std::size_t i = 0; i < result.m_items.size(); ++i)
        result.m_byCode.emplace(result.m_items[i].code, int(i));
    return result;
}

bool PlanStatus::refreshMeasures(const std::vector<const Measure *> &measures)
{
    std::vector<std::ptrdiff_t> parents;
    for (const Measure *measure : measures) {
        const auto found = m_byCode.find(measure->code);
        if (found == m_byCode.end() || m_items[std::size_t(found->second)].kind != ItemKind::Measure)
            return false;
        ItemStatus &item = m_items[std::size_t(found->second)];
        item.title = measure->name;
        judge(item, *measure, m_year, m_asOf);
        parents.push_back(m_parents[std::size_t(found->second)]);
    }
    bool planTouched = false;
    for (std::ptrdiff_t parent : parents) {
        while (parent >= 0) {
            ItemStatus &item = m_items[std::size_t(parent)];
            combine(item, m_children[std::size_t(parent)], m_items, item.judgement.manual);
            parent = m_parents[std::size_t(parent)];
        }
        planTouched = planTouched || parent == PlanParent;
    }
    if (planTouched)
        combine(m_plan, m_goals, m_items, false);
    return true;
}

const ItemStatus *PlanStatus::find(const QString &code) const
{
    const auto it = m_byCode.find(code);
    return it == m_byCode.end() ? nullptr : &m_items[std::size_t(it->second)];
}

} // namespace cairn
