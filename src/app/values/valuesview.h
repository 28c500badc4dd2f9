#pragma once

#include "storage/valuescsv.h"

#include <QWidget>

#include <optional>

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
    // A cell being typed in when another writer's change arrives: kept
    // through the reload and put back, or explained when that writer
    // changed the same value.
    struct Typing {
        qint64 measureId = 0;
        int column = 0;
        QString typed;
        QString stored; // the cell's value when typing began
    };
    void rememberTyping();
    void restoreTyping();

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
    std::optional<Typing> m_typing;
};

} // namespace cairn
