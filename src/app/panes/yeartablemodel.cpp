#include "yeartablemodel.h"

#include "pane.h"

#include "app/accessibility/accessibletext.h"
#include "app/document/commands.h"
#include "app/outline/statusicons.h"
#include "core/numbertext.h"
#include "core/valueplausibility.h"
#include "core/statusrules.h"
#include "core/statustext.h"
#include "core/suppression.h"

#include <QFont>
#include <QLocale>

namespace cairn {

YearTableModel::YearTableModel(PlanDocument *document, QObject *parent)
    : SheetModel(parent)
    , m_document(document)
{
}

void YearTableModel::setMeasure(qint64 id)
{
    m_id = id;
    refresh();
}

void YearTableModel::refresh()
{
    const auto placed = m_document->find(ItemKind::Measure, m_id);
    const qint64 shownId = m_measure.id;
    const SchoolYear first = m_first;
    const SchoolYear last = m_last;
    Measure measure = placed ? std::get<Measure>(placed->item) : Measure();
    const Plan &plan = m_document->plan();
    SchoolYear newFirst = plan.firstYear;
    if (measure.baseline.year && *measure.baseline.year < newFirst)
        newFirst = *measure.baseline.year;
    if (measure.id == shownId && newFirst == first && plan.lastYear == last) {
        // The same rows: refresh the cells, so the current cell and an open
        // editor stay where they are (the next value goes where it should).
        m_measure = std::move(measure);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_measure = std::move(measure);
    m_first = newFirst;
    m_last = plan.lastYear;
    endResetModel();
}

qint64 YearTableModel::keyAt(int row) const
{
    return yearAt(row).start();
}

int YearTableModel::rowOfKey(qint64 key) const
{
    const int row = int(key) - m_first.start();
    return row >= 0 && row < rowCount() ? row : -1;
}

QString YearTableModel::cellName(const QModelIndex &index) const
{
    return tr("the %1 %2 of %3").arg(yearAt(index.row()).label(), columnWord(index.column()), m_measure.code);
}

SchoolYear YearTableModel::yearAt(int row) const
{
    return SchoolYear(m_first.start() + row);
}

std::optional<double> YearTableModel::storedAt(SchoolYear year, int column) const
{
    if (column == TargetColumn && m_measure.targets.count(year))
        return m_measure.targets.at(year);
    if (column == ActualColumn && m_measure.actuals.count(year))
        return m_measure.actuals.at(year).value;
    return std::nullopt;
}

QString YearTableModel::number(double value) const
{
    return QLocale().toString(value, 'f', m_measure.decimals);
}

QString YearTableModel::columnWord(int column)
{
    switch (column) {
    case TargetColumn:
        return tr("target");
    case ActualColumn:
        return tr("actual");
    case GroupSizeColumn:
        return tr("group size (n)");
    case NoteColumn:
        return tr("note");
    }
    return {};
}

QString derivedNumber(const Measure &measure, double value)
{
    // A derived target is shown with a decimal more than the measure's when
    // it has one, so that 91.6 is not shown as 92 while values are judged
    // against 91.6; 33 stays "33", not "33.0".
    const QLocale locale;
    const QString finer = locale.toString(value, 'f', measure.decimals + 1);
    const QString plain = locale.toString(value, 'f', measure.decimals);
    return locale.toDouble(finer) == locale.toDouble(plain) ? plain : finer;
}

int YearTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_id == 0 ? 0 : m_last.start() - m_first.start() + 1;
}

int YearTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const SchoolYear year = yearAt(index.row());
    const bool isBaseline = m_measure.baseline.year == year;
    const auto target = StatusRules::targetFor(m_measure, year);
    const auto actual = m_measure.actuals.find(year);
    const bool hasActual = actual != m_measure.actuals.end();
    switch (index.column()) {
    case YearColumn:
        if (role == Qt::DisplayRole)
            return isBaseline ? tr("%1 (baseline)").arg(year.label()) : year.label();
        break;
    case TargetColumn:
        if (role == Qt::DisplayRole && target)
            return target->derived ? tr("%1 (derived)").arg(derivedNumber(m_measure, target->value)) : number(target->value);
        if (role == Qt::EditRole)
            return m_measure.targets.count(year) ? storedNumber(m_measure.targets.at(year)) : QString();
        if (role == Qt::FontRole && target && target->derived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::ToolTipRole && target && target->derived)
            return tr("Derived on the line from the baseline to the final target; type a value to set it.");
        break;
    case ActualColumn:
        if (role == Qt::DisplayRole && hasActual && actual->second.preliminary)
            return tr("%1 (preliminary)").arg(number(actual->second.value));
        if (role == Qt::DisplayRole && hasActual)
            return number(actual->second.value);
        if (role == Qt::EditRole && hasActual)
            return storedNumber(actual->second.value);
        if (role == Qt::DisplayRole && isBaseline && m_measure.baseline.value)
            return number(*m_measure.baseline.value);
        break;
    case StatusColumn: {
        if (isBaseline && !target)
            break; // the starting point is not judged
        const Judgement judgement = StatusRules::measure(m_measure, year, m_document->statusYear(), m_document->today());
        if (role == Qt::DisplayRole)
            return StatusText::word(judgement.status);
        if (role == Qt::DecorationRole)
            return StatusIcons::icon(judgement.status);
        break;
    }
    case GroupSizeColumn:
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && hasActual && actual->second.n)
            return QString::number(*actual->second.n);
        if (role == Qt::ToolTipRole)
            return tr("How many students the value is about, for a student group: published values of groups too small "
                      "for the plan's rule are hidden.");
        break;
    case NoteColumn:
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && hasActual)
            return actual->second.note;
        break;
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == TargetColumn || index.column() == ActualColumn || index.column() == GroupSizeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole)
        return AccessibleText::forEmpty(index, YearColumn);
    return {};
}

