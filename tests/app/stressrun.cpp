#include "stressrun.h"

#include "app/document/commands.h"
#include "app/sheet/sheetmodel.h"

#include <QTableView>

#include <iostream>
#include <sstream>

namespace cairn::test {

const char *stateName(State state)
{
    constexpr const char *names[] = {"filter text", "values cell editor", "year table cell editor", "pane field", "walk-through",
                                     "history and import dialogs"};
    return names[int(state)];
}

namespace {

const Action *findAction(const Plan &plan, const QString &code)
{
    const Action *found = nullptr;
    forEachItem(plan, [&](const ItemView &view) {
        if (view.kind == ItemKind::Action && view.code == code)
            found = view.action;
    });
    return found;
}

} // namespace

StressRun::StressRun(unsigned seed, Backend backend)
    : m_window(backend)
    , m_dice(seed)
    , m_other(PlanDocument::open(m_window.path))
{
    m_other->repository().setActor(otherAuthor);
    m_windowReloads.watch(m_window.document());
    m_otherReloads.watch(m_other.get());
    forEachItem(m_window.document()->plan(), [this](const ItemView &view) {
        // Percentages take the run's unique values (10.01, 10.02, …) without
        // a question: counts refuse fractions, and small scales ask about them.
        if (view.measure && view.measure->type == MeasureType::Numeric && view.measure->unit == Unit::Percent && m_codes.size() < 10)
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

StressRun::~StressRun()
{
    if (m_cli)
        m_cli->waitForFinished();
}

void StressRun::run(int edits)
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

void StressRun::finish()
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

void StressRun::report(unsigned seed) const
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
    std::ostringstream where;
    where << m_window.backend;
    QString text = QStringLiteral("stress seed %1 on a %2:\n").arg(seed).arg(QString::fromStdString(where.str())) + side("window under test", Side::Window)
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

std::vector<std::pair<QString, SchoolYear>> StressRun::pickCells(int count, bool distinctCodes)
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

qint64 StressRun::idOf(const QString &code) const
{
    qint64 id = 0;
    forEachItem(m_window.document()->plan(), [&](const ItemView &view) {
        if (view.code == code)
            id = view.id();
    });
    REQUIRE(id != 0);
    return id;
}

QString StressRun::writeSheet(const QString &name, const std::vector<std::pair<QString, SchoolYear>> &cells, Operation &operation)
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

void StressRun::otherStep()
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

void StressRun::otherDocumentEdit()
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
void StressRun::otherDocumentStructure()
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

void StressRun::startCli()
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

void StressRun::pollCli(bool wait)
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
    m_cliOperation.saved = m_cli->exitCode() == 0 && out.contains(QStringLiteral(" saved, "));
    if (!m_cliOperation.saved)
        CHECK(err.contains(QStringLiteral("nothing was changed"))); // a refusal says so
    m_cliOperation.finished = m_ledger.now();
    m_ledger.record(m_cliOperation);
    m_cli.reset();
}

} // namespace cairn::test
