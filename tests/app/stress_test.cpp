// The stress test of concurrent editing (issue 14): the window under test,
// a second document in this process (another window) and the real cairn-cli
// edit one plan in a seeded random order while the window cycles through
// the states a person leaves it in. Nothing may crash, and the file must
// hold every edit a side reported saved, with its author, and none it
// reported refused. CAIRN_STRESS_SEED and CAIRN_STRESS_EDITS change the run.
#include "stressledger.h"
#include "windowfixture.h"

#include "app/document/commands.h"
#include "app/history/historydialog.h"
#include "app/panes/yeartablemodel.h"
#include "app/reviews/reviewmode.h"
#include "app/reviews/reviewsview.h"
#include "app/values/importvaluesdialog.h"
#include "app/values/valuesmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <iostream>
#include <random>

using namespace cairn;
using namespace cairn::test;

namespace {

const QString windowAuthor = QStringLiteral("window-author");
const QString otherAuthor = QStringLiteral("other-window-author");
const QString cliAuthor = QStringLiteral("cli-author");

// What the window under test is doing while the others edit.
enum class State { Filter, ValuesEditor, YearEditor, PaneField, WalkThrough, Dialog, Count };

const char *stateName(State state)
{
    constexpr const char *names[] = {"filter text", "values cell editor", "year table cell editor", "pane field", "walk-through",
                                     "history and import dialogs"};
    return names[int(state)];
}

const Action *findAction(const Plan &plan, const QString &code)
{
    const Action *found = nullptr;
    forEachItem(plan, [&](const ItemView &view) {
        if (view.kind == ItemKind::Action && view.code == code)
            found = view.action;
    });
    return found;
}

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

class Dice
{
public:
    explicit Dice(unsigned seed)
        : m_engine(seed)
    {
    }
    int below(std::size_t n) { return std::uniform_int_distribution<int>(0, int(n) - 1)(m_engine); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_engine); }
    template<typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[std::size_t(below(items.size()))];
    }

private:
    std::mt19937 m_engine;
};

// Counts how a document took changes from elsewhere.
struct Reloads {
    int inPlace = 0;
    int whole = 0;
    void watch(PlanDocument *document)
    {
        QObject::connect(document, &PlanDocument::tookOutsideChange, document, [this] { ++inPlace; });
        QObject::connect(document, &PlanDocument::reloaded, document, [this] {
            ++whole;
            --inPlace; // tookOutsideChange follows
        });
    }
};

// The name the window's edits record, for the length of the test.
class WindowAuthor
{
public:
    WindowAuthor() { QSettings().setValue(QStringLiteral("author/name"), windowAuthor); }
    ~WindowAuthor() { QSettings().remove(QStringLiteral("author")); }
};

// A value being typed in the window and not yet saved.
struct Typing {
    QPointer<QLineEdit> field;
    Field what;
    QString text;
    int reloads = 0; // the window's reloads when typing began
};

class Stress
{
public:
    explicit Stress(unsigned seed)
        : m_dice(seed)
        , m_other(PlanDocument::open(m_window.path))
    {
        m_other->repository().setActor(otherAuthor);
        m_windowReloads.watch(m_window.document());
        m_otherReloads.watch(m_other.get());
        forEachItem(m_window.document()->plan(), [this](const ItemView &view) {
            if (view.measure && view.measure->type == MeasureType::Numeric && m_codes.size() < 10)
                m_codes.push_back(view.code);
        });
        m_reviewYear = m_window.document()->plan().reviews.front().year;
        // What the window reports of each edit: its grids' messages ...
        for (const char *grid : {"valuesTable", "yearTable"}) {
            auto *sheet = qobject_cast<SheetModel *>(m_window.find<QTableView>(grid)->model());
            REQUIRE(sheet);
            QObject::connect(sheet, &SheetModel::problem, sheet, [this](const QString &message) {
                m_heard = true;
                m_problem = message;
            });
        }
        // ... and its notices.
        QObject::connect(m_window.document(), &PlanDocument::errorOccurred, m_window.document(), [this] { ++m_errors; });
    }

