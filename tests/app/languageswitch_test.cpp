// Cairn in Spanish: the window speaks the system's language when it starts,
// and Edit → Preferences changes the language of an open window without
// losing the plan's undo history, the tab or the selected item.
#include "windowfixture.h"

#include "app/outline/outlinemodel.h"
#include "i18n/language.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace cairn;
using namespace cairn::test;

namespace {

// Speaks `code` while it lives, then English again, with no saved choice.
struct Speaking {
    explicit Speaking(const QString &code) { Language::install(code); }
    ~Speaking()
    {
        Language::install(Language::English);
        QSettings().remove(QStringLiteral("language"));
    }
};

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

// Each menu's items whose accelerator letter another item of it has too.
QStringList clashingAccelerators(const MainWindow &window)
{
    QStringList clashes;
    const auto check = [&clashes](const QList<QAction *> &actions, const QString &where) {
        QMap<QChar, QString> used;
        for (const QAction *action : actions) {
            const QString text = action->text();
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            if (action->isSeparator() || at < 0 || at + 1 >= text.size())
                continue;
            const QChar key = text.at(at + 1).toLower();
            if (used.contains(key))
                clashes.append(where + QStringLiteral(": ") + used.value(key) + QStringLiteral(" / ") + text);
            used.insert(key, text);
        }
    };
    check(window.menuBar()->actions(), QStringLiteral("menu bar"));
    for (const QAction *title : window.menuBar()->actions())
        if (title->menu())
            check(title->menu()->actions(), title->text());
    return clashes;
}

QAction *menuAction(const MainWindow &window, int menu, const QString &startsWith)
{
    for (QAction *action : window.menuBar()->actions().at(menu)->menu()->actions())
        if (action->text().startsWith(startsWith))
            return action;
    return nullptr;
}

// Opens Edit → Preferences and chooses the first (Home) or last (End)
// language with the keyboard, then Enter.
void chooseLanguageInPreferences(MainWindow &window, Qt::Key which)
{
    bool answered = false;
    QTimer::singleShot(0, &window, [&answered, which] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        REQUIRE(dialog->objectName() == QLatin1String("authorDialog"));
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        REQUIRE(combo);
        CHECK(combo->isVisible());
        combo->setFocus();
        QTest::keyClick(combo, which);
        QTest::keyClick(combo, Qt::Key_Return);
        answered = true;
    });
    QAction *preferences = window.findChild<QAction *>(QStringLiteral("preferences"));
    REQUIRE(preferences);
    preferences->trigger();
    REQUIRE(answered);
}

const QStringList SpanishStatusWords = {QStringLiteral("En buen camino"), QStringLiteral("En riesgo"),
                                        QStringLiteral("Fuera de rumbo"),  QStringLiteral("Sin datos"),
                                        QStringLiteral("Sin valor meta"),  QStringLiteral("Completado")};

} // namespace

TEST_CASE("Started with a Spanish locale, the window has Spanish menus and status words", "[gui][language]")
{
    Speaking spanish(Language::resolve({}, QLocale(QLocale::Spanish, QLocale::Mexico)));
    CHECK(Language::installed() == Language::Spanish);
    Window w;
    CHECK(menuTitles(w.window) == QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Edición"),
                                              QStringLiteral("&Ver"), QStringLiteral("Ay&uda")});
    INFO(clashingAccelerators(w.window).join(QLatin1Char('\n')).toStdString());
    CHECK(clashingAccelerators(w.window).isEmpty());

    // The outline's status column: each goal's status as a Spanish word.
    QAbstractItemModel *outline = w.find<QTreeView>("outline")->model();
    REQUIRE(outline->rowCount() > 0);
    for (int row = 0; row < outline->rowCount(); ++row) {
        const QString word = outline->index(row, OutlineModel::StatusColumn).data().toString();
        INFO(word.toStdString());
        CHECK(SpanishStatusWords.contains(word));
    }
}

TEST_CASE("Choosing Español in Preferences retranslates the open window and keeps the undo history", "[gui][language]")
{
    Speaking restore(Language::English);
    Window w;
    w.select(QStringLiteral("1.2-L1"));
    QAbstractItemModel *years = w.find<QTableView>("yearTable")->model();
    // 2021-22 (baseline) to 2026-27: 2025-26 is row 4.
    const SchoolYear year2025(2025);
    const auto actualOf2025 = [&w, year2025]() -> std::optional<double> {
        const Plan stored = w.stored(); // measureOf refers into it
        const auto &actuals = measureOf(stored, QStringLiteral("1.2-L1")).actuals;
        const auto it = actuals.find(year2025);
        return it == actuals.end() ? std::nullopt : std::optional<double>(it->second.value);
    };
    const std::optional<double> before = actualOf2025();
    REQUIRE(years->setData(years->index(4, 2), QStringLiteral("80.5")));
    REQUIRE(actualOf2025() == 80.5);
    const int edits = w.document()->undoStack()->count();
    REQUIRE(edits > 0);
    const int tab = w.workspace()->tabs()->currentIndex();
    const auto selected = w.workspace()->outline()->selected();
    REQUIRE(selected);

    chooseLanguageInPreferences(w.window, Qt::Key_End);
    CHECK(Language::installed() == Language::Spanish);
    CHECK(QSettings().value(QStringLiteral("language")).toString() == Language::Spanish);
    CHECK(menuTitles(w.window).value(0) == QStringLiteral("&Archivo"));
    CHECK(w.workspace()->tabs()->tabText(0) == QStringLiteral("Tablero"));
    // The same plan, tab and item, with the edit still to undo.
    CHECK(w.document()->undoStack()->count() == edits);
    CHECK(w.workspace()->tabs()->currentIndex() == tab);
    CHECK(w.workspace()->outline()->selected() == selected);
    QAction *undo = menuAction(w.window, 1, QStringLiteral("&Deshacer"));
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(actualOf2025() == before);

    chooseLanguageInPreferences(w.window, Qt::Key_Home);
    CHECK(Language::installed() == Language::English);
    CHECK(menuTitles(w.window).value(0) == QStringLiteral("&File"));
    CHECK(w.workspace()->tabs()->tabText(0) == QStringLiteral("Dashboard"));
}
