// File → New Plan from Document…: the Belén plan's text pasted, read,
// corrected in the preview (a kind changed, an item moved, two merged, two
// split) and created as a plan file that passes check and opens in the
// window; Cancel writes nothing.
#include "windowfixture.h"

#include "app/textimport/newplanfromdocumentdialog.h"
#include "core/plancheck.h"

#include <QAccessible>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QTextDocument>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QTreeWidget>

using namespace cairn;
using namespace cairn::test;

namespace {

QString corpusPath(const char *name)
{
    return QStringLiteral(CAIRN_TEST_DATA "/plans-text/") + QString::fromLatin1(name);
}

QString corpusText(const char *name)
{
    QFile file(corpusPath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString belenText()
{
    return corpusText("belen-consolidated-strategic-plan.txt");
}

// Answers each modal dialog of type T that opens while it lives, once, with `answer`.
template<typename T>
class ModalAnswerer
{
public:
    explicit ModalAnswerer(std::function<void(T *)> answer)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this, answer] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible() || dialog == m_answered)
                return;
            m_answered = dialog;
            ++answered;
            answer(dialog);
        });
        m_timer.start();
    }
    int answered = 0;

private:
    QTimer m_timer;
    QPointer<T> m_answered;
};

// The window with no plan open, as it starts.
struct EmptyWindow {
    QTemporaryDir dir;
    MainWindow window;

    EmptyWindow()
    {
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
    }
};

// The dialog shown, the Belén text pasted into it from the clipboard, and Read pressed by its access key.
QTreeWidget *pasteAndRead(NewPlanFromDocumentDialog &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto *text = dialog.findChild<QTextEdit *>(QStringLiteral("documentText"));
    REQUIRE(text);
    CHECK(text->hasFocus());
    QApplication::clipboard()->setText(belenText());
    QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    CHECK(text->toPlainText().contains(QStringLiteral("Recruit, hire, develop, and retain")));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("readOutline"));
    REQUIRE(tree);
    QTest::keyClick(text, Qt::Key_R, Qt::AltModifier);
    CHECK(QTest::qWaitFor([tree] { return tree->isVisible() && tree->topLevelItemCount() > 0; }, 3000));
    return tree;
}

QTreeWidgetItem *rowOf(QTreeWidget *tree, const QString &code)
{
    const QList<QTreeWidgetItem *> rows = tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, 1);
    REQUIRE(rows.size() == 1);
    return rows.first();
}

void clickRow(QTreeWidget *tree, QTreeWidgetItem *row)
{
    tree->scrollToItem(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(row).center());
    REQUIRE(tree->currentItem() == row);
}

// Where a key goes in `window`: its focused widget.
QWidget *keyTarget(QWidget *window)
{
    if (QWidget *focused = QApplication::focusWidget(); focused && focused->window() == window)
        return focused;
    return window->focusWidget() ? window->focusWidget() : window;
}

// Presses a button of the dialog by its access key, as a person does, and waits for its click.
void pressKey(NewPlanFromDocumentDialog &dialog, Qt::Key key, const char *button)
{
    auto *target = dialog.findChild<QAbstractButton *>(QString::fromLatin1(button));
    REQUIRE(target);
    REQUIRE(target->isEnabled());
    bool clicked = false;
    const auto connection = QObject::connect(target, &QAbstractButton::clicked, [&clicked] { clicked = true; });
    // Offscreen, a closed dialog (Move Under) hands activation back to no one; a window manager gives it back.
    QApplication::setActiveWindow(&dialog);
    QTest::keyClick(keyTarget(&dialog), key, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&clicked] { return clicked; }, 2000));
    QObject::disconnect(connection);
}

QStringList childCodes(QTreeWidgetItem *row)
{
    QStringList codes;
    for (int i = 0; i < row->childCount(); ++i)
        codes.append(row->child(i)->text(1));
    return codes;
}

} // namespace