    ~Stress()
    {
        if (m_cli)
            m_cli->waitForFinished();
    }

    void run(int edits);
    void finish();
    void report(unsigned seed) const;

private:
    // The other two sides.
    void otherStep();
    void otherDocumentEdit();
    void otherDocumentStructure();
    void startCli();
    void pollCli(bool wait);
    // The window under test.
    void enter(State state);
    void leave();
    void windowEdit();
    void windowCheck();
    void typeInSheet(QTableView *table, const QModelIndex &cell, const Field &what);
    void typeInPane();
    void commitTyping();
    void walkAndAssess();
    void importInDialog();
    void readHistory();

    QString nextNumber() { return QString::number(10 + ++m_serial / 100.0, 'f', 2); }
    QString pickCode() { return !m_hot.isEmpty() && m_dice.chance(0.3) ? m_hot : m_dice.pick(m_codes); }
    SchoolYear pickYear() { return m_dice.pick(m_years); }
    // Distinct (code, year) cells, as a sheet row or a document edit takes them.
    std::vector<std::pair<QString, SchoolYear>> pickCells(int count, bool distinctCodes);
    qint64 idOf(const QString &code) const;
    QString writeSheet(const QString &name, const std::vector<std::pair<QString, SchoolYear>> &cells, Operation &operation);
    int reloadsSoFar() const { return m_windowReloads.inPlace + m_windowReloads.whole; }

    WindowAuthor m_author;
    Window m_window;
    Dice m_dice;
    std::unique_ptr<PlanDocument> m_other;
    Ledger m_ledger;
    std::vector<QString> m_codes;
    const std::vector<SchoolYear> m_years{SchoolYear(2023), SchoolYear(2024), SchoolYear(2025)};
    SchoolYear m_reviewYear;
    int m_serial = 0;
    QTemporaryDir m_sheets;
    int m_sheetCount = 0;
    std::unique_ptr<QProcess> m_cli;
    Operation m_cliOperation;
    std::vector<QString> m_added; // actions the other window added
    Reloads m_windowReloads;
    Reloads m_otherReloads;

    State m_state = State::Count;
    int m_visits[int(State::Count)] = {};
    QString m_hot; // the measure the window is on
    std::optional<Typing> m_typing;
    QPointer<ReviewMode> m_walk;
    bool m_heard = false;
    QString m_problem;
    int m_errors = 0;
    int m_typingKept = 0;
};

void Stress::run(int edits)
{
    int inState = 0;
    int stateLength = 0;
    auto attempted = [this] {
        int sum = 0;
        for (Side side : {Side::Window, Side::Document, Side::Cli})
            sum += m_ledger.tally(side).attempted;
        return sum;
    };
    while (attempted() < edits) {
        if (inState++ == stateLength) {
            leave();
            enter(State((int(m_state) + 1) % int(State::Count)));
            inState = 0;
            stateLength = 4 + m_dice.below(8);
        }
        const int roll = m_dice.below(100);
        if (roll < 50)
            windowEdit();
        else
            otherStep();
        if (m_dice.chance(0.6))
            windowCheck();
        pollCli(false);
    }
}

void Stress::finish()
{
    leave();
    pollCli(true);
    windowCheck();
    m_other->reloadIfChangedElsewhere();
    const Plan stored = m_window.stored();
    m_ledger.verify(stored);
    const auto withoutAudit = [](Plan plan) {
        plan.audit.clear();
        return plan;
    };
    // Both documents took every change in the end: they show what the file holds.
    CHECK(withoutAudit(m_window.document()->plan()) == withoutAudit(stored));
    CHECK(withoutAudit(m_other->plan()) == withoutAudit(stored));
}

