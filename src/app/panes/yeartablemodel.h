#pragma once

#include "app/sheet/sheetmodel.h"
#include "core/measure.h"
#include "core/numbertext.h"

namespace cairn {

class PlanDocument;

// A numeric measure's years: school year, target (derived ones shown as
// such), actual, the student group's size (n) the actual is about, status
// and note. Editing a target, actual or note, or
// pasting a block of them, pushes one undoable edit; a cell that is not a
// number is refused and reported. A cell being edited shows the value as
// stored; only its display is rounded to the measure's decimals.
class YearTableModel : public SheetModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, TargetColumn, ActualColumn, GroupSizeColumn, StatusColumn, NoteColumn, ColumnCount };

    explicit YearTableModel(PlanDocument *document, QObject *parent = nullptr);

    void setMeasure(qint64 id);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Outcome paste(const Entry &entry, bool confirmed = false) override;
    // Rows are keyed by their school year's first calendar year.
    qint64 keyAt(int row) const override;
    int rowOfKey(qint64 key) const override;
    QString cellName(const QModelIndex &index) const override;

private:
    // A note or group size: a detail of a year's actual.
    QString applyDetail(Measure &measure, int row, int column, const QString &text) const;
    // Applies one cell's text to a copy of the measure, read with `mark`;
    // returns a problem or "", and adds the value to `doubts` if it looks mistyped.
    QString applyCell(Measure &measure, int row, int column, const QString &text, DecimalMark mark, std::vector<Doubt> &doubts) const;
    SchoolYear yearAt(int row) const;
    QString number(double value) const;
    // The target or actual stored for a year, as the table shows it now.
    std::optional<double> storedAt(SchoolYear year, int column) const;
    static QString columnWord(int column);

    PlanDocument *m_document;
    qint64 m_id = 0;
    Measure m_measure;
    SchoolYear m_first;
    SchoolYear m_last;
};

// A derived target as text: one decimal more than the measure shows.
QString derivedNumber(const Measure &measure, double value);

} // namespace cairn
