#pragma once

#include "core/enums.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cairn {

class PlanDocument;
class SheetView;
class ValuesModel;

// "My updates": what one person has to update for the year under review,
// where an owner lands on opening a shared plan. It says when the
// coordinator's data call is due and what is still missing, returned or
// waiting for approval; their measures' values are entered here as in
// Update Values; their actions are listed with their progress, and choosing
// one opens it in the Plan tab (itemChosen) for its status and notes.
class MyUpdatesView : public QWidget
{
    Q_OBJECT

public:
    enum ActionColumn { ActionWhatColumn, ActionStatusColumn, ActionPercentColumn, ActionNoteColumn, ActionColumnCount };

    explicit MyUpdatesView(PlanDocument *document, QWidget *parent = nullptr);

    // Who the view is for: `person` as they are shown, and the owner names
    // they answer to (their name, their role). Rebuilds the view.
    void setPerson(const QString &person, const QStringList &names);
    QStringList names() const { return m_names; }

    ValuesModel *model() const { return m_model; }
    SheetView *table() const { return m_table; }
    QTreeWidget *actions() const { return m_actions; }
    QLabel *summary() const { return m_summary; }

signals:
    void itemChosen(cairn::ItemKind kind, qint64 id);

private:
    void refresh();
    void fillActions();
    void showProblem(const QString &message);

    PlanDocument *m_document;
    QString m_person;
    QStringList m_names;
    QLabel *m_heading;
    QLabel *m_due;
    QLabel *m_summary;
    QLabel *m_message;
    ValuesModel *m_model;
    SheetView *m_table;
    QLabel *m_actionsLabel;
    QTreeWidget *m_actions;
};

} // namespace cairn
