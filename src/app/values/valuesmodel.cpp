#include "valuesmodel.h"

#include "app/accessibility/accessibletext.h"
#include "app/document/commands.h"
#include "app/outline/statusicons.h"
#include "app/panes/yeartablemodel.h"
#include "core/itemrules.h"
#include "core/numbertext.h"
#include "core/planlocate.h"
#include "core/planwalk.h"
#include "core/statusrules.h"
#include "core/statustext.h"
#include "core/suppression.h"
#include "core/valueplausibility.h"

#include <QLocale>
#include <QSet>

namespace cairn {

namespace {

// What keeps a year's actual of a measure within the plan's limits.
QString actualProblem(const Measure &measure, SchoolYear year)
{
    const FieldProblems problems = ItemRules::actual(measure.actuals.at(year));
    return problems.empty() ? QString() : ValuesModel::tr("%1, actual %2: %3").arg(measure.code, year.label(), problems.front().message);
}

} // namespace

ValuesModel::ValuesModel(PlanDocument *document, QObject *parent)
    : SheetModel(parent)
    , m_document(document)
    , m_year(document->statusYear())
{
    rebuild();
    auto refresh = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(document, &PlanDocument::changed, this, [this, refresh](const PlanChange &change) {
        if (change.type == PlanChange::Type::Fields && change.kind == ItemKind::Measure) {
            for (std::size_t i = 0; i < m_rows.size(); ++i) {
                if (m_rows[i].id == change.id)
                    emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
        } else if (change.type != PlanChange::Type::Fields) {
            refresh();
        }
    });
    connect(document, &PlanDocument::reloaded, this, refresh);
}

void ValuesModel::setYear(SchoolYear year)
{
    beginResetModel();
    m_year = year;
    rebuild();
    endResetModel();
}

void ValuesModel::setFilter(const QStringList &owners, const QString &goalCode, bool missingOnly)
{
    beginResetModel();
    m_owners = owners;
    m_goal = goalCode;
    m_missingOnly = missingOnly;
    rebuild();
    endResetModel();
}

void ValuesModel::rebuild()
{
    m_rows.clear();
    forEachItem(m_document->plan(), [this](const ItemView &item) {
        if (item.kind != ItemKind::Measure || item.measure->type != MeasureType::Numeric)
            return;
        const QString owner = item.owner();
        if (!m_owners.isEmpty() && !m_owners.contains(owner, Qt::CaseInsensitive))
            return;
        if (!m_goal.isEmpty() && item.goal->code != m_goal)
            return;
        if (m_missingOnly && item.measure->actuals.count(m_year))
            return;
        m_rows.push_back({item.measure->id, item.goal->code, owner});
    });
}

QStringList ValuesModel::owners() const
{
    QSet<QString> owners;
    forEachItem(m_document->plan(), [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure && !item.measure->owner.isEmpty())
            owners.insert(item.measure->owner);
        else if (item.kind != ItemKind::Action && item.kind != ItemKind::Measure) {
            const QString &owner = item.objective ? item.objective->owner : item.goal->owner;
            if (!owner.isEmpty())
                owners.insert(owner);
        }
    });
    QStringList list = owners.values();
    list.sort(Qt::CaseInsensitive);
    return list;
}

qint64 ValuesModel::keyAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].id : 0;
}

int ValuesModel::rowOfKey(qint64 id) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(), [id](const Row &row) { return row.id == id; });
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

const Measure *ValuesModel::measureAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    const auto found = locateMeasure(const_cast<Plan &>(m_document->plan()), m_rows[std::size_t(row)].id);
    return found ? &found.item() : nullptr;
}

QString ValuesModel::number(const Measure &measure, double value) const
{
    return QLocale().toString(value, 'f', measure.decimals);
}

int ValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValuesModel::data(const QModelIndex &index, int role) const
{
    const Measure *measure = measureAt(index.row());
    if (!measure)
        return {};
    const auto actual = measure->actuals.find(m_year);
    const bool hasActual = actual != measure->actuals.end();
    switch (index.column()) {
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return measure->code;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return measure->name;
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            return m_rows[std::size_t(index.row())].owner;
        break;
    case TargetColumn:
        if (role == Qt::DisplayRole) {
            const auto target = StatusRules::targetFor(*measure, m_year);
            if (target)
                return target->derived ? tr("%1 (derived)").arg(derivedNumber(*measure, target->value)) : number(*measure, target->value);
        }
        break;
    case ActualColumn:
        if (role == Qt::DisplayRole && hasActual && !actual->second.returned.isEmpty())
            return tr("%1 (returned)").arg(number(*measure, actual->second.value));
        if (role == Qt::ToolTipRole && hasActual && !actual->second.returned.isEmpty())
            return tr("Returned by the coordinator: %1").arg(actual->second.returned);
        if (role == Qt::DisplayRole && hasActual && actual->second.preliminary)
            return tr("%1 (preliminary)").arg(number(*measure, actual->second.value));
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && hasActual)
            return number(*measure, actual->second.value);
        if (role == Qt::AccessibleTextRole && !hasActual)
            return AccessibleText::emptyCell(index, CodeColumn, tr("missing"));
        break;
    case GroupSizeColumn:
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && hasActual && actual->second.n)
            return QString::number(*actual->second.n);
        break;
    case NoteColumn:
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && hasActual)
            return actual->second.note;
        break;
    case StatusColumn: {
        const Judgement judgement = StatusRules::measure(*measure, m_year, m_document->statusYear(), m_document->today());
        if (role == Qt::DisplayRole)
            return StatusText::word(judgement.status);
        if (role == Qt::DecorationRole)
            return StatusIcons::icon(judgement.status);
        break;
    }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == TargetColumn || index.column() == ActualColumn || index.column() == GroupSizeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole)
        return AccessibleText::forEmpty(index, CodeColumn);
    return {};
}

