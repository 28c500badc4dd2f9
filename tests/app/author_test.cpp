// An author for every edit: the app knows who is working, asks once when
// the system gives no name, and records that name with every change.
#include "windowfixture.h"

#include "app/authordialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace cairn;
using namespace cairn::test;

namespace {

// No login name and no saved name, for the length of a test.
class Nameless
{
public:
    Nameless()
    {
        qunsetenv("USER");
        qunsetenv("USERNAME");
        QSettings().remove(QStringLiteral("author"));
    }
    ~Nameless()
    {
        for (const auto &[name, value] : {std::pair{"USER", m_user}, std::pair{"USERNAME", m_username}}) {
            if (!value.isNull())
                qputenv(name, value);
        }
        QSettings().remove(QStringLiteral("author"));
    }

private:
    QByteArray m_user = qgetenv("USER");
    QByteArray m_username = qgetenv("USERNAME");
};

using Answer = std::function<void(QWidget *dialog)>;

// Answers the name dialog whenever it is open, and counts how often it was.
class AuthorDialogWatch
{
public:
    explicit AuthorDialogWatch(Answer answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog->objectName() != QLatin1String("authorDialog") || !dialog->isVisible())
                return;
            ++m_opened;
            QApplication::setActiveWindow(dialog);
            m_answer(dialog);
        });
        m_timer.start();
    }
    int opened() const { return m_opened; }

private:
    Answer m_answer;
    QTimer m_timer;
    int m_opened = 0;
};

// Types a name, Tab, a role and Enter, as a person would.
Answer typing(const QString &name, const QString &role)
{
    return [=](QWidget *dialog) {
        QWidget *nameField = dialog->focusWidget();
        CHECK(nameField->objectName() == QStringLiteral("nameEdit"));
        QTest::keyClick(nameField, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(nameField, name);
        QTest::keyClick(nameField, Qt::Key_Tab);
        QWidget *roleField = dialog->focusWidget();
        CHECK(roleField->objectName() == QStringLiteral("roleEdit"));
        QTest::keyClick(roleField, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(roleField, role);
        QTest::keyClick(roleField, Qt::Key_Return);
    };
}

const Answer declining = [](QWidget *dialog) { QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape); };

} // namespace

TEST_CASE("without any name the first edit asks for it once, and every change records it", "[app][gui][author]")
{
    Nameless nameless;
    Window w(GENERATE(from_range(backends())));
    auto *label = w.find<QLabel>("authorLabel");
    CHECK_FALSE(label->isVisible());

    w.select(QStringLiteral("1.2-L1"));
    QAbstractItemModel *years = w.find<QTableView>("yearTable")->model();
    const SchoolYear year2025(2025);
    {
        AuthorDialogWatch first(typing(QStringLiteral("Ana Ruiz"), QStringLiteral("Director of Accountability")));
        // 2021-22 (baseline) to 2026-27: 2025-26 is row 4.
        REQUIRE(years->setData(years->index(4, 2), QStringLiteral("80.5%")));
        CHECK(first.opened() == 1);
        const Plan stored = w.stored();
        CHECK(measureOf(stored, QStringLiteral("1.2-L1")).actuals.at(year2025).who == QStringLiteral("Ana Ruiz"));
        CHECK(stored.audit.back().who == QStringLiteral("Ana Ruiz"));
        CHECK(label->isVisible());
        CHECK(label->text() == QStringLiteral("Editing as Ana Ruiz (Director of Accountability)"));

        // The name is kept: the next edit does not ask.
        REQUIRE(years->setData(years->index(5, 2), QStringLiteral("81")));
        CHECK(first.opened() == 1);
        CHECK(measureOf(w.stored(), QStringLiteral("1.2-L1")).actuals.at(SchoolYear(2026)).who == QStringLiteral("Ana Ruiz"));
    }

    // Preferences changes the name for the edits after it.
    {
        AuthorDialogWatch preferences(typing(QStringLiteral("Luis Vega"), QStringLiteral("Data Coordinator")));
        auto *action = w.window.findChild<QAction *>(QStringLiteral("preferences"));
        REQUIRE(action);
        action->trigger();
        CHECK(preferences.opened() == 1);
        CHECK(label->text() == QStringLiteral("Editing as Luis Vega (Data Coordinator)"));
        REQUIRE(years->setData(years->index(4, 2), QStringLiteral("79")));
        CHECK(preferences.opened() == 1);
    }
    const Plan stored = w.stored();
    CHECK(measureOf(stored, QStringLiteral("1.2-L1")).actuals.at(year2025).who == QStringLiteral("Luis Vega"));
    CHECK(stored.audit.back().who == QStringLiteral("Luis Vega"));

    // Another window, later, knows the name without asking.
    MainWindow again;
    CHECK(again.findChild<QLabel *>(QStringLiteral("authorLabel"))->text() == QStringLiteral("Editing as Luis Vega (Data Coordinator)"));
}

