#include "pane.h"

#include "assessmenteditor.h"
#include "districtplan.h"
#include "listeditor.h"
#include "supportseditor.h"

#include "app/document/plandocument.h"
#include "core/lastsaving.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>

namespace cairn {

namespace {

// Puts `message` right after `field` in whichever of the layouts below
// `layout` holds the field; false when none does.
bool placeAfter(QLayout *layout, QWidget *field, QWidget *message)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(field, &row, &role);
        if (row >= 0) {
            // In the fields' column, so it reads as part of the field.
            form->insertRow(row + 1, static_cast<QWidget *>(nullptr), message);
            return true;
        }
    } else if (auto *box = qobject_cast<QBoxLayout *>(layout); box && box->indexOf(field) >= 0) {
        box->insertWidget(box->indexOf(field) + 1, message);
        return true;
    }
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout *inner = layout->itemAt(i)->layout(); inner && placeAfter(inner, field, message))
            return true;
    return false;
}

// Takes `message` out of whichever of the layouts below `layout` holds it.
void takeOut(QLayout *layout, QWidget *message)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(message, &row, &role);
        if (row >= 0) {
            const QFormLayout::TakeRowResult taken = form->takeRow(row);
            delete taken.fieldItem; // the layout's wrapper, not the message
            return;
        }
    } else if (layout->indexOf(message) >= 0) {
        layout->removeWidget(message);
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout *inner = layout->itemAt(i)->layout())
            takeOut(inner, message);
}

// The message under a field. Its height is set for its width when it is
// shown, so it does not ask the layout for height-for-width: Qt 6.4's
// QFormLayout, asked for that while some of its rows are hidden (as the
// measure pane hides the rows of other measure types), writes past the end
// of its row array, because it still visits the hidden rows.
class MessageLabel : public QLabel
{
public:
    using QLabel::QLabel;
    bool hasHeightForWidth() const override { return false; }
};

} // namespace

Pane::Pane(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_message(new MessageLabel(this))
{
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setMargin(6);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // It takes the focus (to copy it); named even before it says anything.
    m_message->setAccessibleName(tr("Problem"));
    m_message->setStyleSheet(
        QStringLiteral("QLabel { color: #8E1010; background: #FDECEA; border-left: 4px solid #B71C1C; font-weight: 600; }"));
    m_message->hide();
}

void Pane::commitFrom(QWidget *field)
{
    m_committing = field;
    if (saveOverTheirs(field))
        commit();
}

bool Pane::saveOverTheirs(QWidget *field)
{
    // A change saved elsewhere is taken in now, while the field still counts
    // as being typed, so that it cannot be lost in the reload of the edit.
    m_typing = field;
    m_document->reloadIfChangedElsewhere();
    m_typing = nullptr;
    const auto theirs = m_theirs.constFind(field);
    if (theirs == m_theirs.constEnd())
        return true;
    const QString stored = *theirs;
    m_theirs.erase(theirs);
    auto *line = qobject_cast<QLineEdit *>(field);
    const QString mine = line ? line->text() : qobject_cast<QPlainTextEdit *>(field)->toPlainText();
    if (mine == stored)
        return true;

    // Who saved it and when, as the plan's log says (on a server, the
    // login the server stamped on it).
    const ItemView *item = kind() ? m_document->item(*kind(), m_id) : nullptr;
    const std::optional<AuditEntry> saving =
        lastSaving(m_document->plan().audit, kind(), item ? item->code : QString(), stored);
    const QString question =
        saving ? tr("While you were typing in “%1”, %4 saved “%2” there (%5).\n\nSave yours, “%3”, over it?")
                     .arg(field->accessibleName(), stored, mine, saving->who,
                          QLocale().toString(saving->when.toLocalTime(), QLocale::ShortFormat))
               : tr("While you were typing in “%1”, another window or cairn-cli saved “%2” there.\n\n"
                    "Save yours, “%3”, over it?")
                     .arg(field->accessibleName(), stored, mine);
    QMessageBox box(QMessageBox::Question, tr("Changed Elsewhere"), question, QMessageBox::NoButton, this);
    QPushButton *saveMine = box.addButton(tr("&Save Mine"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep Theirs"), QMessageBox::RejectRole);
    box.setDefaultButton(saveMine);
    box.exec();
    if (box.clickedButton() == saveMine)
        return true;
    m_shown.remove(field); // so that the fill below is not taken for typing
    if (line) {
        line->setModified(false);
        fill(line, stored);
    } else {
        qobject_cast<QPlainTextEdit *>(field)->document()->setModified(false);
        fill(qobject_cast<QPlainTextEdit *>(field), stored);
    }
    return false;
}

Pane::~Pane()
{
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

SupportsEditor *Pane::addSupportsRow(QFormLayout *form, const QString &label, const QString &accessibleName)
{
    auto *editor = new SupportsEditor(accessibleName, this);
    auto *name = new QLabel(label, this);
    name->setBuddy(editor->edit());
    editor->setLabel(name);
    form->addRow(name, editor);
    watch(editor->edit());
    connect(editor, &SupportsEditor::chosen, this, [this, editor] {
        if (!m_filling) {
            editor->edit()->setModified(false);
            commitFrom(editor->edit());
        }
    });
    return editor;
}

void Pane::addSpanishRow(QFormLayout *form, QWidget *original, const char *field, const QString &label, const QString &accessibleName)
{
    QWidget *edit = nullptr;
    if (qobject_cast<QPlainTextEdit *>(original)) {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(original->maximumHeight());
        watch(text);
        edit = text;
    } else {
        auto *line = new QLineEdit(this);
        watch(line);
        edit = line;
    }
    edit->setObjectName(original->objectName() + QStringLiteral("Spanish"));
    edit->setAccessibleName(accessibleName);
    auto *name = new QLabel(label, this);
    name->setBuddy(edit);
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(original, &row, &role);
    form->insertRow(row < 0 ? form->rowCount() : row + 1, name, edit);
    // In the tab order right after the original, where the eye finds it.
    setTabOrder(original, edit);
    name->setVisible(m_spanishShown);
    edit->setVisible(m_spanishShown);
    m_spanish.push_back({field, name, edit});
}

void Pane::fillSpanish(const Translation &texts)
{
    for (const SpanishRow &row : m_spanish) {
        const QString text = translated(texts, QString::fromLatin1(row.field));
        if (auto *line = qobject_cast<QLineEdit *>(row.edit))
            fill(line, text);
        else
            fill(static_cast<QPlainTextEdit *>(row.edit), text);
    }
    QList<QWidget *> edits;
    for (const SpanishRow &row : m_spanish)
        edits.append(row.edit);
    setReadOnly(edits, document()->isReadOnly());
}

void Pane::readSpanish(Translation &texts) const
{
    for (const SpanishRow &row : m_spanish) {
        const auto *line = qobject_cast<QLineEdit *>(row.edit);
        translate(texts, QString::fromLatin1(row.field), line ? line->text() : static_cast<QPlainTextEdit *>(row.edit)->toPlainText());
    }
}

void Pane::setSpanishShown(bool shown)
{
    m_spanishShown = shown;
    for (const SpanishRow &row : m_spanish) {
        row.label->setVisible(shown);
        row.edit->setVisible(shown);
    }
    for (const SpanishColumns &list : m_spanishColumns)
        list.list->setColumnsShown(list.first, shown);
}

void Pane::addSpanishColumns(ListEditor *list, int first)
{
    list->setColumnsShown(first, m_spanishShown);
    m_spanishColumns.push_back({list, first});
}

void Pane::fillSupports(SupportsEditor *editor, const QStringList &codes)
{
    const Plan &plan = document()->plan();
    editor->setShown(plan.kind != PlanKind::District || !codes.isEmpty());
    fill(editor->edit(), SupportsEditor::textOf(codes));
    editor->setDistrict(DistrictPlan::of(plan));
    setReadOnly({editor->edit()}, document()->isReadOnly());
}

void Pane::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        if (!m_filling && edit->isModified()) {
            edit->setModified(false);
            commitFrom(edit);
        }
    });
}

void Pane::watch(QPlainTextEdit *edit)
{
    edit->installEventFilter(this);
}

void Pane::watch(QComboBox *combo)
{
    connect(combo, &QComboBox::activated, this, [this, combo] {
        if (!m_filling)
            commitFrom(combo);
    });
}

void Pane::watch(QSpinBox *spin)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
        if (!m_filling)
            commitFrom(spin);
    });
}