QVariant ValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Measure");
    case OwnerColumn:
        return tr("Owner");
    case TargetColumn:
        return tr("Target %1").arg(m_year.label());
    case ActualColumn:
        return tr("Actual %1").arg(m_year.label());
    case GroupSizeColumn:
        return tr("Group size (n)");
    case NoteColumn:
        return tr("Note");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags ValuesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_document->isReadOnly()
        && (index.column() == ActualColumn || index.column() == GroupSizeColumn || index.column() == NoteColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString ValuesModel::applyCell(Measure &measure, int column, const QString &text, DecimalMark mark, std::vector<Doubt> &doubts) const
{
    const QString value = text.trimmed();
    if (column == NoteColumn) {
        if (value.isEmpty())
            return {};
        if (!measure.actuals.count(m_year))
            return tr("%1: enter the %2 actual before its note").arg(measure.code, m_year.label());
        measure.actuals[m_year].note = value;
        return actualProblem(measure, m_year);
    }
    if (column == GroupSizeColumn) { // blank: no change, as for the actual
        if (value.isEmpty())
            return {};
        if (!measure.actuals.count(m_year))
            return tr("%1: enter the %2 actual before its group size").arg(measure.code, m_year.label());
        const auto n = Suppression::readGroupSize(value);
        if (!n)
            return tr("%1, group size %2: \"%3\": %4").arg(measure.code, m_year.label(), value, Suppression::groupSizeRule());
        measure.actuals[m_year].n = n;
        return {};
    }
    if (column != ActualColumn)
        return tr("%1: only the actual, its group size and the note can be entered here").arg(measure.code);
    if (value.isEmpty()) // blank: no change
        return {};
    const ValueReading reading = ValuePlausibility::read(measure, value, mark);
    if (reading.refused())
        return tr("%1, actual %2: %3").arg(measure.code, m_year.label(), reading.refusal);
    const double number = *reading.value;
    if (measure.actuals.count(m_year) && measure.actuals[m_year].value == number)
        return {};
    if (const QString reason = ValuePlausibility::doubt(measure, number); !reason.isEmpty())
        doubts.push_back({shownNumber(number), tr("the %1 actual of %2").arg(m_year.label(), measure.code), reason});
    Actual actual = measure.actuals.count(m_year) ? measure.actuals[m_year] : Actual();
    actual.value = number;
    actual.who = m_document->repository().actor();
    actual.when = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    measure.actuals[m_year] = actual;
    return actualProblem(measure, m_year);
}

bool ValuesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    return role == Qt::EditRole && index.isValid() && enter(index, value.toString());
}

SheetModel::Outcome ValuesModel::paste(const Entry &entry, bool confirmed)
{
    const auto &[row, column, cells] = entry;
    QStringList numbers;
    for (const QStringList &cellsOfRow : cells)
        if (ActualColumn - column >= 0 && ActualColumn - column < cellsOfRow.size())
            numbers.append(cellsOfRow[ActualColumn - column]);
    const auto mark = commonDecimalMark(numbers, DecimalMark::Either);
    if (!mark)
        return {tr("Some of the pasted numbers use a decimal point and others a decimal comma; nothing was changed."), {}};
    std::vector<Measure> before;
    std::vector<Measure> after;
    std::vector<Doubt> doubts;
    for (int r = 0; r < cells.size(); ++r) {
        const Measure *measure = measureAt(row + r);
        if (!measure)
            return {tr("The pasted block has %1 rows but only %2 fit below the selected row; nothing was changed.")
                        .arg(cells.size())
                        .arg(rowCount() - row),
                    {}};
        Measure changed = *measure;
        for (int c = 0; c < cells[r].size(); ++c) {
            const QString problem = applyCell(changed, column + c, cells[r][c], *mark, doubts);
            if (!problem.isEmpty())
                return {tr("Row %1, %2; nothing was changed.").arg(row + r + 1).arg(problem), {}};
        }
        if (changed != *measure) {
            before.push_back(*measure);
            after.push_back(std::move(changed));
        }
    }
    if (after.empty())
        return {};
    if (!confirmed && !doubts.empty())
        return {{}, ValueQuestion::text(doubts)};
    const QString label = after.size() == 1 ? tr("Enter %1 value of %2").arg(m_year.label(), after.front().code)
                                            : tr("Paste %1 values").arg(after.size());
    if (!m_document->push(new SetMeasureValues(m_document, before, after, label)))
        return {tr("The values were not saved."), {}};
    return {};
}

QString ValuesModel::cellName(const QModelIndex &index) const
{
    const Measure *measure = measureAt(index.row());
    const QString code = measure ? measure->code : QString();
    if (index.column() == NoteColumn)
        return tr("the %1 note of %2").arg(m_year.label(), code);
    if (index.column() == GroupSizeColumn)
        return tr("the %1 group size of %2").arg(m_year.label(), code);
    return tr("the %1 actual of %2").arg(m_year.label(), code);
}

} // namespace cairn