TEST_CASE("the Belén plan's pasted text, corrected in the preview, becomes a plan that passes check and opens",
          "[app][gui][textimport]")
{
    EmptyWindow w;
    const QString target = w.dir.filePath(QStringLiteral("belen.cairn"));
    const bool created = w.window.newPlanFromDocument([&](NewPlanFromDocumentDialog &dialog) {
        QTreeWidget *tree = pasteAndRead(dialog);
        REQUIRE(tree->topLevelItemCount() == 4);
        for (int i = 0; i < 4; ++i)
            CHECK(tree->topLevelItem(i)->text(0) == QStringLiteral("Goal"));
        CHECK(tree->hasFocus());
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("readSummary"))->text().startsWith(QStringLiteral("Read 4 goals, 18 objectives")));

        // "Increase college entry rates" is a measure of objective 1.7: its kind is chosen from the keyboard.
        clickRow(tree, rowOf(tree, QStringLiteral("1.7.1")));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("itemKind"));
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_End);
        QTreeWidgetItem *measure = rowOf(tree, QStringLiteral("1.7-L1"));
        CHECK(measure->text(0) == QStringLiteral("Measure"));
        CHECK(measure->text(2) == QStringLiteral("Increase college entry rates"));
        CHECK(measure->parent() == rowOf(tree, QStringLiteral("1.7")));
        CHECK(tree->currentItem() == measure);

        // The second bond and levy action, under objective 3.5, moves under objective 3.1.
        const QString bond = rowOf(tree, QStringLiteral("3.5.1"))->text(2);
        clickRow(tree, rowOf(tree, QStringLiteral("3.5.1")));
        ModalAnswerer<QInputDialog> chooseParent([](QInputDialog *ask) {
            const QStringList choices = ask->comboBoxItems();
            const auto choice = std::find_if(choices.begin(), choices.end(),
                                             [](const QString &text) { return text.startsWith(QStringLiteral("Objective 3.1 ")); });
            REQUIRE(choice != choices.end());
            ask->setTextValue(*choice);
            QTest::keyClick(keyTarget(ask), Qt::Key_Return);
        });
        pressKey(dialog, Qt::Key_M, "moveUnder");
        CHECK(chooseParent.answered == 1);
        CHECK(rowOf(tree, QStringLiteral("3.1"))->childCount() == 4);
        CHECK(rowOf(tree, QStringLiteral("3.1.4"))->text(2) == bond);
        CHECK(rowOf(tree, QStringLiteral("3.5"))->childCount() == 2);

        // Actions 1.1.1 and 1.1.2 become one.
        clickRow(tree, rowOf(tree, QStringLiteral("1.1.1")));
        pressKey(dialog, Qt::Key_G, "mergeWithNext");
        CHECK(childCodes(rowOf(tree, QStringLiteral("1.1"))) == QStringList{QStringLiteral("1.1.1")});
        CHECK(rowOf(tree, QStringLiteral("1.1.1"))->toolTip(2).contains(QStringLiteral("readiness assessment")));

        // Action 3.4.1 is two sentences, two actions: split where the second begins.
        clickRow(tree, rowOf(tree, QStringLiteral("3.4.1")));
        auto *source = dialog.findChild<QPlainTextEdit *>(QStringLiteral("itemSource"));
        const int at = int(source->toPlainText().indexOf(QStringLiteral("Establish measurable goals")));
        REQUIRE(at > 0);
        QTextCursor cursor = source->textCursor();
        cursor.setPosition(at);
        source->setTextCursor(cursor);
        source->setFocus();
        pressKey(dialog, Qt::Key_S, "splitAtCursor");
        CHECK(childCodes(rowOf(tree, QStringLiteral("3.4"))) == QStringList{QStringLiteral("3.4.1"), QStringLiteral("3.4.2"), QStringLiteral("3.4.3")});
        CHECK(rowOf(tree, QStringLiteral("3.4.2"))->text(2) == QStringLiteral("Establish measurable goals and progress cycles."));
        CHECK(rowOf(tree, QStringLiteral("3.4.2"))->text(0) == QStringLiteral("Action"));

        // Action 3.2.1's listed reports become actions of their own.
        clickRow(tree, rowOf(tree, QStringLiteral("3.2.1")));
        pressKey(dialog, Qt::Key_L, "splitIntoLines");
        CHECK(rowOf(tree, QStringLiteral("3.2"))->childCount() == 7);

        ModalAnswerer<QFileDialog> chooseFile([&target](QFileDialog *ask) {
            ask->selectFile(target);
            QTest::keyClick(keyTarget(ask), Qt::Key_Return);
        });
        CHECK_FALSE(QFileInfo::exists(target)); // nothing is written before Create
        pressKey(dialog, Qt::Key_P, "createPlan");
        CHECK(chooseFile.answered == 1);
        return dialog.result();
    });
    REQUIRE(created);
    REQUIRE(QFileInfo::exists(target));
    const Plan plan = Repository::open(target, Repository::Access::ReadOnly)->load();
    CHECK_FALSE(PlanCheck::hasErrors(PlanCheck::run(plan)));
    REQUIRE(plan.goals.size() == 4);
    const Objective &collegeGaps = plan.goals[0].objectives[6];
    REQUIRE(collegeGaps.measures.size() == 1);
    CHECK(collegeGaps.measures[0].name == QStringLiteral("Increase college entry rates"));
    CHECK(collegeGaps.actions.size() == 2);
    CHECK(plan.goals[0].objectives[0].actions.size() == 1);
    CHECK(plan.goals[2].objectives[0].actions.size() == 4);
    CHECK(plan.goals[2].objectives[1].actions.size() == 7);
    CHECK(plan.goals[2].objectives[3].actions.size() == 3);
    CHECK(plan.goals[2].objectives[4].actions.size() == 2);
    REQUIRE(w.window.document());
    CHECK(QFileInfo(w.window.document()->path()) == QFileInfo(target));
    CHECK(w.window.windowTitle().contains(QStringLiteral("belen.cairn")));
}

