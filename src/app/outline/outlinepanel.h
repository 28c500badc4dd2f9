#pragma once

#include "core/enums.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeView;

namespace cairn {

class OutlineFilter;
class OutlineModel;
class PlanDocument;

// The plan outline with its filter (text, status, owner) and the edits that
// act on the selected row: add, delete, move up and down.
class OutlinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePanel(PlanDocument *document, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    OutlineModel *model() const { return m_model; }
    void focusFilter();
    // Selects an item in the outline (clearing a filter that hides it).
    void select(ItemKind kind, qint64 id);
    // Selects nothing: the plan itself.
    void clearCurrent();

    // The selected item, if any.
    std::optional<std::pair<ItemKind, qint64>> selected() const;

    void addGoal();
    void addObjective();
    void addAction();
    void addMeasure();
    void addChildMeasure();
    void deleteSelected();
    void moveSelected(int delta);

signals:
    // No item (kind unset) means the plan itself.
    void currentItemChanged(std::optional<cairn::ItemKind> kind, qint64 id);
    void itemAdded();

private:
    void emitCurrent();
    // The first code `candidate(1)`, `candidate(2)`, ... that no item uses.
    QString freeCode(const std::function<QString(int)> &candidate) const;

    PlanDocument *m_document;
    OutlineModel *m_model;
    OutlineFilter *m_filter;
    QLineEdit *m_text;
    QComboBox *m_status;
    QLineEdit *m_owner;
    QTreeView *m_tree;
    std::optional<std::pair<ItemKind, QString>> m_remembered; // across a reload
};

} // namespace cairn
