// The keyboard ways through the app: access keys (Alt+letter) that each do
// one thing in their window, and arrow keys from a filter field to the list
// it filters.
#include "windowfixture.h"

#include "app/outline/outlinepanel.h"
#include "app/textimport/newplanfromdocumentdialog.h"
#include "app/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextEdit>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace cairn;
using namespace cairn::test;

namespace {

// The access key of a text: the character after a single '&', in lower case.
QChar accessKey(const QString &text)
{
    for (qsizetype at = text.indexOf(QLatin1Char('&')); at >= 0 && at + 1 < text.size(); at = text.indexOf(QLatin1Char('&'), at + 2)) {
        if (text.at(at + 1) != QLatin1Char('&'))
            return text.at(at + 1).toLower();
    }
    return {};
}

// Every access key a user can press in `window` as it is shown now: its menu
// bar's menus, and the tabs, buttons, group boxes and labels (of a field)
// that are visible. Hidden ones do not answer their key.
QMultiMap<QChar, QString> accessKeys(QWidget *window)
{
    QMultiMap<QChar, QString> keys;
    const auto add = [&keys](const QString &text) {
        if (const QChar key = accessKey(text); !key.isNull())
            keys.insert(key, text);
    };
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *menu : main->menuBar()->actions())
            add(menu->text());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    }
    return keys;
}

// "f: &File, &Fill targets" for every key that answers for more than one thing.
QStringList sharedKeys(QWidget *window)
{
    const QMultiMap<QChar, QString> keys = accessKeys(window);
    QStringList shared;
    for (const QChar key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            shared.append(QStringLiteral("%1: %2").arg(key, keys.values(key).join(QStringLiteral(", "))));
    }
    return shared;
}

QAction *menuAction(const MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            if (QString(action->text()).remove(QLatin1Char('&')) == text)
                return action;
    FAIL("no menu entry " << text.toStdString());
    return nullptr;
}

// Runs `open`, which shows a modal dialog, and checks the dialog's access keys before closing it.
void checkDialog(const std::function<void()> &open, const char *what)
{
    bool seen = false;
    QTimer::singleShot(0, qApp, [&seen, what] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        seen = true;
        INFO(what << ": " << dialog->windowTitle().toStdString());
        CHECK(sharedKeys(dialog).join(QStringLiteral("; ")).toStdString() == "");
        CHECK_FALSE(accessKeys(dialog).isEmpty());
        QMetaObject::invokeMethod(dialog, "reject");
    });
    open();
    CHECK(seen);
}

} // namespace

TEST_CASE("every menu's entries have different access keys", "[app][gui][keyboard]")
{
    Window w;
    QStringList menus;
    for (QAction *menuAction : w.window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        REQUIRE(menu);
        menus.append(menuAction->text());
        QMap<QChar, QString> seen;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QChar key = accessKey(action->text());
            INFO(menuAction->text().toStdString() << ": " << action->text().toStdString());
            CHECK_FALSE(key.isNull());
            CHECK_FALSE(seen.contains(key));
            seen.insert(key, action->text());
        }
    }
    CHECK(menus.size() == 4);
}

TEST_CASE("in the main window each access key answers for one thing, on every tab and pane", "[app][gui][keyboard]")
{
    Window w;
    const std::vector<std::pair<const char *, std::function<void()>>> views{
        {"Dashboard", [&w] { w.workspace()->showTab(Workspace::Tab::Dashboard); }},
        {"Plan pane", [&w] {
             w.workspace()->showTab(Workspace::Tab::Plan);
             w.find<QTreeView>("outline")->setCurrentIndex({});
         }},
        {"goal P1", [&w] { w.select(QStringLiteral("P1")); }},
        {"objective 1.2", [&w] { w.select(QStringLiteral("1.2")); }},
        {"action 1.2.1A", [&w] { w.select(QStringLiteral("1.2.1A")); }},
        {"numeric measure 1.2-L1", [&w] { w.select(QStringLiteral("1.2-L1")); }},
        {"milestone 2.2-L1", [&w] { w.select(QStringLiteral("2.2-L1")); }},
        {"narrative measure 1.1-PM1", [&w] { w.select(QStringLiteral("1.1-PM1")); }},
        {"Update values", [&w] { w.workspace()->showTab(Workspace::Tab::Values); }},
        {"Overview", [&w] { w.workspace()->showTab(Workspace::Tab::Overview); }},
        {"Reviews", [&w] { w.workspace()->showTab(Workspace::Tab::Reviews); }},
    };
    for (const auto &[name, show] : views) {
        show();
        QApplication::processEvents();
        INFO(name);
        CHECK(sharedKeys(&w.window).join(QStringLiteral("; ")).toStdString() == "");
    }
    // What the issue saw: with a measure shown, Alt+F is the File menu alone,
    // and Fill targets has a key of its own.
    w.select(QStringLiteral("1.2-L1"));
    CHECK(accessKeys(&w.window).values(QLatin1Char('f')) == QStringList{QStringLiteral("&File")});
    auto *fill = w.find<QAbstractButton>("fillTargets");
    QSignalSpy filled(fill, &QAbstractButton::clicked);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_A + (accessKey(fill->text()).unicode() - u'a')), Qt::AltModifier);
    CHECK((filled.count() == 1 || filled.wait(2000))); // a button pressed by its key clicks a moment later
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::AltModifier);
    CHECK_FALSE(filled.wait(300));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    REQUIRE(menu);
    CHECK(menu->title() == QStringLiteral("&File"));
    menu->close();
}

