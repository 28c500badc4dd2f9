#pragma once

#include "core/enums.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cairn {

class PlanDocument;

// The coordinator's approval queue: every preliminary value of the plan,
// newest year first, with its owner and who entered it when. Approve makes
// the chosen values final; Return sends them back to their owners with a
// note they see on My Updates. Each is one undo step, audited like any
// value. Choosing a row's measure (double-click) opens it in the Plan tab.
class ApprovalsView : public QWidget
{
    Q_OBJECT

public:
    enum Column { MeasureColumn, YearColumn, ValueColumn, OwnerColumn, EnteredColumn, StateColumn, ColumnCount };

    explicit ApprovalsView(PlanDocument *document, QWidget *parent = nullptr);

    QTreeWidget *queue() const { return m_queue; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *returnButton() const { return m_return; }
    QLabel *message() const { return m_message; }
    QLabel *summary() const { return m_summary; }

    // Approves the chosen rows' values.
    void approveChosen();
    // Returns the chosen rows' values with `note`; a blank note is refused.
    void returnChosen(const QString &note);

signals:
    void itemChosen(cairn::ItemKind kind, qint64 id);

private:
    void refresh();
    void updateButtons();
    void askAndReturn();
    // Replaces the chosen values with `change(value)`, as one undo step named `text`.
    template<typename Change>
    void settleChosen(const QString &text, Change change);

    PlanDocument *m_document;
    QLabel *m_summary;
    QLabel *m_message;
    QTreeWidget *m_queue;
    QPushButton *m_approve;
    QPushButton *m_return;
};

} // namespace cairn
