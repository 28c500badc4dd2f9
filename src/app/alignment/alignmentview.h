#pragma once

#include "app/alignment/schoolplans.h"

#include "core/alignment.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace cairn {

class MeasureComparisonView;
class PlanDocument;

// The Alignment tab of a district plan: the school improvement plans chosen
// for it (remembered by the plan's id), a matrix of district goals and
// objectives × schools (how many school items support each, and their
// rolled-up status), what needs fixing (objectives no school supports,
// school items that support nothing, links to codes the district plan does
// not have, plans aligned to another district plan), each with how to fix
// it, and a district measure's values beside its supporting school measures'.
class AlignmentView : public QWidget
{
    Q_OBJECT

public:
    enum IssueColumn { IssueItemColumn, IssueSchoolColumn, IssueFixColumn, IssueColumnCount };

    explicit AlignmentView(PlanDocument *document, QWidget *parent = nullptr);

    QTableWidget *matrix() const { return m_matrix; }
    QTreeWidget *issues() const { return m_issues; }
    QLabel *fix() const { return m_fix; }
    MeasureComparisonView *measures() const { return m_measures; }
    const Alignment &alignment() const { return m_alignment; }

    // Adds plan files (a folder adds the plans in it) and remembers them.
    void addSchoolPlans(const QStringList &paths);
    void removeAllSchoolPlans();

signals:
    void itemChosen(cairn::ItemKind kind, qint64 id);
    // A school plan to open, to fix what its row says.
    void schoolPlanChosen(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseFiles();
    void chooseFolder();
    void reload();  // reads the remembered files again
    void refresh(); // the alignment again from the plans read
    void fillMatrix();
    void fillIssues();
    void choose(QTreeWidgetItem *item);
    std::vector<Plan> schoolPlans() const;

    PlanDocument *m_document;
    QLabel *m_summary;
    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QPushButton *m_removeAll;
    QTableWidget *m_matrix;
    QTreeWidget *m_issues;
    QLabel *m_fix; // the chosen row's fix in full
    MeasureComparisonView *m_measures;
    QStringList m_paths;
    std::vector<SchoolPlans::Loaded> m_loaded;
    std::vector<QString> m_schoolPaths; // the file of each of m_alignment.schools
    std::vector<QString> m_elsewherePaths;
    Alignment m_alignment;
};

} // namespace cairn
