#pragma once

#include "core/enums.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cairn {

class PlanDocument;

// The Plan Quality tab: the plan reviewed against a plan-quality rubric
// (Cairn's, or a state's chosen from a file), component by component (its state as a word and a shape, what
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

    // Reviews the plan with the rubric in the file at `path` from now on
    // (remembered for this plan); an empty path goes back to Cairn's. A
    // file that is not a rubric is refused with its problems, and nothing
    // changes.
    bool useRubric(const QString &path);

signals:
    void itemChosen(cairn::ItemKind kind, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void fillRubric();
    void fillFindings();
    void choose(QTreeWidgetItem *item);
    void chooseRubricFile();

    PlanDocument *m_document;
    QLabel *m_summary;
    QPushButton *m_chooseRubric;
    QPushButton *m_builtInRubric;
    QTreeWidget *m_rubric;
    QTreeWidget *m_findings;
};

} // namespace cairn
