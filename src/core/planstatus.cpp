#include "planstatus.h"

namespace cairn {

namespace {

// The mean of the values that exist.
std::optional<double> meanOf(const std::vector<std::optional<double>> &values)
{
    double sum = 0;
    int count = 0;
    for (const auto &value : values) {
        if (value) {
            sum += *value;
            ++count;
        }
    }
    return count == 0 ? std::nullopt : std::optional<double>(sum / count);
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
        rollUp(index, children, goal.assessments);
        return index;
    }

    void rollUp(std::size_t index, const std::vector<std::size_t> &children, const std::vector<Assessment> &assessments)
    {
        std::vector<std::optional<double>> scores;
        std::vector<std::optional<double>> progress;
        for (std::size_t child : children) {
            scores.push_back(m_items[child].score);
            progress.push_back(m_items[child].progress);
        }
        ItemStatus &item = m_items[index];
        item.progress = meanOf(progress);
        if (const Assessment *assessment = StatusRules::assessmentFor(assessments, m_year)) {
            item.judgement = Judgement{assessment->status, true, assessment->rationale, {}, {}};
            item.score = StatusRules::score(assessment->status);
            return;
        }
        item.score = meanOf(scores);
        item.judgement.status = item.score ? StatusRules::fromMean(*item.score) : Status::NoData;
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
        rollUp(index, children, objective.assessments);
        return index;
    }

    std::size_t measure(const Measure &measure, const QString &parent, int depth)
    {
        const std::size_t index = add(ItemKind::Measure, QStringLiteral("m"), parent, measure.code, measure.name, depth);
        ItemStatus &item = m_items[index];
        item.judgement = StatusRules::measure(measure, m_year, m_year, m_asOf);
        item.score = StatusRules::score(item.judgement.status);
        item.progress = StatusRules::progress(measure, m_year);
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
        item.progress = StatusRules::progress(action);
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
    int m_counters[4] = {};
};

} // namespace

PlanStatus PlanStatus::evaluate(const Plan &plan, SchoolYear year, QDate asOf)
{
    PlanStatus result;
    result.m_year = year;
    result.m_asOf = asOf;
    Evaluator evaluator(year, asOf, result.m_items);
    std::vector<std::size_t> goals;
    for (const Goal &goal : plan.goals)
        goals.push_back(evaluator.goal(goal));

    // The plan rolls up its goals like any other parent; it is kept apart
    // from the items.
    result.m_items.push_back(ItemStatus{});
    evaluator.rollUp(result.m_items.size() - 1, goals, {});
    result.m_plan = std::move(result.m_items.back());
    result.m_items.pop_back();
    result.m_plan.code.clear();
    result.m_plan.title = plan.title;
    result.m_byCode.reserve(qsizetype(result.m_items.size()));
    for (std::size_t i = 0; i < result.m_items.size(); ++i)
        result.m_byCode.insert(result.m_items[i].code, int(i));
    return result;
}

const ItemStatus *PlanStatus::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_items[std::size_t(*it)];
}

} // namespace cairn
