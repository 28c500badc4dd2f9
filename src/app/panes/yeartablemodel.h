#pragma once

#include "core/measure.h"

#include <QAbstractTableModel>

namespace cairn {

class PlanDocument;

// A numeric measure's years: school year, target (derived ones shown as
// such), actual, status and note. Editing a target, actual or note pushes
// one undoable edit; a cell that is not a number is refused and reported.
class YearTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, TargetColumn, ActualColumn, StatusColumn, NoteColumn, ColumnCount };

    explicit YearTableModel(PlanDocument *document, QObject *parent = nullptr);

    void setMeasure(qint64 id);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void problem(const QString &message);

private:
    SchoolYear yearAt(int row) const;
    QString number(double value) const;
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