QVariant YearTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case YearColumn:
        return tr("School year");
    case TargetColumn:
        return tr("Target");
    case ActualColumn:
        return tr("Actual");
    case GroupSizeColumn:
        return tr("Group size (n)");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags YearTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const int column = index.column();
    if (!m_document->isReadOnly() && (column == TargetColumn || column == ActualColumn || column == GroupSizeColumn || column == NoteColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool YearTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    return role == Qt::EditRole && index.isValid() && enter(index, value.toString());
}

QString YearTableModel::applyDetail(Measure &measure, int row, int column, const QString &text) const
{
    const SchoolYear year = yearAt(row);
    if (!measure.actuals.count(year)) {
        if (text.isEmpty())
            return {};
        return column == NoteColumn ? tr("Enter the %1 actual before its note.").arg(year.label())
                                    : tr("Enter the %1 actual before its group size.").arg(year.label());
    }
    Actual &actual = measure.actuals[year];
    if (column == NoteColumn) {
        actual.note = text;
        return {};
    }
    if (text.isEmpty()) {
        actual.n.reset();
        return {};
    }
    const auto n = Suppression::readGroupSize(text);
    if (!n)
        return tr("\"%1\": %2; %3 was not changed.").arg(text, Suppression::groupSizeRule(), cellName(index(row, column)));
    actual.n = n;
    return {};
}

QString YearTableModel::applyCell(Measure &measure, int row, int column, const QString &typed, DecimalMark mark,
                                  std::vector<Doubt> &doubts) const
{
    const SchoolYear year = yearAt(row);
    const QString text = typed.trimmed();
    if (column == NoteColumn || column == GroupSizeColumn)
        return applyDetail(measure, row, column, text);
    if (column != TargetColumn && column != ActualColumn)
        return tr("Only targets, actuals, group sizes and notes can be entered here; nothing was changed.");
    const ValueReading reading = ValuePlausibility::read(measure, text, mark);
    if (reading.refused())
        return tr("%1; %2 was not changed.").arg(reading.refusal, cellName(index(row, column)));
    const std::optional<double> number = reading.value;
    if (number && number != storedAt(year, column)) {
        if (const QString reason = ValuePlausibility::doubt(m_measure, *number); !reason.isEmpty())
            doubts.push_back({shownNumber(*number), cellName(index(row, column)), reason});
    }
    if (column == TargetColumn) {
        if (number)
            measure.targets[year] = *number;
        else
            measure.targets.erase(year);
        return {};
    }
    if (number && measure.actuals.count(year) && measure.actuals[year].value == *number)
        return {};
    if (!number) {
        measure.actuals.erase(year);
        return {};
    }
    Actual actual = measure.actuals.count(year) ? measure.actuals[year] : Actual();
    actual.value = *number;
    actual.who = m_document->repository().actor();
    actual.when = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    measure.actuals[year] = actual;
    return {};
}

SheetModel::Outcome YearTableModel::paste(const Entry &entry, bool confirmed)
{
    const auto &[row, column, cells] = entry;
    QStringList numbers;
    for (const QStringList &cellsOfRow : cells)
        for (int c = 0; c < cellsOfRow.size(); ++c)
            if (column + c == TargetColumn || column + c == ActualColumn)
                numbers.append(cellsOfRow[c]);
    const auto mark = commonDecimalMark(numbers, DecimalMark::Either);
    if (!mark)
        return {tr("Some of the pasted numbers use a decimal point and others a decimal comma; nothing was changed."), {}};
    Measure after = m_measure;
    std::vector<Doubt> doubts;
    for (int r = 0; r < cells.size(); ++r) {
        if (row + r >= rowCount())
            return {tr("The pasted block has %1 rows but only %2 fit below the selected row; nothing was changed.")
                        .arg(cells.size())
                        .arg(rowCount() - row),
                    {}};
        for (int c = 0; c < cells[r].size(); ++c) {
            const QString problem = applyCell(after, row + r, column + c, cells[r][c], *mark, doubts);
            if (!problem.isEmpty())
                return {problem, {}};
        }
    }
    const bool one = cells.size() == 1 && cells.front().size() == 1;
    if (const FieldProblems broken = ItemRules::measure(after); !broken.empty())
        return {Pane::refusal(broken, one ? tr("%1 was not changed").arg(cellName(index(row, column))) : tr("nothing was changed")), {}};
    if (after == m_measure)
        return {};
    if (!confirmed && !doubts.empty())
        return {{}, ValueQuestion::text(doubts)};
    const QString label = one ? tr("Set %1").arg(cellName(index(row, column))) : tr("Paste values into %1").arg(m_measure.code);
    if (!m_document->push(new EditMeasure(m_document, m_measure, after, label)))
        return {tr("The values were not saved."), {}};
    return {};
}

} // namespace cairn
