#pragma once

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace cairn {

// A small table of rows of text (core values, people, responsibilities,
// progress notes) with Add and Remove buttons. Emits edited() when a cell
// is committed or a row added or removed.
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    ListEditor(const QStringList &headers, const QString &accessibleName, QWidget *parent = nullptr);

    void setRows(const QList<QStringList> &rows);
    QList<QStringList> rows() const;
    void setReadOnly(bool readOnly);
    // Shows or hides the columns from `first` on; hidden ones keep their texts.
    void setColumnsShown(int first, bool shown);

signals:
    void edited();

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};

} // namespace cairn