TEST_CASE("in each dialog each access key answers for one thing", "[app][gui][keyboard]")
{
    Window w;
    checkDialog([&w] { menuAction(w.window, QStringLiteral("Preferences…"))->trigger(); }, "Preferences");
    checkDialog([&w] { menuAction(w.window, QStringLiteral("New Plan…"))->trigger(); }, "New plan");
    checkDialog([&w] { menuAction(w.window, QStringLiteral("New Plan from Document…"))->trigger(); }, "New plan from document");
    checkDialog([&w] { menuAction(w.window, QStringLiteral("Export Report (PDF)…"))->trigger(); }, "Export report");
    checkDialog([&w] { menuAction(w.window, QStringLiteral("Start Review…"))->trigger(); }, "Start review");
    w.workspace()->showTab(Workspace::Tab::Reviews);
    checkDialog([&w] { w.find<QAbstractButton>("addRecommendation")->click(); }, "Add recommendation");
    checkDialog([&w] { w.find<QAbstractButton>("addNote")->click(); }, "Add note");
    w.select(QStringLiteral("1.2-L1"));
    checkDialog([&w] { menuAction(w.window, QStringLiteral("Item History…"))->trigger(); }, "Item history");
}

TEST_CASE("in New Plan from Document each access key answers for one thing, before and after Read", "[app][gui][keyboard]")
{
    Window w;
    w.window.newPlanFromDocument([](NewPlanFromDocumentDialog &dialog) {
        dialog.show();
        CHECK(sharedKeys(&dialog).join(QStringLiteral("; ")).toStdString() == "");
        CHECK(accessKeys(&dialog).size() == 3); // the text, Open File…, Read
        auto *text = dialog.findChild<QTextEdit *>(QStringLiteral("documentText"));
        REQUIRE(text);
        text->setPlainText(QStringLiteral("Goal 1: Students read well\nObjective 1.1: Early literacy\n"));
        dialog.findChild<QAbstractButton *>(QStringLiteral("readDocument"))->click();
        auto *outline = dialog.findChild<QWidget *>(QStringLiteral("readOutline"));
        REQUIRE(outline);
        CHECK(outline->isVisible());
        CHECK(sharedKeys(&dialog).join(QStringLiteral("; ")).toStdString() == "");
        CHECK(accessKeys(&dialog).size() == 9); // no paragraph is left unplaced: that list is hidden
        return int(QDialog::Rejected);
    });
}

TEST_CASE("Down in a filter field goes to the list it filters, Up at the list's top comes back", "[app][gui][keyboard]")
{
    Window w;
    w.workspace()->showTab(Workspace::Tab::Plan);
    auto *find = w.find<QLineEdit>("filterText");
    auto *owner = w.find<QLineEdit>("filterOwner");
    auto *outline = w.find<QTreeView>("outline");
    auto *panes = w.find<QStackedWidget>("panes");

    find->setFocus();
    QTest::keyClicks(find, QStringLiteral("1.2-L1"));
    QTest::keyClick(find, Qt::Key_Down);
    CHECK(QApplication::focusWidget() == outline);
    // The item found is chosen (not the branch above it), and its pane shown.
    REQUIRE(outline->currentIndex().isValid());
    CHECK(outline->currentIndex().siblingAtColumn(0).data().toString() == QStringLiteral("1.2-L1"));
    CHECK(panes->currentWidget()->objectName() == QStringLiteral("measurePane"));
    QTest::keyClick(outline, Qt::Key_Up); // 1.2
    QTest::keyClick(outline, Qt::Key_Up); // P1, the top
    CHECK(QApplication::focusWidget() == outline);
    CHECK(outline->currentIndex().siblingAtColumn(0).data().toString() == QStringLiteral("P1"));
    QTest::keyClick(outline, Qt::Key_Up);
    CHECK(QApplication::focusWidget() == find);

    // The owner filter too; the chosen item stays chosen when the filters find it.
    find->clear();
    w.select(QStringLiteral("1.2"));
    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_Down);
    CHECK(QApplication::focusWidget() == outline);
    CHECK(outline->currentIndex().siblingAtColumn(0).data().toString() == QStringLiteral("1.2"));
}