TEST_CASE("Cancel in the preview writes nothing and opens nothing", "[app][gui][textimport]")
{
    EmptyWindow w;
    const bool created = w.window.newPlanFromDocument([&](NewPlanFromDocumentDialog &dialog) {
        QTreeWidget *tree = pasteAndRead(dialog);
        CHECK(tree->topLevelItemCount() == 4);
        auto *cancel = dialog.findChild<QAbstractButton *>(QStringLiteral("cancelNewPlan"));
        REQUIRE(cancel);
        QTest::keyClick(keyTarget(&dialog), Qt::Key_Escape);
        CHECK(dialog.isHidden());
        return dialog.result();
    });
    CHECK_FALSE(created);
    CHECK(QDir(w.dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    CHECK_FALSE(w.window.document());
}

TEST_CASE("a plan document pasted as HTML, or opened as an .html file, keeps its tables and the lists in their cells",
          "[app][gui][textimport]")
{
    EmptyWindow w;
    const bool fromFile = GENERATE(false, true);
    CAPTURE(fromFile);
    w.window.newPlanFromDocument([&](NewPlanFromDocumentDialog &dialog) {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        auto *text = dialog.findChild<QTextEdit *>(QStringLiteral("documentText"));
        REQUIRE(text);
        if (fromFile) {
            ModalAnswerer<QFileDialog> chooseFile([](QFileDialog *ask) {
                ask->selectFile(corpusPath("table-plan.html"));
                QTest::keyClick(keyTarget(ask), Qt::Key_Return);
            });
            pressKey(dialog, Qt::Key_O, "openDocument");
            CHECK(chooseFile.answered == 1);
        } else {
            // What a web browser puts on the clipboard: the page's HTML, and its text without the table.
            const QString html = corpusText("table-plan.html");
            QTextDocument page;
            page.setHtml(html);
            auto *copied = new QMimeData;
            copied->setHtml(html);
            copied->setText(page.toPlainText());
            QApplication::clipboard()->setMimeData(copied);
            QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        }
        CHECK(text->toPlainText().contains(QStringLiteral("Intervene early for students who struggle")));
        pressKey(dialog, Qt::Key_R, "readDocument");
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("readOutline"));
        CHECK(tree->topLevelItemCount() == 2);
        CHECK(childCodes(rowOf(tree, QStringLiteral("1.1")))
              == QStringList{QStringLiteral("1.1.1"), QStringLiteral("1.1.2"), QStringLiteral("1.1.3"), QStringLiteral("1.1-L1"),
                             QStringLiteral("1.1-L2")});
        CHECK(childCodes(rowOf(tree, QStringLiteral("1.2-L1"))) == QStringList{QStringLiteral("1.2-L1a"), QStringLiteral("1.2-L1b")});
        return int(QDialog::Rejected);
    });
}

TEST_CASE("every control of New Plan from Document is named for a screen reader, before and after Read",
          "[app][gui][textimport][accessibility]")
{
    EmptyWindow w;
    w.window.newPlanFromDocument([](NewPlanFromDocumentDialog &dialog) {
        const auto unnamed = [&dialog] {
            QStringList found;
            for (QWidget *widget : dialog.findChildren<QWidget *>()) {
                if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || qobject_cast<QTreeWidget *>(widget->parent()))
                    continue;
                const QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    found.append(widget->objectName() + QLatin1Char(' ') + QString::fromLatin1(widget->metaObject()->className()));
            }
            return found.join(QStringLiteral(", ")).toStdString();
        };
        dialog.show();
        CHECK(unnamed() == "");
        pasteAndRead(dialog);
        CHECK(unnamed() == "");
        return int(QDialog::Rejected);
    });
}

