#include "valuescsv.h"

#include "core/itemrules.h"
#include "core/numbertext.h"
#include "core/planlocate.h"
#include "core/planrules.h"
#include "core/planwalk.h"
#include "core/statusrules.h"
#include "core/suppression.h"
#include "core/valueplausibility.h"

#include <QHash>
#include <QStringDecoder>

#include <cmath>

namespace cairn {

namespace {

enum Column { CodeColumn, NameColumn, OwnerColumn, UnitColumn, YearColumn, TargetColumn, ActualColumn, GroupSizeColumn, NoteColumn,
              SourceColumn, StatusColumn, AsOfColumn, ColumnCount };

const char *const headers[ColumnCount] = {"code",   "measure", "owner", "unit",   "school year", "target",
                                          "actual", "n",       "note",  "source", "status",      "as of"};

QString numberText(double value)
{
    // Six decimals at most: a derived target does not print binary noise.
    return QString::number(std::round(value * 1e6) / 1e6, 'g', 15);
}

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')) && field.trimmed() == field)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString unitText(const Measure &measure)
{
    return measure.unit == Unit::Custom ? measure.customUnit : measure.unit == Unit::Unspecified ? QString() : toToken(measure.unit);
}

// "School year", "school_year", "SchoolYear" and "Year" all name one column.
int columnOf(const QString &header)
{
    QString name = header.trimmed().toLower();
    name.remove(QLatin1Char('_')).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (name == QLatin1String("year"))
        return YearColumn;
    if (name == QLatin1String("measurecode"))
        return CodeColumn;
    if (name == QLatin1String("measurename") || name == QLatin1String("name"))
        return NameColumn;
    if (name == QLatin1String("groupsize") || name == QLatin1String("groupsize(n)"))
        return GroupSizeColumn;
    for (int column = 0; column < ColumnCount; ++column) {
        QString known = QString::fromLatin1(headers[column]);
        known.remove(QLatin1Char(' '));
        if (name == known)
            return column;
    }
    return -1;
}

} // namespace

QString ValuesCsv::Problem::toString() const
{
    return line == 0 ? message : ValuesCsv::tr("line %1: %2").arg(line).arg(message);
}

QByteArray ValuesCsv::write(const Plan &plan, const Selection &selection)
{
    QStringList lines;
    QStringList header;
    for (const char *name : headers)
        header.append(QString::fromLatin1(name));
    lines.append(header.join(QLatin1Char(',')));
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind != ItemKind::Measure || item.measure->type != MeasureType::Numeric)
            return;
        const Measure &measure = *item.measure;
        const QString owner = item.owner();
        if (!selection.owner.isEmpty() && owner != selection.owner)
            return;
        if (!selection.goal.isEmpty() && item.goal->code != selection.goal)
            return;
        const auto actual = measure.actuals.find(selection.year);
        const bool has = actual != measure.actuals.end();
        if (selection.missingOnly && has)
            return;
        const auto target = StatusRules::targetFor(measure, selection.year);
        QStringList fields{measure.code,
                           measure.name,
                           owner,
                           unitText(measure),
                           selection.year.label(),
                           target ? numberText(target->value) : QString(),
                           has ? numberText(actual->second.value) : QString(),
                           has && actual->second.n ? QString::number(*actual->second.n) : QString(),
                           has ? actual->second.note : QString(),
                           has && !actual->second.source.isEmpty() ? actual->second.source : measure.source,
                           has ? (actual->second.preliminary ? QStringLiteral("preliminary") : QStringLiteral("final")) : QString(),
                           has ? actual->second.asOf.toString(Qt::ISODate) : QString()};
        for (QString &field : fields)
            field = quoted(field);
        lines.append(fields.join(QLatin1Char(',')));
    });
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArray("\r\n");
}

ValuesCsv::Applied ValuesCsv::apply(const Plan &plan, const std::vector<Change> &changes)
{
    Applied applied;
    Plan &lookup = const_cast<Plan &>(plan); // only read
    for (const Change &change : changes) {
        auto found = std::find_if(applied.after.begin(), applied.after.end(), [&](const Measure &m) { return m.id == change.measureId; });
        if (found == applied.after.end()) {
            const auto located = locateMeasure(lookup, change.measureId);
            if (!located)
                continue;
            applied.before.push_back(located.item());
            applied.after.push_back(located.item());
            found = applied.after.end() - 1;
        }
        found->actuals[change.year] = change.after;
    }
    return applied;
}

