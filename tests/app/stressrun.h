#pragma once

#include "stressledger.h"
#include "windowfixture.h"

#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <optional>
#include <random>

class QLineEdit;
class QModelIndex;
class QTableView;

namespace cairn {
class ReviewMode;
}

// The stress test of concurrent editing (stress_test.cpp): the window under
// test, a second document in this process and the real cairn-cli on one
// plan. stressrun.cpp drives the other two writers, stresswindow.cpp the
// window.
namespace cairn::test {

inline const QString windowAuthor = QStringLiteral("window-author");
inline const QString otherAuthor = QStringLiteral("other-window-author");
inline const QString cliAuthor = QStringLiteral("cli-author");

// What the window under test is doing while the others edit.
enum class State { Filter, ValuesEditor, YearEditor, PaneField, WalkThrough, Dialog, Count };
const char *stateName(State state);

// The run's choices, from its seed.
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

// One run: a seeded random sequence of edits by the three writers.
class StressRun
{
public:
    StressRun(unsigned seed, Backend backend);
    ~StressRun();

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

} // namespace cairn::test
