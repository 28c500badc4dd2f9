#include "stressrun.h"

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
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace cairn::test {

void StressRun::enter(State state)
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
void StressRun::readHistory()
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

void StressRun::leave()
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
void StressRun::windowCheck()
{
    m_window.document()->reloadIfChangedElsewhere();
    QCoreApplication::processEvents();
}

void StressRun::windowEdit()
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
void StressRun::typeInSheet(QTableView *table, const QModelIndex &cell, const Field &what)
{
    REQUIRE(cell.isValid());
    const QString value = nextNumber();
    QLineEdit *editor = typeInCell(table, cell, value);
    m_typing = Typing{editor, what, value, reloadsSoFar()};
}

// Types a measure's new name in its pane, leaving it unsaved.
void StressRun::typeInPane()
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
void StressRun::commitTyping()
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
void StressRun::walkAndAssess()
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
void StressRun::importInDialog()
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

} // namespace cairn::test
