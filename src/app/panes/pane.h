#pragma once

#include "core/enums.h"
#include "core/itemrules.h"
#include "core/translation.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;
class QComboBox;
class QSpinBox;
class QFormLayout;

namespace cairn {

class AssessmentEditor;
class ListEditor;
class PlanDocument;
class SupportsEditor;

// Base of the editor panes. A pane shows one item; whenever a field is
// committed (Enter or leaving a line, leaving a text box, choosing in a
// list) it reads all its fields into a copy of the item and, if anything
// differs, pushes one undoable edit. Refreshes never touch the field being
// typed in; when another writer saved that field meanwhile, committing it
// asks whether to save the typed text over theirs. An edit that is refused is said right under the field it came
// from, brought into view, and the fields show the stored values again.
class Pane : public QWidget
{
    Q_OBJECT

public:
    explicit Pane(PlanDocument *document, QWidget *parent = nullptr);
    // Its fields stop reaching it before they go: a field that loses the
    // focus as the window closes must not commit into a pane half destroyed.
    ~Pane() override;

    // Shows the item (ignored by the plan pane) and re-reads it after changes.
    virtual void showItem(qint64 id) = 0;
    virtual void refresh() = 0;
    // The kind of item it shows; none for the plan's own fields.
    virtual std::optional<ItemKind> kind() const { return std::nullopt; }
    qint64 itemId() const { return m_id; }

    // The first of the problems that keep an edit from being saved, as a
    // sentence ending in `consequence`; empty when there are none.
    static QString refusal(const FieldProblems &problems, const QString &consequence = tr("nothing was saved"));

    // Shows or hides the fields of the item's texts in Spanish (View → Spanish Texts).
    void setSpanishShown(bool shown);

protected:
    PlanDocument *document() const { return m_document; }
    virtual void commit() = 0;

    // Connects a field so that committing it calls commit().
    void watch(QLineEdit *edit);
    void watch(QPlainTextEdit *edit);
    void watch(QComboBox *combo);
    void watch(QSpinBox *spin);
    void watch(QCheckBox *check);
    void watch(ListEditor *list);
    void watch(AssessmentEditor *assessment);
    void setReadOnly(const QList<QWidget *> &fields, bool readOnly);

    // Adds a school plan item's Supports field as the last row of `form`, watched.
    SupportsEditor *addSupportsRow(QFormLayout *form, const QString &label, const QString &accessibleName);
    // Shows `codes` in it, offering the district plan's items; hidden in a district plan.
    void fillSupports(SupportsEditor *editor, const QStringList &codes);

    // Adds, right under the row of `original` in `form`, a watched field for
    // the Spanish words of the item's text `field` ("title"), of the same kind.
    void addSpanishRow(QFormLayout *form, QWidget *original, const char *field, const QString &label, const QString &accessibleName);
    // Shows the item's Spanish texts in those fields, and reads them back
    // into `texts` (a blank field: no Spanish text).
    void fillSpanish(const Translation &texts);
    void readSpanish(Translation &texts) const;
    // The columns of `list` from `first` on hold Spanish texts: shown and
    // hidden with the Spanish fields.
    void addSpanishColumns(ListEditor *list, int first);

    // Sets a field's text unless someone is typing in it; then the stored
    // text is kept aside, for the question when the typing is committed.
    void fill(QLineEdit *edit, const QString &text);
    void fill(QPlainTextEdit *edit, const QString &text);

    // Refuses the edit being committed: says why under the field it came
    // from and puts the stored values back in the fields.
    void refuse(const QString &text);
    // A message right under `field` (under the heading without one), in view.
    void showProblem(QWidget *field, const QString &text);
    void clearProblem();

    bool eventFilter(QObject *watched, QEvent *event) override;

    qint64 m_id = 0;
    bool m_filling = false;

private:
    void commitFrom(QWidget *field);
    // Takes in any change saved elsewhere, leaving `field` as typed; false
    // when the user keeps the other writer's text in it.
    bool saveOverTheirs(QWidget *field);
    // Whether a refresh must leave `field` alone, given that it is modified.
    bool isBeingTyped(const QWidget *field, bool modified) const;
    template<typename Field>
    bool keepTyping(Field *field, bool modified, const QString &text);

    struct SpanishRow {
        const char *field;
        QLabel *label;
        QWidget *edit; // a QLineEdit or a QPlainTextEdit
    };
    std::vector<SpanishRow> m_spanish;
    struct SpanishColumns {
        ListEditor *list;
        int first;
    };
    std::vector<SpanishColumns> m_spanishColumns;
    bool m_spanishShown = false;

    PlanDocument *m_document;
    QLabel *m_message;
    QWidget *m_committing = nullptr;
    QWidget *m_typing = nullptr;             // left alone while changes are taken in
    QHash<const QWidget *, QString> m_shown;  // the stored text each field last showed
    QHash<const QWidget *, QString> m_theirs; // stored text that changed under typing
};

} // namespace cairn
