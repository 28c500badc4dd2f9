#pragma once

#include "core/enums.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace cairn {

class PlanDocument;

// "Who is answerable for what": every role the plan's actions name, each
// with its duties across the plan (action, duty, the action's status and
// timeline). A field narrows the list to the roles containing a text.
// Choosing an action opens it in the Plan tab (itemChosen).
class ResponsibilitiesView : public QWidget
{
    Q_OBJECT

public:
    enum Column { WhatColumn, DutyColumn, StatusColumn, WhenColumn, ColumnCount };

    explicit ResponsibilitiesView(PlanDocument *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *roleFilter() const { return m_filter; }
    // Rebuilds the list from the document, keeping which roles are open
    // and the chosen row; while hidden, only once shown again.
    void refresh();

signals:
    void itemChosen(cairn::ItemKind kind, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void applyFilter();
    void choose(QTreeWidgetItem *item);

    PlanDocument *m_document;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    bool m_stale = false;
};

} // namespace cairn
