#include "yeartablemodel.h"

#include "pane.h"

#include "app/document/commands.h"
#include "app/outline/statusicons.h"
#include "core/numbertext.h"
#include "core/statusrules.h"
#include "core/statustext.h"

#include <QFont>
#include <QLocale>

namespace cairn {

YearTableModel::YearTableModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
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
    beginResetModel();
    const auto placed = m_document->find(ItemKind::Measure, m_id);
    m_measure = placed ? std::get<Measure>(placed->item) : Measure();
    const Plan &plan = m_document->plan();
    m_first = plan.firstYear;
    m_last = plan.lastYear;
    if (m_measure.baseline.year && *m_measure.baseline.year < m_first)
        m_first = *m_measure.baseline.year;
    endResetModel();
}

SchoolYear YearTableModel::yearAt(int row) const
{
    return SchoolYear(m_first.start() + row);
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
    case NoteColumn:
        return tr("note");
    }
    return {};
}

QString derivedNumber(const Measure &measure, double value)
{
    // A derived target is shown with a decimal more than the measure's, so
    // that 91.6 is not shown as 92 while values are judged against 91.6.
    return QLocale().toString(value, 'f', measure.decimals + 1);
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
            return m_measure.targets.count(year) ? number(m_measure.targets.at(year)) : QString();
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
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && hasActual)
            return number(actual->second.value);
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
    case NoteColumn:
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && hasActual)
            return actual->second.note;
        break;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == TargetColumn || index.column() == ActualColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
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
    if (!m_document->isReadOnly() && (column == TargetColumn || column == ActualColumn || column == NoteColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool YearTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const SchoolYear year = yearAt(index.row());
    const QString text = value.toString().trimmed();
    Measure after = m_measure;
    QString label;
    if (index.column() == NoteColumn) {
        if (!after.actuals.count(year)) {
            emit problem(tr("Enter the %1 actual before its note.").arg(year.label()));
            return false;
        }
        after.actuals[year].note = text;
        label = tr("Edit %1 note of %2").arg(year.label(), m_measure.code);
    } else {
        std::optional<double> number;
        if (!text.isEmpty()) {
            number = parseNumber(text);
            if (!number) {
                emit problem(tr("\"%1\" is not a number; the %2 %3 of %4 was not changed.")
                                 .arg(text, year.label(), columnWord(index.column()), m_measure.code));
                return false;
            }
        }
        if (index.column() == TargetColumn) {
            if (number)
                after.targets[year] = *number;
            else
                after.targets.erase(year);
            label = tr("Set %1 target of %2").arg(year.label(), m_measure.code);
        } else {
            if (number && after.actuals.count(year) && after.actuals[year].value == *number)
                return true;
            if (number) {
                Actual actual = after.actuals.count(year) ? after.actuals[year] : Actual();
                actual.value = *number;
                actual.who = m_document->repository().actor();
                actual.when = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
                after.actuals[year] = actual;
            } else {
                after.actuals.erase(year);
            }
            label = tr("Set %1 actual of %2").arg(year.label(), m_measure.code);
        }
    }
    if (const FieldProblems broken = ItemRules::measure(after); !broken.empty()) {
        emit problem(Pane::refusal(broken, tr("the %1 %2 of %3 was not changed").arg(year.label(), columnWord(index.column()), m_measure.code)));
        return false;
    }
    emit problem({});
    if (after == m_measure)
        return true;
    return m_document->push(new EditMeasure(m_document, m_measure, after, label));
}

} // namespace cairn
