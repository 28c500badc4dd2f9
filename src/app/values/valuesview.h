#pragma once

#include "storage/valuescsv.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace cairn {

class PlanDocument;
class ValuesModel;

// "Update values": the grid where administrators enter a school year's
// actual values, filtered by owner, goal or missing values, with paste
// from a spreadsheet.
class ValuesView : public QWidget
{
    Q_OBJECT

public:
    explicit ValuesView(PlanDocument *document, QWidget *parent = nullptr);

    ValuesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Pastes the clipboard at the current cell.
    void pasteClipboard();
    // The year and filters chosen, as a sheet selection.
    ValuesCsv::Selection selection() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillChoices();
    void applyFilter();
    void showProblem(const QString &message);

    PlanDocument *m_document;
    ValuesModel *m_model;
    QComboBox *m_year;
    QComboBox *m_owner;
    QComboBox *m_goal;
    QCheckBox *m_missing;
    QLabel *m_message;
    QTableView *m_table;
};

} // namespace cairn