void Stress::report(unsigned seed) const
{
    const auto side = [this](const char *name, Side which) {
        const Ledger::Tally &tally = m_ledger.tally(which);
        return QStringLiteral("stress   %1: %2 operations, %3 edits attempted, %4 saved, %5 refused\n")
            .arg(QLatin1String(name))
            .arg(tally.operations)
            .arg(tally.attempted)
            .arg(tally.saved)
            .arg(tally.refused);
    };
    QString text = QStringLiteral("stress seed %1:\n").arg(seed) + side("window under test", Side::Window)
        + side("other window", Side::Document) + side("cairn-cli", Side::Cli);
    text += QStringLiteral("stress   reloads: window %1 in place, %2 whole; other window %3 in place, %4 whole\n")
                .arg(m_windowReloads.inPlace)
                .arg(m_windowReloads.whole)
                .arg(m_otherReloads.inPlace)
                .arg(m_otherReloads.whole);
    QStringList visits;
    for (int state = 0; state < int(State::Count); ++state)
        visits.append(QStringLiteral("%1 %2").arg(QLatin1String(stateName(State(state)))).arg(m_visits[state]));
    text += QStringLiteral("stress   states visited: %1; typing kept across changes %2 times\n").arg(visits.join(QStringLiteral(", "))).arg(m_typingKept);
    std::cout << text.toStdString() << std::flush;
}

std::vector<std::pair<QString, SchoolYear>> Stress::pickCells(int count, bool distinctCodes)
{
    std::vector<std::pair<QString, SchoolYear>> cells;
    for (int tries = 0; int(cells.size()) < count && tries < 50; ++tries) {
        const std::pair<QString, SchoolYear> cell{pickCode(), pickYear()};
        if (std::none_of(cells.begin(), cells.end(), [&](const auto &taken) {
                return taken.first == cell.first && (distinctCodes || taken.second == cell.second);
            }))
            cells.push_back(cell);
    }
    return cells;
}

qint64 Stress::idOf(const QString &code) const
{
    qint64 id = 0;
    forEachItem(m_window.document()->plan(), [&](const ItemView &view) {
        if (view.code == code)
            id = view.id();
    });
    REQUIRE(id != 0);
    return id;
}

