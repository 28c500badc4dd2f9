#include "outlineplan.h"

#include "core/itemcodes.h"
#include "core/planrules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace cairn::textimport {

namespace {

// The context is the one lupdate gives the tr() calls below (those of the
// class Builder around them), so that the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("cairn::textimport::Builder", text);
}

// "1", "P1" → "1": the number objectives and actions are coded under.
QString numberOf(const QString &code, int position)
{
    static const QRegularExpression digits(QStringLiteral(R"((\d+(?:\.\d+)*)$)"));
    const auto match = digits.match(code);
    return match.hasMatch() ? match.captured(1) : QString::number(position);
}

// "1.1" → "1.2", "1.1-L1" → "1.1-L2", "P" → "P-2": the next code to try.
QString nextCode(const QString &code)
{
    static const QRegularExpression last(QStringLiteral(R"((\d+)$)"));
    if (const auto match = last.match(code); match.hasMatch())
        return code.left(match.capturedStart(1)) + QString::number(match.captured(1).toInt() + 1);
    return code + QStringLiteral("-2");
}

QString limited(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

struct Years {
    std::optional<SchoolYear> first;
    std::optional<SchoolYear> last;

    void see(const std::optional<SchoolYear> &year, int shift = 0)
    {
        if (!year)
            return;
        const SchoolYear shifted(year->start() + shift);
        if (!first || shifted < *first)
            first = shifted;
        if (!last || shifted > *last)
            last = shifted;
    }
};

void collectCodes(const OutlineItem &item, QSet<QString> &codes)
{
    if (!item.code.isEmpty())
        codes.insert(item.code);
    for (const OutlineItem &child : item.children)
        collectCodes(child, codes);
}

void seeYears(const OutlineItem &item, Years &years)
{
    if (item.kind == ItemKind::Measure) {
        years.see(item.measure.baseline.year, 1);
        years.see(item.measure.finalTarget.year);
        for (const auto &[year, value] : item.measure.targets)
            years.see(year);
    }
    for (const OutlineItem &child : item.children)
        seeYears(child, years);
}

// "Strategic Plan 2023-2027": the calendar years the plan runs over.
void seeTitleYears(const QString &title, Years &years)
{
    static const QRegularExpression range(QStringLiteral(R"(\b(\d{4})\s*[-–]\s*(\d{4})\b)"));
    if (const auto match = range.match(title); match.hasMatch()) {
        years.see(SchoolYear(match.captured(1).toInt()));
        years.see(SchoolYear(match.captured(2).toInt() - 1));
    }
}

using CodesByItem = QHash<const OutlineItem *, QString>;

class Builder
{
public:
    Builder(const Outline &outline, SchoolYear today, QHash<QString, QString> *doubts, CodesByItem *codes = nullptr)
        : m_outline(outline)
        , m_doubts(doubts)
        , m_itemCodes(codes)
    {
        Years years;
        for (const OutlineItem &goal : outline.goals) {
            seeYears(goal, years);
            collectCodes(goal, m_written);
        }
        seeTitleYears(outline.plan.title, years);
        m_first = years.first.value_or(today);
        m_last = years.last.value_or(SchoolYear(m_first.start() + 4));
        if (m_last < m_first)
            m_last = m_first;
    }

    Plan build()
    {
        Plan plan = m_outline.plan;
        plan.goals.clear();
        plan.firstYear = m_first;
        plan.lastYear = m_last;
        plan.reportYear = m_first;
        if (plan.title.isEmpty())
            plan.title = tr("Strategic plan");
        int position = 0;
        for (const OutlineItem &item : m_outline.goals)
            plan.goals.push_back(goalOf(item, ++position));
        return plan;
    }

private:
    // The code as written when no other item holds it yet, else one made
    // from `fallback` that no item holds or is written with.
    QString claim(const QString &written, const QString &fallback)
    {
        const bool own = !written.isEmpty() && PlanRules::codeProblem(written).isEmpty() && !m_codes.contains(written);
        QString code = own ? written : fallback;
        while (m_codes.contains(code) || (!own && m_written.contains(code)))
            code = nextCode(code);
        m_codes.add(code, code);
        return code;
    }

    Goal goalOf(const OutlineItem &item, int position)
    {
        Goal goal;
        goal.code = claim(item.code, QString::number(position));
        noteDoubt(goal.code, item);
        goal.title = limited(item.title.isEmpty() ? tr("Goal %1").arg(goal.code) : item.title, PlanRules::MaxNameLength);
        goal.shortName = limited(item.shortName, PlanRules::MaxNameLength);
        goal.description = item.description;
        goal.rationale = item.rationale;
        goal.owner = item.owner;
        const QString number = numberOf(goal.code, position);
        int objectives = 0;
        std::vector<const OutlineItem *> looseActions;
        for (const OutlineItem &child : item.children) {
            if (child.kind == ItemKind::Objective)
                goal.objectives.push_back(objectiveOf(child, number + QLatin1Char('.') + QString::number(++objectives)));
            else if (child.kind == ItemKind::Action)
                looseActions.push_back(&child);
            else if (child.kind == ItemKind::Measure)
                addMeasure(goal.measures, child, goal.code);
        }
        // A plan of goals and action steps: the actions belong to the goal's one objective.
        if (!looseActions.empty()) {
            OutlineItem holder;
            holder.kind = ItemKind::Objective;
            holder.title = goal.title;
            for (const OutlineItem *action : looseActions)
                holder.children.push_back(*action);
            goal.objectives.insert(goal.objectives.begin(), objectiveOf(holder, number + QStringLiteral(".0")));
            if (m_itemCodes) {
                m_itemCodes->remove(&holder);
                for (std::size_t i = 0; i < looseActions.size(); ++i)
                    m_itemCodes->insert(looseActions[i], m_itemCodes->take(&holder.children[i]));
            }
        }
        return goal;
    }

    Objective objectiveOf(const OutlineItem &item, const QString &fallback)
    {
        Objective objective;
        objective.code = claim(item.code, fallback);
        noteDoubt(objective.code, item);
        objective.title = limited(item.title.isEmpty() ? tr("Objective %1").arg(objective.code) : item.title, PlanRules::MaxNameLength);
        objective.description = item.description;
        objective.owner = item.owner;
        int actions = 0;
        for (const OutlineItem &child : item.children) {
            if (child.kind == ItemKind::Action)
                objective.actions.push_back(actionOf(child, objective.code + QLatin1Char('.') + QString::number(++actions)));
            else if (child.kind == ItemKind::Measure)
                addMeasure(objective.measures, child, objective.code);
        }
        return objective;
    }

    Action actionOf(const OutlineItem &item, const QString &fallback)
    {
        Action action;
        action.code = claim(item.code, fallback);
        noteDoubt(action.code, item);
        action.description = item.title;
        if (!item.description.isEmpty())
            action.description += QLatin1Char('\n') + item.description;
        action.owner = limited(item.owner, PlanRules::MaxNameLength);
        action.responsibilities = item.responsibilities;
        action.start = item.start;
        action.due = item.due;
        action.recurring = item.recurring;
        return action;
    }

    void addMeasure(std::vector<Measure> &measures, const OutlineItem &item, const QString &parentCode)
    {
        const bool progress = item.measure.kind == MeasureKind::Progress;
        int &count = progress ? m_progressCount[parentCode] : m_longTermCount[parentCode];
        const QString fallback = parentCode + (progress ? QStringLiteral("-PM") : QStringLiteral("-L")) + QString::number(++count);
        measures.push_back(measureOf(item, claim(item.code, fallback)));
    }

    Measure measureOf(const OutlineItem &item, const QString &code)
    {
        Measure measure = item.measure;
        measure.code = code;
        noteDoubt(code, item);
        measure.name = limited(item.title.isEmpty() ? tr("Measure %1").arg(code) : item.title, PlanRules::MaxNameLength);
        measure.description = item.description;
        measure.source = limited(measure.source, PlanRules::MaxNameLength);
        if (measure.type == MeasureType::Numeric) {
            if (measure.finalTarget.value && !measure.finalTarget.year)
                measure.finalTarget.year = m_last;
            if (item.targetEveryYear && measure.finalTarget.value)
                for (SchoolYear year = m_first; year <= m_last; year = year.next())
                    measure.targets[year] = *measure.finalTarget.value;
            if (measure.baseline.year && measure.finalTarget.year && *measure.finalTarget.year < *measure.baseline.year)
                measure.finalTarget.year.reset(); // a contradiction the preview shows as uncertain
        }
        measure.children.clear();
        char letter = 'a';
        for (const OutlineItem &child : item.children) {
            const QString childCode = claim(child.code, code + QLatin1Char(letter <= 'z' ? letter++ : 'z'));
            measure.children.push_back(measureOf(child, childCode));
        }
        return measure;
    }

    void noteDoubt(const QString &code, const OutlineItem &item)
    {
        if (m_itemCodes)
            m_itemCodes->insert(&item, code);
        if (m_doubts && item.isUncertain())
            m_doubts->insert(code, item.doubt);
    }

    const Outline &m_outline;
    QHash<QString, QString> *m_doubts;
    CodesByItem *m_itemCodes;
    SchoolYear m_first;
    SchoolYear m_last;
    ItemCodes m_codes;
    QSet<QString> m_written; // the codes the document gives
    QHash<QString, int> m_progressCount;
    QHash<QString, int> m_longTermCount;
};

} // namespace

Plan planOf(const Outline &outline, SchoolYear today, QHash<QString, QString> *doubts)
{
    return Builder(outline, today, doubts).build();
}

QHash<const OutlineItem *, QString> planCodes(const Outline &outline, SchoolYear today)
{
    QHash<const OutlineItem *, QString> codes;
    Builder(outline, today, nullptr, &codes).build();
    return codes;
}

} // namespace cairn::textimport
