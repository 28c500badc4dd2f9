#include "tableplan.h"

#include "itemlines.h"
#include "linereading.h"

#include <QRegularExpression>

#include <array>

namespace cairn::textimport {

namespace {

QString joined(const SourceLines &lines)
{
    QStringList texts;
    for (const SourceLine &line : lines)
        texts.append(line.text);
    return texts.join(QLatin1Char(' '));
}

const SourceLines &cell(const QList<SourceLines> &row, int column)
{
    static const SourceLines none;
    return column >= 0 && column < row.size() ? row.at(column) : none;
}

// "Students: Grow and support each student": a short name before the title.
void splitShortName(OutlineItem &goal)
{
    static const QRegularExpression named(QStringLiteral(R"(^([^:]{1,40}):\s+(.+)$)"));
    if (const auto match = named.match(goal.title); match.hasMatch()) {
        goal.shortName = match.captured(1);
        goal.title = match.captured(2);
    }
}

OutlineItem itemOfCell(const SourceLines &lines, ItemKind kind)
{
    OutlineItem item;
    item.kind = kind;
    item.source = joined(lines);
    const LineReading reading = readLine(lines.first().text);
    if (reading.role == LineReading::Role::Item) {
        item.code = reading.code;
        item.title = reading.rest;
    } else {
        item.title = lines.first().text;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (item.title.isEmpty())
            item.title = lines.at(i).text;
        else
            item.description += (item.description.isEmpty() ? QString() : QStringLiteral("\n")) + lines.at(i).text;
    }
    while (item.title.endsWith(QLatin1Char(':')))
        item.title.chop(1);
    return item;
}

// The code a "#" cell gives an item under `parent`: as written when it is
// a whole code ("1.1.2", "1.1A"), else after its parent's ("2" → "1.1.2").
QString codeOfNumber(const SourceLines &cell, const OutlineItem *parent)
{
    const QString number = joined(cell).trimmed().remove(QRegularExpression(QStringLiteral(R"([.)]$)")));
    if (number.isEmpty() || number.contains(QLatin1Char('.')) || !parent || parent->code.isEmpty())
        return number;
    return parent->code + QLatin1Char('.') + number;
}

bool sameItem(const OutlineItem *open, const OutlineItem &item)
{
    return open && (item.code.isEmpty() ? open->title == item.title : open->code == item.code);
}

} // namespace

PlanColumns planColumns(const SourceTable &table)
{
    PlanColumns columns;
    if (table.rows.size() < 2)
        return columns;
    struct Role {
        const char *words;
        int PlanColumns::*column;
    };
    // In this order: "Long term measures (SMART goal …)" is a measure column, not a goal's.
    static const std::array roles{
        Role{R"(progress|evidence|monitor|progreso|evidencia)", &PlanColumns::progress},
        Role{R"(long[\s-]*term|outcome|measure|indicator|result|metric|success|resultado|medida|indicador)", &PlanColumns::longTerm},
        Role{R"(objective|objetivo)", &PlanColumns::objective},
        Role{R"(action|activit|strateg|step|initiative|acci[oó]n|actividad|estrategia)", &PlanColumns::action},
        Role{R"(responsib|person|lead|owner|who\b|responsable|encargado)", &PlanColumns::responsibility},
        Role{R"(timeline|when\b|date|time\s*frame|cronograma|fecha|plazo)", &PlanColumns::timeline},
        Role{R"(priorit|goal|meta\b|prioridad)", &PlanColumns::goal},
    };
    static const QRegularExpression number(QStringLiteral(R"(^\s*(#|no\.?|n[uú]m(ero|ber)?\.?|code|c[oó]digo)\s*$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QList<SourceLines> &header = table.rows.first();
    for (int column = 0; column < header.size(); ++column) {
        const QString heading = joined(header.at(column));
        if (columns.number < 0 && number.match(heading).hasMatch()) {
            columns.number = column;
            continue;
        }
        for (const Role &role : roles) {
            const QRegularExpression words(QString::fromUtf8(role.words), QRegularExpression::CaseInsensitiveOption);
            if (columns.*role.column < 0 && words.match(heading).hasMatch()) {
                columns.*role.column = column;
                break;
            }
        }
    }
    return columns;
}

void readPlanTable(const SourceTable &table, const PlanColumns &columns, OutlineCursor &cursor)
{
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QList<SourceLines> &row = table.rows.at(r);
        if (const SourceLines &goal = cell(row, columns.goal); !goal.isEmpty()) {
            OutlineItem item = itemOfCell(goal, ItemKind::Goal);
            splitShortName(item);
            if (!sameItem(cursor.goal(), item))
                cursor.addGoal(item);
        }
        const SourceLines &number = cell(row, columns.number);
        if (const SourceLines &objective = cell(row, columns.objective); !objective.isEmpty()) {
            OutlineItem item = itemOfCell(objective, ItemKind::Objective);
            if (item.code.isEmpty() && columns.action < 0)
                item.code = codeOfNumber(number, cursor.goal());
            if (!sameItem(cursor.objective(), item))
                cursor.addObjective(item);
        }
        std::vector<Responsibility> responsibilities;
        for (const SourceLine &line : cell(row, columns.responsibility))
            responsibilities.push_back(responsibilityOf(line.text));
        std::vector<OutlineItem> actions = actionsFromLines(cell(row, columns.action));
        if (actions.size() == 1 && actions.front().code.isEmpty())
            actions.front().code = codeOfNumber(number, cursor.objective() ? cursor.objective() : cursor.goal());
        for (OutlineItem action : actions) {
            action.responsibilities = responsibilities;
            if (!responsibilities.empty())
                action.owner = responsibilities.front().role;
            for (const SourceLine &line : cell(row, columns.timeline))
                readTimeline(action, line.text);
            cursor.addAction(action);
        }
        for (const OutlineItem &measure : measuresFromLines(cell(row, columns.progress), MeasureKind::Progress))
            cursor.addMeasure(measure);
        for (const OutlineItem &measure : measuresFromLines(cell(row, columns.longTerm), MeasureKind::LongTerm))
            cursor.addMeasure(measure);
    }
}

} // namespace cairn::textimport