QString Stress::writeSheet(const QString &name, const std::vector<std::pair<QString, SchoolYear>> &cells, Operation &operation)
{
    QStringList lines{QStringLiteral("code,school year,actual,note")};
    for (const auto &[code, year] : cells) {
        const QString value = nextNumber();
        lines.append(QStringList{code, year.label(), value, {}}.join(QLatin1Char(',')));
        operation.values.push_back({{code, QStringLiteral("actual ") + year.label()}, value});
    }
    const QString path = m_sheets.filePath(QStringLiteral("%1-%2.csv").arg(name).arg(++m_sheetCount));
    writeAll(path, lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

// ---- the other window and cairn-cli

void Stress::otherStep()
{
    const int roll = m_dice.below(100);
    if (roll < 8)
        otherDocumentStructure();
    else if (roll < 70)
        otherDocumentEdit();
    else
        startCli();
    if (m_dice.chance(0.2))
        m_other->reloadIfChangedElsewhere();
}

void Stress::otherDocumentEdit()
{
    Operation operation{Side::Document, otherAuthor};
    std::vector<Measure> before;
    std::vector<Measure> after;
    for (const auto &[code, year] : pickCells(1 + m_dice.below(3), true)) {
        before.push_back(measureOf(m_other->plan(), code));
        after.push_back(before.back());
        const QString value = nextNumber();
        Actual actual = Actual::of(value.toDouble(), {}, otherAuthor);
        actual.when = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        after.back().actuals[year] = actual;
        operation.values.push_back({{code, QStringLiteral("actual ") + year.label()}, value});
    }
    operation.saved = m_other->push(new SetMeasureValues(m_other.get(), before, after, QStringLiteral("Stress")));
    m_ledger.record(operation);
}

// Adds an action, or removes one it added: the window then reloads whole.
void Stress::otherDocumentStructure()
{
    Operation operation{Side::Document, otherAuthor};
    const Plan &plan = m_other->plan();
    const auto present = std::find_if(m_added.begin(), m_added.end(), [&](const QString &code) {
        return findAction(plan, code) != nullptr;
    });
    if (present != m_added.end() && m_dice.chance(0.5)) {
        operation.values.push_back({{*present, QStringLiteral("deleted")}, {}});
        operation.saved = m_other->push(new RemoveItem(m_other.get(), ItemKind::Action, findAction(plan, *present)->id));
    } else {
        Action action;
        action.code = QStringLiteral("S-%1").arg(++m_serial);
        action.description = QStringLiteral("Added elsewhere #%1#").arg(m_serial);
        const Objective &objective = plan.goals[std::size_t(m_dice.below(plan.goals.size()))].objectives.front();
        operation.values.push_back({{action.code, QStringLiteral("created")}, action.description});
        operation.saved = m_other->push(new AddItem(m_other.get(), action, ItemKind::Objective, objective.id, 0));
        m_added.push_back(action.code);
    }
    m_ledger.record(operation);
}

void Stress::startCli()
{
    pollCli(true); // one run at a time
    m_cliOperation = Operation{Side::Cli, cliAuthor};
    const QString sheet = writeSheet(QStringLiteral("cli"), pickCells(3 + m_dice.below(6), false), m_cliOperation);
    m_cliOperation.launched = m_ledger.now();
    m_cli = std::make_unique<QProcess>();
    m_cli->start(QStringLiteral(CAIRN_CLI), {QStringLiteral("values"), QStringLiteral("import"), m_window.path, sheet,
                                             QStringLiteral("--user"), cliAuthor});
    REQUIRE(m_cli->waitForStarted());
}

void Stress::pollCli(bool wait)
{
    // The event loop may have seen it finish already.
    if (!m_cli || (m_cli->state() != QProcess::NotRunning && !m_cli->waitForFinished(wait ? 120000 : 0) && !wait))
        return;
    REQUIRE(m_cli->state() == QProcess::NotRunning);
    const QString out = QString::fromUtf8(m_cli->readAllStandardOutput());
    const QString err = QString::fromUtf8(m_cli->readAllStandardError());
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(m_cli->exitStatus() == QProcess::NormalExit); // no crash
    REQUIRE((m_cli->exitCode() == 0 || m_cli->exitCode() == 1));
    m_cliOperation.saved = m_cli->exitCode() == 0 && out.contains(QStringLiteral("value(s) saved"));
    if (!m_cliOperation.saved)
        CHECK(err.contains(QStringLiteral("nothing was changed"))); // a refusal says so
    m_cliOperation.finished = m_ledger.now();
    m_ledger.record(m_cliOperation);
    m_cli.reset();
}

// ---- the window under test

void Stress::enter(State state)
{
    m_state = state;
    ++m_visits[int(state)];
    QApplication::setActiveWindow(&m_window.window);
    Workspace *workspace = m_window.workspace();
    auto *filter = m_window.find<QLineEdit>("filterText");
    switch (state) {
    case State::Filter:
        // Text in the Plan tab's Find box, and a measure it matches selected.
        m_hot = m_dice.pick(m_codes);
        workspace->showTab(Workspace::Tab::Plan);
        filter->setFocus();
        filter->selectAll();
        QTest::keyClicks(filter, m_hot.left(3));
        workspace->outline()->select(ItemKind::Measure, idOf(m_hot));
        break;
    case State::ValuesEditor:
        workspace->showTab(Workspace::Tab::Values);
        break;
    case State::YearEditor:
    case State::PaneField:
        m_hot = m_dice.pick(m_codes);
        filter->clear();
        workspace->showTab(Workspace::Tab::Plan);
        workspace->outline()->select(ItemKind::Measure, idOf(m_hot));
        break;
    case State::WalkThrough:
        workspace->showTab(Workspace::Tab::Reviews);
        workspace->reviews()->walkThrough();
        m_walk = m_window.window.findChild<ReviewMode *>(QStringLiteral("reviewMode"));
        REQUIRE(m_walk);
        break;
    case State::Dialog:
        filter->clear();
        workspace->showTab(Workspace::Tab::Plan);
        workspace->outline()->select(ItemKind::Measure, idOf(m_dice.pick(m_codes)));
        readHistory();
        // The import previews that follow are made over the dashboard.
        workspace->showTab(Workspace::Tab::Dashboard);
        break;
    case State::Count:
        break;
    }
    QCoreApplication::processEvents();
}

// Opens the selected measure's history (Item History, a modal dialog) and
// takes the others' changes while it is open.
void Stress::readHistory()
{
    const auto actions = m_window.window.findChildren<QAction *>();
    const auto history = std::find_if(actions.begin(), actions.end(), [](const QAction *action) {
        return action->text() == QStringLiteral("Item &History…");
    });
    REQUIRE(history != actions.end());
    // The others save first; the window takes their changes with the dialog open.
    for (int i = 0, steps = 1 + m_dice.below(3); i < steps; ++i)
        otherStep();
    bool shown = false;
    QTimer::singleShot(0, &m_window.window, [this, &shown] {
        // No REQUIRE here: a failure must not throw through the dialog's event loop.
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<HistoryDialog *>(modal);
        if (!dialog) {
            if (modal)
                modal->close();
            return;
        }
        shown = true;
        windowCheck();
        dialog->valuesOnly()->toggle(); // read again from the file
        CHECK(dialog->entries()->topLevelItemCount() > 0);
        dialog->reject();
    });
    (*history)->trigger();
    CHECK(shown);
    QApplication::setActiveWindow(&m_window.window);
}

void Stress::leave()
{
    commitTyping();
    if (m_walk) {
        QTest::keyClick(m_walk, Qt::Key_Escape);
        QCoreApplication::processEvents();
        m_walk = nullptr;
    }
    m_hot.clear();
    QApplication::setActiveWindow(&m_window.window);
}

// The window takes what the others saved, as its timer would.
void Stress::windowCheck()
{
    m_window.document()->reloadIfChangedElsewhere();
    QCoreApplication::processEvents();
}

void Stress::windowEdit()
{
    switch (m_state) {
    case State::Filter: {
        // A value entered in the year table beside the filtered outline.
        auto *years = qobject_cast<YearTableModel *>(m_window.find<QTableView>("yearTable")->model());
        REQUIRE(years);
        const SchoolYear year = pickYear();
        const QString value = nextNumber();
        Operation operation{Side::Window, windowAuthor, {{{m_hot, QStringLiteral("actual ") + year.label()}, value}}};
        operation.saved = years->setData(years->index(years->rowOfKey(year.start()), YearTableModel::ActualColumn), value);
        m_ledger.record(operation);
        CHECK(m_window.find<QLineEdit>("filterText")->text() == m_hot.left(3));
        break;
    }
    case State::ValuesEditor: {
        commitTyping();
        auto *table = m_window.find<QTableView>("valuesTable");
        auto *values = qobject_cast<ValuesModel *>(table->model());
        REQUIRE(values);
        m_hot = m_dice.pick(m_codes);
        int row = 0;
        while (row < values->rowCount() && values->index(row, ValuesModel::CodeColumn).data().toString() != m_hot)
            ++row;
        REQUIRE(row < values->rowCount());
        typeInSheet(table, values->index(row, ValuesModel::ActualColumn), {m_hot, QStringLiteral("actual ") + values->year().label()});
        break;
    }
    case State::YearEditor: {
        commitTyping();
        auto *table = m_window.find<QTableView>("yearTable");
        auto *years = qobject_cast<YearTableModel *>(table->model());
        REQUIRE(years);
        const SchoolYear year = pickYear();
        typeInSheet(table, years->index(years->rowOfKey(year.start()), YearTableModel::ActualColumn),
                    {m_hot, QStringLiteral("actual ") + year.label()});
        break;
    }
    case State::PaneField:
        commitTyping();
        typeInPane();
        break;
    case State::WalkThrough:
        walkAndAssess();
        break;
    case State::Dialog:
        importInDialog();
        break;
    case State::Count:
        break;
    }
}

// Opens a cell's editor and types a value, leaving it unsaved.
void Stress::typeInSheet(QTableView *table, const QModelIndex &cell, const Field &what)
{
    REQUIRE(cell.isValid());
    table->setFocus();
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    const QString value = nextNumber();
    QTest::keyClicks(editor, value);
    m_typing = Typing{editor, what, value, reloadsSoFar()};
}

// Types a measure's new name in its pane, leaving it unsaved.
void Stress::typeInPane()
{
    auto *name = m_window.find<QWidget>("measurePane")->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    REQUIRE(name);
    name->setFocus();
    name->selectAll();
    const QString text = QStringLiteral("Named in the window #%1#").arg(++m_serial);
    QTest::keyClicks(name, text);
    m_typing = Typing{name, {m_hot, QStringLiteral("name")}, text, reloadsSoFar()};
}

// Presses Enter in what is being typed: the typing must still be there,
// whatever the others saved meanwhile, and the window says whether it saved.
void Stress::commitTyping()
{
    if (!m_typing)
        return;
    const Typing typing = *std::exchange(m_typing, std::nullopt);
    QCoreApplication::processEvents(); // a restored editor comes back from the event loop
    INFO("typing \"" << typing.text.toStdString() << "\" into " << typing.what.item.toStdString() << " "
                     << typing.what.name.toStdString() << " in the " << stateName(m_state));
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(field);
    REQUIRE(field->text() == typing.text);
    if (reloadsSoFar() > typing.reloads)
        ++m_typingKept;
    const int errors = m_errors;
    m_heard = false;
    QTest::keyClick(field, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate saves from the event loop
    Operation operation{Side::Window, windowAuthor, {{typing.what, typing.text}}};
    if (m_state == State::PaneField) {
        const auto *message = m_window.find<QWidget>("measurePane")->findChild<QLabel *>(QStringLiteral("message"));
        operation.saved = m_errors == errors && !message->isVisible();
    } else {
        REQUIRE(m_heard);
        operation.saved = m_problem.isEmpty();
    }
    m_ledger.record(operation);
}

// In the walk-through: moves a goal on or back, and records the
// committee's assessment of the goal in view.
void Stress::walkAndAssess()
{
    REQUIRE(m_walk); // a change from elsewhere does not end the walk
    QTest::keyClick(m_walk, m_dice.chance(0.5) ? Qt::Key_PageDown : Qt::Key_PageUp);
    const QString code = m_window.document()->plan().goals[std::size_t(m_walk->goalIndex())].code;
    const QString text = QStringLiteral("Assessed in the walk-through #%1#").arg(++m_serial);
    constexpr Status statuses[] = {Status::OnTrack, Status::AtRisk, Status::OffTrack};
    Operation operation{Side::Window, windowAuthor, {{{code, QStringLiteral("assessment ") + m_reviewYear.label()}, text}}};
    operation.saved = m_walk->assessGoal(statuses[m_dice.below(3)], text).isEmpty();
    m_ledger.record(operation);
}

// Imports a sheet in the window; the others save while its preview is open.
void Stress::importInDialog()
{
    Operation operation{Side::Window, windowAuthor};
    const QString sheet = writeSheet(QStringLiteral("window"), pickCells(2 + m_dice.below(3), false), operation);
    operation.saved = m_window.window.importValuesFrom(sheet, [this](ImportValuesDialog &dialog) {
        dialog.show();
        for (int i = 0, steps = 1 + m_dice.below(3); i < steps; ++i) {
            otherStep();
            windowCheck();
        }
        dialog.hide();
        return int(QDialog::Accepted);
    });
    m_ledger.record(operation);
}

} // namespace

TEST_CASE("three writers at random on one plan: nothing crashes, every saved edit is kept with its author", "[concurrent][stress]")
{
    const auto seed = unsigned(fromEnvironment("CAIRN_STRESS_SEED", 14));
    const int edits = fromEnvironment("CAIRN_STRESS_EDITS", 600);
    INFO("seed " << seed << " (CAIRN_STRESS_SEED)");
    Stress stress(seed);
    stress.run(edits);
    stress.finish();
    stress.report(seed);
}
