#pragma once

#include "core/enums.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cairn {

class PlanDocument;

// The Plan Quality tab: the plan reviewed against Cairn's plan-quality
// rubric, component by component (its state as a word and a shape, what
// the plan has, what to add and the items concerned), and the plan's check
// findings grouped by kind. Enter on an item's row shows it in the Plan tab.
class QualityView : public QWidget
{
    Q_OBJECT

public:
    enum Column { ComponentColumn, StateColumn, FoundColumn, ColumnCount };

    explicit QualityView(PlanDocument *document, QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QTreeWidget *rubric() const { return m_rubric; }
    QTreeWidget *findings() const { return m_findings; }

signals:
    void itemChosen(cairn::ItemKind kind, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void fillRubric();
    void fillFindings();
    void choose(QTreeWidgetItem *item);

    PlanDocument *m_document;
    QLabel *m_summary;
    QTreeWidget *m_rubric;
    QTreeWidget *m_findings;
};

} // namespace cairn