TEST_CASE("declining to give a name changes nothing, and the next edit asks again", "[app][gui][author]")
{
    Nameless nameless;
    Window w(GENERATE(from_range(backends())));
    w.select(QStringLiteral("P2"));
    auto *pane = w.find<QWidget>("goalPane");
    auto *title = pane->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    REQUIRE(title);
    const QString before = w.stored().goals[1].title;
    const auto retitle = [&] {
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Recruit, value and keep great staff"));
        QTest::keyClick(title, Qt::Key_Return);
    };
    {
        AuthorDialogWatch declined(declining);
        retitle();
        CHECK(declined.opened() == 1);
    }
    CHECK(w.stored().goals[1].title == before);
    CHECK(w.document()->undoStack()->count() == 0);
    CHECK(w.find<QLabel>("notice")->text().contains(QStringLiteral("records who made it")));

    // As between two edits of a person, the window goes back to its events.
    QCoreApplication::processEvents();
    AuthorDialogWatch answered(typing(QStringLiteral("Ana Ruiz"), {}));
    retitle();
    REQUIRE(answered.opened() == 1);
    const Plan stored = w.stored();
    CHECK(stored.goals[1].title == QStringLiteral("Recruit, value and keep great staff"));
    CHECK(stored.audit.back().who == QStringLiteral("Ana Ruiz"));
    CHECK(w.find<QLabel>("authorLabel")->text() == QStringLiteral("Editing as Ana Ruiz"));
}

TEST_CASE("the name dialog is reached by keys, names every control and needs a name", "[app][gui][author][keyboard]")
{
    AuthorDialog dialog(AuthorDialog::Purpose::FirstEdit, {}, {});
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *role = dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"));
    REQUIRE(name);
    REQUIRE(role);
    CHECK(dialog.focusWidget() == name);
    CHECK(name->accessibleName() == QStringLiteral("Your name"));
    CHECK(role->accessibleName() == QStringLiteral("Your role (optional)"));
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        CHECK_FALSE(button->text().isEmpty());

    // Enter with no name keeps the dialog open and says why.
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("Give your name")));
    QTest::keyClicks(name, QStringLiteral("  Ana   Ruiz "));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.name() == QStringLiteral("Ana Ruiz"));
    CHECK(dialog.role().isEmpty());
}

TEST_CASE("asked for a name while a year-table cell is being saved, the value is saved with it", "[app][gui][author][sheet]")
{
    Nameless nameless;
    Window w(GENERATE(from_range(backends())));
    w.select(QStringLiteral("1.2-L1"));
    auto *table = w.find<QTableView>("yearTable");
    QAbstractItemModel *years = table->model();
    // 2021-22 (baseline) to 2026-27: 2025-26 is row 4.
    table->setFocus();
    table->setCurrentIndex(years->index(4, 2));
    AuthorDialogWatch watch(typing(QStringLiteral("Ana Ruiz"), QString()));
    // The first key asks for the name, before the cell opens; the key still
    // goes into the cell.
    QTest::keyClick(QApplication::focusWidget(), '8');
    CHECK(watch.opened() == 1);
    QApplication::setActiveWindow(&w.window); // (offscreen, the closed dialog hands it back to no one)
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("8"));
    QTest::keyClick(editor, '0');
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(watch.opened() == 1);
    const Actual stored = measureOf(w.stored(), QStringLiteral("1.2-L1")).actuals.at(SchoolYear(2025));
    CHECK(stored.value == 80);
    CHECK(stored.who == QStringLiteral("Ana Ruiz"));
    // The cursor went on down the column, ready for the next value.
    CHECK(table->currentIndex().row() == 5);
}