void Pane::watch(QCheckBox *check)
{
    connect(check, &QCheckBox::toggled, this, [this, check] {
        if (!m_filling)
            commitFrom(check);
    });
}

void Pane::watch(ListEditor *list)
{
    connect(list, &ListEditor::edited, this, [this, list] { commitFrom(list); });
}

void Pane::watch(AssessmentEditor *assessment)
{
    connect(assessment, &AssessmentEditor::edited, this, [this, assessment] { commitFrom(assessment); });
}

bool Pane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_filling) {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched); edit && edit->document()->isModified()) {
            edit->document()->setModified(false);
            commitFrom(edit);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Pane::setReadOnly(const QList<QWidget *> &fields, bool readOnly)
{
    for (QWidget *field : fields) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->setReadOnly(readOnly);
        else
            field->setEnabled(!readOnly);
    }
}

bool Pane::isBeingTyped(const QWidget *field, bool modified) const
{
    return field == m_typing || (modified && field->hasFocus());
}

template<typename Field>
bool Pane::keepTyping(Field *field, bool modified, const QString &text)
{
    if (!isBeingTyped(field, modified)) {
        m_shown.insert(field, text);
        m_theirs.remove(field);
        return false;
    }
    if (text != m_shown.value(field))
        m_theirs.insert(field, text);
    return true;
}

void Pane::fill(QLineEdit *edit, const QString &text)
{
    if (keepTyping(edit, edit->isModified(), text))
        return;
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

void Pane::fill(QPlainTextEdit *edit, const QString &text)
{
    if (keepTyping(edit, edit->document()->isModified(), text))
        return;
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
    edit->document()->setModified(false);
}

void Pane::refuse(const QString &text)
{
    refresh();
    showProblem(m_committing, tr("%1 The field shows the saved value again.").arg(text));
}

void Pane::showProblem(QWidget *field, const QString &text)
{
    takeOut(layout(), m_message);
    if (!field || !placeAfter(layout(), field, m_message)) {
        if (auto *box = qobject_cast<QBoxLayout *>(layout()))
            box->insertWidget(1, m_message); // under the heading
    }
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
    // The scroll area sizes the pane without asking wrapped text for its
    // height at the width it gets, which would leave the message too tall.
    m_message->setFixedHeight(m_message->heightForWidth(field ? field->width() : width()));
    m_message->show();
    // The form may be scrolled anywhere: bring the message to the eye.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent)) {
            if (field)
                area->ensureWidgetVisible(field);
            area->ensureWidgetVisible(m_message);
            break;
        }
    }
}

void Pane::clearProblem()
{
    m_message->hide();
}

QString Pane::refusal(const FieldProblems &problems, const QString &consequence)
{
    if (problems.empty())
        return {};
    // The rules' messages are phrases ("the tolerance must not be negative").
    QString sentence = problems.front().message;
    sentence[0] = sentence[0].toUpper();
    return tr("%1; %2.").arg(sentence, consequence);
}

} // namespace cairn
