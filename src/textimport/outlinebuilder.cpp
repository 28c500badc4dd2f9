#include "outlinebuilder.h"

#include "itemlines.h"
#include "linereading.h"
#include "outlinecursor.h"
#include "tableplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace cairn::textimport {

namespace {

using Role = LineReading::Role;

// The context is the one lupdate gives the tr() calls below (those of the
// class Builder around them), so that the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("cairn::textimport::Builder", text);
}

// "STRATEGIC PLAN" at the top of every page: a heading that names no part
// of a plan ("OBJECTIVES" does) and is said three times or more is the
// page's running head.
QSet<QString> runningHeads(const SourceDocument &document)
{
    QHash<QString, int> seen;
    for (const SourceBlock &block : document)
        if (!block.isTable && textimport::readLine(block.line.text).role == Role::Section)
            ++seen[block.line.text];
    QSet<QString> heads;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value() >= 3)
            heads.insert(it.key());
    return heads;
}

QString capitalised(const QString &heading)
{
    if (heading != heading.toUpper())
        return heading;
    const QString lower = heading.toLower();
    return lower.left(1).toUpper() + lower.mid(1);
}

void appendText(QString &text, const QString &more)
{
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += more;
}

class Builder
{
public:
    explicit Builder(const SourceDocument &document)
        : m_document(document)
        , m_cursor(m_outline)
        , m_runningHeads(runningHeads(document))
    {
    }

    Outline build()
    {
        for (const SourceBlock &block : m_document) {
            if (block.isTable)
                readTable(block.table);
            else if (!m_runningHeads.contains(block.line.text))
                readLine(block.line);
        }
        finishGoalList();
        dropEmptySections();
        if (m_outline.plan.title.isEmpty() && !m_outline.plan.organization.isEmpty())
            m_outline.plan.title = tr("%1 Strategic Plan").arg(m_outline.plan.organization);
        return m_outline;
    }

private:
    enum class Context { None, Mission, Vision, Theory, CoreValues, Profile, Rationale, Section, GoalList };

    void readTable(const SourceTable &table)
    {
        const PlanColumns columns = planColumns(table);
        if (columns.isPlanTable()) {
            readPlanTable(table, columns, m_cursor);
            m_context = Context::None;
            return;
        }
        for (const QList<SourceLines> &row : table.rows)
            for (const SourceLines &cell : row)
                for (const SourceLine &line : cell) {
                    if (m_context == Context::Rationale && m_cursor.goal())
                        m_cursor.goal()->rationale.append(capitalisedSentence(line.text));
                    else
                        m_outline.unplaced.append(line.text);
                }
    }

    static QString capitalisedSentence(const QString &text)
    {
        return text == text.toUpper() ? capitalised(text) : text;
    }

    void readLine(const SourceLine &line)
    {
        LineReading reading = readLine(line.text);
        if (reading.role == Role::Text && line.headingLevel > 0) {
            reading.role = Role::Section;
            reading.label = line.text;
            reading.rest.clear();
        }
        if (reading.role == Role::Section && m_outline.goals.empty())
            readTitle(reading.label);
        if (reading.role == Role::CoreValues)
            m_sawCoreValues = true;
        switch (reading.role) {
        case Role::Item: readItem(line, reading); return;
        case Role::Label: readLabel(reading); return;
        case Role::Responsibility: readResponsibility(line, reading); return;
        case Role::Timeline:
            if (OutlineItem *action = m_cursor.action(); action && readTimeline(*action, reading.rest))
                return;
            break;
        case Role::Text: break;
        default: openContext(reading); return;
        }
        readText(line);
    }

    static LineReading readLine(const QString &text) { return textimport::readLine(text); }