TEST_CASE("reading the text again asks before it drops the corrections made in the preview", "[app][gui][textimport]")
{
    EmptyWindow w;
    w.window.newPlanFromDocument([&](NewPlanFromDocumentDialog &dialog) {
        QTreeWidget *tree = pasteAndRead(dialog);
        const int asRead = rowOf(tree, QStringLiteral("3.2"))->childCount();
        clickRow(tree, rowOf(tree, QStringLiteral("3.2.1")));
        pressKey(dialog, Qt::Key_L, "splitIntoLines");
        REQUIRE(rowOf(tree, QStringLiteral("3.2"))->childCount() == 7);

        // Back to the text, Read again: the person keeps the corrections.
        pressKey(dialog, Qt::Key_B, "backToText");
        QString asked;
        {
            ModalAnswerer<QMessageBox> keep([&asked](QMessageBox *box) {
                asked = box->text();
                box->findChild<QAbstractButton *>(QStringLiteral("keepCorrections"))->click();
            });
            pressKey(dialog, Qt::Key_R, "readDocument");
            CHECK(QTest::qWaitFor([&keep] { return keep.answered == 1; }, 2000));
        }
        CHECK(asked.contains(QStringLiteral("drops the 1 correction you made in the preview")));
        CHECK(tree->isVisible());
        CHECK(rowOf(tree, QStringLiteral("3.2"))->childCount() == 7);

        // Again, and this time the text is read afresh.
        pressKey(dialog, Qt::Key_B, "backToText");
        {
            ModalAnswerer<QMessageBox> readAgain(
                [](QMessageBox *box) { box->findChild<QAbstractButton *>(QStringLiteral("readAgain"))->click(); });
            pressKey(dialog, Qt::Key_R, "readDocument");
            CHECK(QTest::qWaitFor([&readAgain] { return readAgain.answered == 1; }, 2000));
        }
        CHECK(tree->isVisible());
        CHECK(rowOf(tree, QStringLiteral("3.2"))->childCount() == asRead);

        // With no correction made since, Read asks nothing.
        pressKey(dialog, Qt::Key_B, "backToText");
        pressKey(dialog, Qt::Key_R, "readDocument");
        CHECK(tree->isVisible());
        dialog.reject();
        return dialog.result();
    });
}

TEST_CASE("a new plan from a document is never written over the plan open in the window", "[app][gui][textimport]")
{
    EmptyWindow w;
    const QString open = w.dir.filePath(QStringLiteral("socorro.cairn"));
    Repository::create(open, readPlanJson(socorroSample()));
    REQUIRE(w.window.openPlan(open));
    const QByteArray before = [&open] {
        QFile file(open);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    QString refusal;
    const bool created = w.window.newPlanFromDocument([&](NewPlanFromDocumentDialog &dialog) {
        pasteAndRead(dialog);
        ModalAnswerer<QFileDialog> chooseFile([&open](QFileDialog *ask) {
            ask->selectFile(open);
            QTest::keyClick(keyTarget(ask), Qt::Key_Return);
        });
        ModalAnswerer<QMessageBox> answer([&refusal](QMessageBox *box) {
            if (box->icon() == QMessageBox::Warning)
                refusal = box->text();
            box->button(box->buttons().contains(box->button(QMessageBox::Yes)) ? QMessageBox::Yes : QMessageBox::Ok)->click();
        });
        pressKey(dialog, Qt::Key_P, "createPlan");
        CHECK(QTest::qWaitFor([&refusal] { return !refusal.isEmpty(); }, 3000));
        CHECK(dialog.isVisible()); // the person may choose another file
        dialog.reject();
        return dialog.result();
    });
    CHECK_FALSE(created);
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QStringLiteral("open in this window")));
    QFile file(open);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    REQUIRE(w.window.document());
    CHECK(w.window.document()->plan().goals.size() == readPlanJson(socorroSample()).goals.size());
}
