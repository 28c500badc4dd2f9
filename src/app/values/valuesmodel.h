#pragma once

#include "app/sheet/sheetmodel.h"
#include "core/measure.h"
#include "core/numbertext.h"

namespace cairn {

class PlanDocument;

// Every numeric measure of the plan for one school year, one row each, for
// administrators entering values: code, measure, owner, target, actual,
// group size (n), note, status. Actual, group size and note are editable; a
// pasted block of cells is applied in one undoable step, or not at all.
class ValuesModel : public SheetModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, OwnerColumn, TargetColumn, ActualColumn, GroupSizeColumn, NoteColumn, StatusColumn, ColumnCount };

    explicit ValuesModel(PlanDocument *document, QObject *parent = nullptr);

    void setYear(SchoolYear year);
    SchoolYear year() const { return m_year; }
    // Rows of measures whose owner is one of `owners` (any when empty), in
    // goal `goalCode` (any when empty), without a value only if `missingOnly`.
    void setFilter(const QStringList &owners, const QString &goalCode, bool missingOnly);
    QStringList owners() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Outcome paste(const Entry &entry, bool confirmed = false) override;

    // The measure shown on a row, and the row that shows a measure (-1).
    qint64 keyAt(int row) const override;
    int rowOfKey(qint64 id) const override;
    QString cellName(const QModelIndex &index) const override;

private:
    struct Row {
        qint64 id;
        QString goalCode;
        QString owner; // the measure's or, failing that, its objective's or goal's
    };
    void rebuild();
    const Measure *measureAt(int row) const;
    QString number(const Measure &measure, double value) const;
    // Applies one cell's text to a copy of a measure, read with `mark`;
    // returns a problem or "", and adds the value to `doubts` if it looks mistyped.
    QString applyCell(Measure &measure, int column, const QString &text, DecimalMark mark, std::vector<Doubt> &doubts) const;

    PlanDocument *m_document;
    SchoolYear m_year;
    QStringList m_owners;
    QString m_goal;
    bool m_missingOnly = false;
    std::vector<Row> m_rows;
};

} // namespace cairn
