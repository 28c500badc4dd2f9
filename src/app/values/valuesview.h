#pragma once

#include "storage/valuescsv.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace cairn {

class PlanDocument;
class SheetView;
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
    SheetView *table() const { return m_table; }
    // Pastes the clipboard at the current cell.
    void pasteClipboard();
    // The year and filters chosen, as a sheet selection.
    ValuesCsv::Selection selection() const;

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
    SheetView *m_table;
};

} // namespace cairn