    void readItem(const SourceLine &line, const LineReading &reading)
    {
        OutlineItem item;
        item.code = reading.code;
        item.title = reading.rest;
        item.source = line.text;
        m_context = Context::None;
        m_awaitingTitle = reading.rest.isEmpty();
        switch (reading.kind) {
        case ItemKind::Goal:
            // "1. Goal: …" numbers the goal in its list marker.
            if (item.code.isEmpty() && !line.marker.isEmpty())
                item.code = QString(line.marker).remove(QRegularExpression(QStringLiteral("[.)]")));
            m_cursor.addGoal(item);
            m_expect = ItemKind::Objective;
            m_expectSet = false;
            return;
        case ItemKind::Objective: m_cursor.addObjective(item); return;
        case ItemKind::Action:
            m_awaitingTitle = false;
            takeTrailingTimeline(item);
            if (!reading.label.isEmpty())
                item.title = reading.label + QStringLiteral(": ") + item.title;
            addAction(item);
            return;
        case ItemKind::Measure: {
            m_awaitingTitle = false;
            OutlineItem measure = measureFromText(reading.rest, m_measureKind);
            measure.code = reading.code;
            measure.source = line.text;
            m_cursor.addMeasure(measure);
            return;
        }
        }
    }

    void addAction(const OutlineItem &item) { m_cursor.addAction(item); }

    void readLabel(const LineReading &reading)
    {
        m_context = reading.kind == ItemKind::Goal && !m_cursor.goal() ? Context::GoalList : Context::None;
        m_expect = reading.kind;
        m_expectSet = true;
        m_measureKind = reading.measureKind;
        m_awaitingTitle = false;
        if (reading.kind == ItemKind::Objective)
            m_cursor.closeObjective();
    }

