#include "itemlines.h"

#include "smartstatement.h"

#include "core/timelinetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cairn::textimport {

namespace {

QString doubtAboutNumbers()
{
    return QCoreApplication::translate("cairn::textimport::ItemLines",
                                       "It states numbers that were not read as a baseline or a target: check them.");
}

int topDepth(const SourceLines &lines)
{
    int depth = std::numeric_limits<int>::max();
    for (const SourceLine &line : lines)
        depth = std::min(depth, line.depth);
    return depth;
}

} // namespace

void appendListItem(QString &description, const QString &line)
{
    if (!description.isEmpty())
        description += QLatin1Char('\n');
    description += QStringLiteral("- ") + line;
}

OutlineItem measureFromText(const QString &text, MeasureKind kind)
{
    const Components parts = splitComponents(text);
    const Statement statement = readStatement(parts.statement, kind);
    OutlineItem item;
    item.kind = ItemKind::Measure;
    item.source = text;
    item.measure = statement.measure;
    item.title = statement.measure.name;
    item.description = statement.measure.description;
    item.targetEveryYear = statement.everyYear;
    if (!statement.understood)
        item.doubt = doubtAboutNumbers();
    item.measure.source = parts.after;
    for (const QString &component : parts.components) {
        OutlineItem child = measureFromText(component, kind);
        // A component runs over the parent's years.
        if (!child.measure.baseline.year)
            child.measure.baseline.year = item.measure.baseline.year;
        if (!child.measure.finalTarget.year)
            child.measure.finalTarget.year = item.measure.finalTarget.year;
        child.measure.source = parts.after;
        item.children.push_back(child);
    }
    return item;
}

void addMeasureDetail(OutlineItem &measure, const QString &line)
{
    measure.source += QLatin1Char('\n') + line;
    if (readYearLine(line, measure.measure)) {
        Measure &read = measure.measure;
        if (read.unit == Unit::Unspecified)
            read.unit = unitOfText(measure.title, read.baseline.value.value_or(0));
        return;
    }
    if (isStudentGroup(line)) {
        OutlineItem child = measureFromText(line, measure.measure.kind);
        child.source = line;
        measure.children.push_back(child);
        return;
    }
    appendListItem(measure.description, line);
}

std::vector<OutlineItem> measuresFromLines(const SourceLines &lines, MeasureKind kind)
{
    std::vector<OutlineItem> measures;
    const int top = topDepth(lines);
    for (const SourceLine &line : lines) {
        if (line.depth > top && !measures.empty())
            addMeasureDetail(measures.back(), line.text);
        else
            measures.push_back(measureFromText(line.text, kind));
    }
    return measures;
}

bool readTimeline(OutlineItem &action, const QString &text)
{
    const auto start = TimelineText::parseStart(text);
    if (!start)
        return false;
    action.start = start->start;
    action.recurring = start->recurring;
    if (start->ongoing)
        action.due = Timepoint::ongoing();
    return true;
}

bool takeTrailingTimeline(OutlineItem &action)
{
    static const QRegularExpression tail(QStringLiteral(R"(^(.*\S)\s*(?:[—–]|\(|;|\btimeline:)\s*(\d{4}.*?)\)?\s*$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = tail.match(action.title);
    if (!match.hasMatch() || !readTimeline(action, match.captured(2)))
        return false;
    action.title = match.captured(1);
    return true;
}

Responsibility responsibilityOf(const QString &line)
{
    static const QRegularExpression roleDuty(QStringLiteral(R"(^([^:–—]{2,60}?)\s*[:–—]\s+(.+)$)"));
    if (const auto match = roleDuty.match(line.simplified()); match.hasMatch())
        return {match.captured(1), match.captured(2)};
    return {line.simplified(), {}};
}

std::optional<LabelledLine> labelledLineOf(const QString &line)
{
    static const QRegularExpression labelled(QStringLiteral(R"(^(\p{Lu}[^:–—\d]{1,60}?)\s*[:–—]\s+(\S.*)$)"));
    // Labels of an action's details that name no one.
    static const QRegularExpression note(
        QStringLiteral(R"(^(resources?|funding|funds?|budget|costs?|evidence|artifacts?|documentation|notes?|status|comments?|)"
                       R"(sources?|data|tools|materials|progress|success\s+criteria|deliverables?|outputs?|recursos?|)"
                       R"(evidencias?|notas?|presupuesto|fuentes?|materiales)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = labelled.match(line.simplified());
    if (!match.hasMatch() || match.captured(1).split(QLatin1Char(' ')).size() > 6)
        return std::nullopt;
    const QString label = match.captured(1).trimmed();
    return LabelledLine{label, match.captured(2), !note.match(label).hasMatch()};
}

std::vector<OutlineItem> actionsFromLines(const SourceLines &lines)
{
    static const QRegularExpression code(QStringLiteral(R"((?:^|\s)(\d+(?:\.\d+)+[A-Z])\s*[-–—:]\s*)"));
    std::vector<OutlineItem> actions;
    const int top = topDepth(lines);
    QString label;
    for (const SourceLine &line : lines) {
        if (line.depth > top && !actions.empty()) {
            appendListItem(actions.back().description, line.text);
            actions.back().source += QLatin1Char('\n') + line.text;
            continue;
        }
        QList<QRegularExpressionMatch> codes;
        for (auto it = code.globalMatch(line.text); it.hasNext();)
            codes.append(it.next());
        if (codes.isEmpty()) {
            // A word or two alone ("College") names the actions that follow.
            if (line.text.split(QLatin1Char(' ')).size() <= 3 && &line != &lines.last()) {
                label = line.text;
                continue;
            }
            OutlineItem action;
            action.kind = ItemKind::Action;
            action.title = line.text;
            action.source = line.text;
            takeTrailingTimeline(action);
            actions.push_back(action);
            continue;
        }
        if (const QString before = line.text.left(codes.first().capturedStart()).trimmed(); !before.isEmpty())
            label = before;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const qsizetype end = i + 1 < codes.size() ? codes[i + 1].capturedStart() : line.text.size();
            OutlineItem action;
            action.kind = ItemKind::Action;
            action.code = codes[i].captured(1);
            action.title = line.text.mid(codes[i].capturedEnd(), end - codes[i].capturedEnd()).trimmed();
            action.source = codes[i].captured(1) + QStringLiteral(" – ") + action.title;
            takeTrailingTimeline(action);
            if (!label.isEmpty())
                action.title = label + QStringLiteral(": ") + action.title;
            actions.push_back(action);
        }
    }
    return actions;
}

} // namespace cairn::textimport