QList<QStringList> ValuesCsv::parse(const QString &text, QChar *separatorOut)
{
    // The separator is the one of , ; and tab that the first line uses most
    // outside quotes.
    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(firstEnd < 0 ? text.size() : firstEnd);
    QChar separator = QLatin1Char(',');
    int best = -1;
    for (QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        int count = 0;
        bool inQuotes = false;
        for (QChar c : first) {
            if (c == QLatin1Char('"'))
                inQuotes = !inQuotes;
            else if (!inQuotes && c == candidate)
                ++count;
        }
        if (count > best) {
            best = count;
            separator = candidate;
        }
    }
    if (separatorOut)
        *separatorOut = separator;

    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    auto endField = [&] {
        row.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            wasQuoted = true;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endField();
            rows.append(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        endField();
        rows.append(row);
    }
    return rows;
}

ValuesCsv::Reading ValuesCsv::read(const Plan &plan, const QByteArray &bytes, const QString &who, const QDateTime &when)
{
    Reading reading;
    auto problem = [&](int line, const QString &message) { reading.problems.push_back({line, message}); };

    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(data);
    if (utf8.hasError()) // a sheet saved as "CSV" by Excel on Windows: treat as Latin-1
        text = QString::fromLatin1(data);

    QChar separator;
    const QList<QStringList> rows = parse(text, &separator);
    if (rows.isEmpty()) {
        problem(0, tr("the file is empty; export a sheet from Cairn to see the columns it needs"));
        return reading;
    }
    int columns[ColumnCount];
    std::fill(std::begin(columns), std::end(columns), -1);
    for (int i = 0; i < rows[0].size(); ++i) {
        const int column = columnOf(rows[0][i]);
        if (column >= 0 && columns[column] < 0)
            columns[column] = i;
    }
    for (int required : {CodeColumn, YearColumn, ActualColumn}) {
        if (columns[required] < 0)
            problem(1, tr("the header has no \"%1\" column; the first line must name the columns, as in a sheet exported from Cairn")
                           .arg(QString::fromLatin1(headers[required])));
    }
    if (!reading.problems.empty())
        return reading;

    // The file's decimal mark, from the numbers in it.
    QStringList numbers;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        for (int column : {TargetColumn, ActualColumn}) {
            if (columns[column] >= 0 && columns[column] < rows[r].size())
                numbers.append(rows[r][columns[column]]);
        }
    }
    const auto common = commonDecimalMark(numbers, separator == QLatin1Char(';') ? DecimalMark::Comma : DecimalMark::Either);
    if (!common) {
        problem(0, tr("some numbers use a decimal point and others a decimal comma; use one convention throughout the file"));
        return reading;
    }
    const DecimalMark mark = *common;

    QHash<QString, const Measure *> measures;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure)
            measures.insert(item.code, item.measure);
    });
    struct Seen {
        int line;
        QString year; // as written
    };
    QHash<QString, Seen> seen; // code + school year -> where first

    for (qsizetype r = 1; r < rows.size(); ++r) {
        const int line = int(r) + 1;
        const QStringList &cells = rows[r];
        auto cell = [&](int column) { return columns[column] >= 0 && columns[column] < cells.size() ? cells[columns[column]].trimmed() : QString(); };
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); })) {
            ++reading.unchanged;
            continue;
        }
        const QString code = cell(CodeColumn);
        const Measure *measure = measures.value(code);
        if (!measure) {
            problem(line, tr("there is no measure with the code \"%1\" in this plan").arg(code));
            continue;
        }
        if (measure->type != MeasureType::Numeric) {
            problem(line, tr("%1 is not a numeric measure; its progress is not entered as a value").arg(code));
            continue;
        }
        const auto year = SchoolYear::parse(cell(YearColumn));
        if (!year) {
            problem(line, tr("\"%1\" is not a school year such as %2").arg(cell(YearColumn), plan.reportYear.label()));
            continue;
        }
        if (*year < plan.firstYear || *year > plan.lastYear) {
            problem(line, tr("%1 is outside the plan's school years %2 to %3").arg(year->label(), plan.firstYear.label(), plan.lastYear.label()));
            continue;
        }
        // Keyed by the year, not by how it is written: "2024" and "2024-25"
        // are one row twice.
        const QString key = code + QLatin1Char('|') + year->label();
        if (const auto first = seen.constFind(key); first != seen.constEnd()) {
            problem(line, tr("%1: %2 (the first is on line %3)")
                              .arg(code, PlanRules::sameYearProblem(first->year, cell(YearColumn), *year))
                              .arg(first->line));
            continue;
        }
        seen.insert(key, {line, cell(YearColumn)});

        if (columns[TargetColumn] >= 0 && !cell(TargetColumn).isEmpty()) {
            const auto written = parseNumber(cell(TargetColumn), mark);
            const auto target = StatusRules::targetFor(*measure, *year);
            if (!written || !target || std::abs(*written - target->value) > 1e-6 * std::max(1.0, std::abs(target->value))) {
                problem(line, tr("the target of %1 for %2 was changed to \"%3\"; targets are not imported from sheets, change it in Cairn")
                                  .arg(code, year->label(), cell(TargetColumn)));
                continue;
            }
        }
        const QString status = cell(StatusColumn).toLower();
        if (!status.isEmpty() && status != QLatin1String("preliminary") && status != QLatin1String("final")) {
            problem(line, tr("the status \"%1\" is neither preliminary nor final").arg(cell(StatusColumn)));
            continue;
        }
        const QDate asOf = QDate::fromString(cell(AsOfColumn), Qt::ISODate);
        if (!cell(AsOfColumn).isEmpty() && !asOf.isValid()) {
            problem(line, tr("the as-of date \"%1\" is not a date such as 2025-06-30").arg(cell(AsOfColumn)));
            continue;
        }
        std::optional<int> groupSize;
        if (!cell(GroupSizeColumn).isEmpty()) {
            groupSize = Suppression::readGroupSize(cell(GroupSizeColumn));
            if (!groupSize) {
                problem(line, tr("the group size (n) of %1 for %2, \"%3\": %4")
                                  .arg(code, year->label(), cell(GroupSizeColumn), Suppression::groupSizeRule()));
                continue;
            }
        }
        const QString actualText = cell(ActualColumn);
        if (actualText.isEmpty()) { // blank: no change
            ++reading.unchanged;
            continue;
        }
        const ValueReading number = ValuePlausibility::read(*measure, actualText, mark);
        if (number.refused()) {
            problem(line, tr("the actual of %1 for %2: %3").arg(code, year->label(), number.refusal));
            continue;
        }
        const auto value = number.value;

        const auto existing = measure->actuals.find(*year);
        std::optional<Actual> before;
        if (existing != measure->actuals.end())
            before = existing->second;
        Actual after = before.value_or(Actual());
        after.value = *value;
        if (columns[NoteColumn] >= 0)
            after.note = cell(NoteColumn);
        if (columns[SourceColumn] >= 0)
            after.source = cell(SourceColumn) == measure->source ? QString() : cell(SourceColumn);
        if (!status.isEmpty())
            after.preliminary = status == QLatin1String("preliminary");
        if (columns[AsOfColumn] >= 0)
            after.asOf = asOf;
        if (columns[GroupSizeColumn] >= 0)
            after.n = groupSize;
        if (before && after == *before) {
            ++reading.unchanged;
            continue;
        }
        after.who = who;
        after.when = when;
        const FieldProblems broken = ItemRules::actual(after);
        for (const FieldProblem &rule : broken)
            problem(line, tr("%1 %2: %3").arg(code, year->label(), rule.message));
        if (!broken.empty())
            continue;
        reading.changes.push_back({line, measure->id, code, *year, before, after});
        if (const QString doubt = ValuePlausibility::doubt(*measure, *value); !doubt.isEmpty() && (!before || before->value != *value))
            reading.warnings.push_back({line, tr("check the actual of %1 for %2, %3: %4").arg(code, year->label(), shownNumber(*value), doubt)});
    }
    return reading;
}

} // namespace cairn