    void readResponsibility(const SourceLine &line, const LineReading &reading)
    {
        OutlineItem *holder = m_cursor.action() ? m_cursor.action() : m_cursor.objective() ? m_cursor.objective() : m_cursor.goal();
        if (!holder || reading.rest.isEmpty()) {
            m_outline.unplaced.append(line.text);
            return;
        }
        if (holder->kind == ItemKind::Action) {
            for (const QString &part : reading.rest.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                holder->responsibilities.push_back(responsibilityOf(part));
            if (holder->owner.isEmpty())
                holder->owner = holder->responsibilities.front().role;
        } else {
            holder->owner = reading.rest;
        }
        holder->source += QLatin1Char('\n') + line.text;
    }

    void openContext(const LineReading &reading)
    {
        m_awaitingTitle = false;
        switch (reading.role) {
        case Role::Mission: m_context = Context::Mission; break;
        case Role::Vision: m_context = Context::Vision; break;
        case Role::TheoryOfAction: m_context = Context::Theory; break;
        case Role::CoreValues: m_context = Context::CoreValues; break;
        case Role::Profile: m_context = Context::Profile; break;
        case Role::Rationale: m_context = Context::Rationale; break;
        case Role::Beliefs:
        case Role::Section:
            m_context = Context::Section;
            m_outline.plan.sections.push_back({capitalised(reading.label.endsWith(QLatin1Char(':')) ? reading.label.chopped(1)
                                                                                                      : reading.label),
                                               {},
                                               {}});
            break;
        default: break;
        }
        m_coreValue = -1;
        if (!reading.rest.isEmpty())
            readText(SourceLine{reading.rest, 0, {}, 0});
    }

    // An introduction to a heading ("Our mission explains our fundamental
    // purpose") rather than the mission itself.
    static bool isIntroduction(const QString &text)
    {
        static const QRegularExpression intro(
            QStringLiteral(R"(^our\s+(mission|vision|theory\s+of\s+action|core\s+values|beliefs)\s+(explains|captures|describes|drive|are|is)\b)"),
            QRegularExpression::CaseInsensitiveOption);
        return intro.match(text).hasMatch();
    }

    void setPlanText(QString &field, const QString &text, const QString &heading)
    {
        appendText(isIntroduction(text) ? sectionBody(heading) : field, text);
    }

    bool readContextText(const SourceLine &line)
    {
        Plan &plan = m_outline.plan;
        switch (m_context) {
        case Context::Mission: setPlanText(plan.mission, line.text, tr("Mission")); return true;
        case Context::Vision: setPlanText(plan.vision, line.text, tr("Vision")); return true;
        case Context::Theory: setPlanText(plan.theoryOfAction, line.text, tr("Theory of action")); return true;
        case Context::CoreValues: readCoreValue(line.text); return true;
        case Context::Profile: {
            const Responsibility named = responsibilityOf(line.text); // "Name: description"
            plan.profileAttributes.push_back({named.role, named.duty, {}});
            return true;
        }
        case Context::Rationale:
            if (m_cursor.goal()) {
                m_cursor.goal()->rationale.append(capitalisedSentence(line.text));
                return true;
            }
            return false;
        case Context::Section: appendText(plan.sections.back().body, line.text); return true;
        case Context::GoalList:
            if (line.depth > 0) {
                m_goalList.append(line);
                return true;
            }
            return false;
        case Context::None: return false;
        }
        return false;
    }

    // "Accountability:" names a core value; the paragraphs after it describe it.
    void readCoreValue(const QString &text)
    {
        std::vector<NamedText> &values = m_outline.plan.coreValues;
        if (text.endsWith(QLatin1Char(':')) && text.split(QLatin1Char(' ')).size() <= 4) {
            values.push_back({text.chopped(1).trimmed(), {}, {}});
            m_coreValue = int(values.size()) - 1;
            return;
        }
        if (m_coreValue >= 0) {
            QString &description = values[std::size_t(m_coreValue)].description;
            description += (description.isEmpty() ? QString() : QStringLiteral(" ")) + text;
            return;
        }
        const Responsibility named = responsibilityOf(text);
        if (!named.duty.isEmpty() && named.role.split(QLatin1Char(' ')).size() <= 3) {
            values.push_back({named.role, named.duty, {}});
            return;
        }
        appendText(sectionBody(tr("Core values")), text);
    }

    // "Accountability:" after a core values heading, even once other headings came between.
    bool isCoreValueName(const QString &text) const
    {
        static const QRegularExpression name(QStringLiteral(R"(^[\w][\w\s/&-]{1,30}:$)"));
        return m_sawCoreValues && m_outline.goals.empty() && name.match(text).hasMatch();
    }

    void readText(const SourceLine &line)
    {
        if (isCoreValueName(line.text))
            m_context = Context::CoreValues;
        if (readItemTitle(line) || readContextText(line))
            return;
        if (!m_cursor.goal()) {
            m_outline.unplaced.append(line.text);
            return;
        }
        if (readActionDetail(line))
            return;
        if (line.depth >= 2 && readNested(line))
            return;
        if (line.depth >= 1)
            readListItem(line);
        else
            readParagraph(line);
    }

    bool readItemTitle(const SourceLine &line)
    {
        if (!m_awaitingTitle)
            return false;
        m_awaitingTitle = false;
        OutlineItem *item = m_cursor.objective() ? m_cursor.objective() : m_cursor.goal();
        if (!item || !item->title.isEmpty())
            return false;
        item->title = line.text;
        item->source += QLatin1Char('\n') + line.text;
        return true;
    }

    // "Literacy Coach: models lessons" under an action: a responsibility;
    // "Resources: Title I funds": a detail of its description.
    bool readActionDetail(const SourceLine &line)
    {
        OutlineItem *action = m_cursor.action();
        if (!action)
            return false;
        const std::optional<LabelledLine> labelled = labelledLineOf(line.text);
        if (!labelled)
            return false;
        if (labelled->isRole) {
            action->responsibilities.push_back({labelled->label, labelled->text});
            if (action->owner.isEmpty())
                action->owner = labelled->label;
        } else {
            appendText(action->description, line.text);
        }
        action->source += QLatin1Char('\n') + line.text;
        return true;
    }

    // A line under an action or a measure: its sub-item or detail.
    bool readNested(const SourceLine &line)
    {
        if (OutlineItem *measure = m_cursor.measure()) {
            addMeasureDetail(*measure, line.text);
            return true;
        }
        if (OutlineItem *action = m_cursor.action()) {
            appendListItem(action->description, line.text);
            action->source += QLatin1Char('\n') + line.text;
            return true;
        }
        return false;
    }

    void readListItem(const SourceLine &line)
    {
        if (m_expect == ItemKind::Measure) {
            OutlineItem measure = measureFromText(line.text, m_measureKind);
            m_cursor.addMeasure(measure);
            return;
        }
        if (m_expect == ItemKind::Objective && m_expectSet && !m_cursor.objective()) {
            OutlineItem objective;
            objective.title = line.text;
            objective.source = line.text;
            m_cursor.addObjective(objective);
            return;
        }
        OutlineItem action;
        action.title = line.text;
        action.source = line.text;
        takeTrailingTimeline(action);
        addAction(action);
    }

    void readParagraph(const SourceLine &line)
    {
        OutlineItem *goal = m_cursor.goal();
        OutlineItem *objective = m_cursor.objective();
        if (m_expect == ItemKind::Measure && m_cursor.measure()) {
            m_cursor.addMeasure(measureFromText(line.text, m_measureKind));
            return;
        }
        // The paragraph after a named objective describes it.
        if (objective && objective->children.empty() && objective->description.isEmpty() && !objective->title.isEmpty()
            && objective->code.isEmpty()) {
            objective->description = line.text;
            objective->source += QLatin1Char('\n') + line.text;
            return;
        }
        if (goal->title.isEmpty()) {
            goal->title = line.text;
            goal->source += QLatin1Char('\n') + line.text;
            return;
        }
        // "Goal 1: Early Literacy" then a sentence: the goal's description.
        if (!m_expectSet && goal->children.empty() && goal->description.isEmpty()) {
            goal->description = line.text;
            goal->source += QLatin1Char('\n') + line.text;
            return;
        }
        if (m_expect == ItemKind::Objective && (m_expectSet || goal->children.empty() || objective)) {
            OutlineItem named;
            named.title = line.text;
            named.source = line.text;
            if (!m_expectSet)
                named.doubt = tr("Read as an objective from its place after a goal; no heading or code says so.");
            m_cursor.addObjective(named);
            return;
        }
        m_outline.unplaced.append(line.text);
    }

    // "OUR FOUR PRIMARY STRATEGIC GOALS" lists the goals: the goals found
    // later take their short names from it ("(Talent Management)"); with no
    // goal found later, the list is the goals.
    void finishGoalList()
    {
        static const QRegularExpression shortName(QStringLiteral(R"(^(.*\S)\s*\(([^()]{2,60})\)\.?$)"));
        std::vector<OutlineItem> &goals = m_outline.goals;
        if (!goals.empty()) {
            for (qsizetype i = 0; i < m_goalList.size() && i < qsizetype(goals.size()); ++i)
                if (const auto named = shortName.match(m_goalList.at(i).text); named.hasMatch() && goals[std::size_t(i)].shortName.isEmpty())
                    goals[std::size_t(i)].shortName = named.captured(2);
            return;
        }
        for (const SourceLine &line : m_goalList) {
            OutlineItem goal;
            goal.title = line.text;
            goal.source = line.text;
            if (const auto named = shortName.match(line.text); named.hasMatch()) {
                goal.title = named.captured(1);
                goal.shortName = named.captured(2);
            }
            m_cursor.addGoal(goal);
        }
    }

    // The plan's name and its district's, from the headings before anything else.
    void readTitle(const QString &heading)
    {
        static const QRegularExpression plan(QStringLiteral(R"(\b(strategic\s+plan|plan\s+estrat[eé]gico)\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression body(QStringLiteral(R"(\b(schools?|district|isd|usd|escuelas?|distrito)\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
        Plan &read = m_outline.plan;
        if (read.organization.isEmpty() && body.match(heading).hasMatch() && !plan.match(heading).hasMatch())
            read.organization = capitalised(heading);
        if (read.title.isEmpty() && plan.match(heading).hasMatch() && heading.size() > 16)
            read.title = heading == heading.toUpper() ? capitalised(heading) : heading;
    }

    QString &sectionBody(const QString &heading)
    {
        std::vector<Section> &sections = m_outline.plan.sections;
        for (Section &section : sections)
            if (section.heading == heading)
                return section.body;
        return sections.emplace_back(Section{heading, {}, {}}).body;
    }

    void dropEmptySections()
    {
        std::vector<Section> &sections = m_outline.plan.sections;
        sections.erase(std::remove_if(sections.begin(), sections.end(), [](const Section &section) { return section.body.isEmpty(); }),
                       sections.end());
    }

    const SourceDocument &m_document;
    Outline m_outline;
    OutlineCursor m_cursor;
    const QSet<QString> m_runningHeads;
    Context m_context = Context::None;
    ItemKind m_expect = ItemKind::Objective;
    bool m_expectSet = false; // a label ("OBJECTIVES") said what comes next
    MeasureKind m_measureKind = MeasureKind::LongTerm;
    bool m_awaitingTitle = false;
    int m_coreValue = -1;
    bool m_sawCoreValues = false;
    QList<SourceLine> m_goalList;
};

} // namespace

Outline buildOutline(const SourceDocument &document)
{
    return Builder(document).build();
}

} // namespace cairn::textimport
