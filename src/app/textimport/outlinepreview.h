#pragma once

#include "textimport/outlineedits.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cairn {

// What was read from a plan document, for the person to correct before
// the plan is written: the outline as a tree (kind, code, title, and
// "Uncertain" with an icon where the reading was), the selected item's
// source text and why its reading is uncertain, the paragraphs placed
// nowhere; and the corrections: the item's kind, Move Under…, Merge with
// Next, Split at Cursor (in its source text) and Split into Lines.
class OutlinePreview : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePreview(QWidget *parent = nullptr);

    // Shows `outline`; `today` is the school year a plan with no years of its own starts in.
    void setOutline(textimport::Outline outline, SchoolYear today);
    const textimport::Outline &outline() const { return m_outline; }
    // How many corrections were made since the outline was shown.
    int corrections() const { return m_corrections; }
    // The plan the outline, as corrected, makes.
    Plan plan() const;

    static QString kindName(ItemKind kind);

private:
    void rebuild(const textimport::ItemPath &select);
    void showSelected();
    textimport::ItemPath selectedPath() const;
    void apply(const textimport::edits::Result &result);
    void moveUnder();
    QString describe(const textimport::ItemPath &path) const;

    textimport::Outline m_outline;
    SchoolYear m_today;
    int m_corrections = 0;
    QHash<const textimport::OutlineItem *, QString> m_codes; // by item, as planCodes() gives them
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QComboBox *m_kind;
    QLabel *m_doubtIcon;
    QLabel *m_doubt;
    QPushButton *m_move;
    QPushButton *m_merge;
    QPushButton *m_splitAt;
    QPushButton *m_splitLines;
    QLabel *m_problem;
    QPlainTextEdit *m_source;
    QLabel *m_unplacedLabel;
    QListWidget *m_unplaced;
};

} // namespace cairn
