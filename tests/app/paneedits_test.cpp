#include "windowfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

using namespace cairn;
using namespace cairn::test;

namespace {

const QString Ccmr = QStringLiteral("1.2-L1");

Measure storedMeasure(const Window &w, const QString &code)
{
    const Plan plan = w.stored();
    return measureOf(plan, code);
}

QScrollArea *scrollAreaOf(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(parent))
            return area;
    FAIL("no scroll area around " << widget->objectName().toStdString());
    return nullptr;
}

// One notch of a mouse wheel over the middle of `widget`: towards the
// user (down the page) unless `up`.
void turnWheelOver(QWidget *widget, bool up = false)
{
    const QPointF local = QPointF(widget->rect().center());
    QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, up ? 120 : -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

// The pane's message for a refused edit, when it is shown.
QLabel *message(QWidget *pane)
{
    auto *label = pane->findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(label);
    return label;
}

bool withinViewport(QWidget *widget, QScrollArea *area)
{
    const QRect shown(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
    return widget->isVisible() && area->viewport()->rect().contains(shown);
}

} // namespace

// On a file alone, as the next: the wheel is the widgets' (nothing saved is
// the point, and six sections would make six databases).
TEST_CASE("a wheel over a drop-down or number the user is not in scrolls the pane and changes nothing", "[app][gui][wheel]")
{
    Window w;
    w.select(Ccmr);
    auto *pane = w.find<QWidget>("measurePane");
    QScrollArea *area = scrollAreaOf(pane);
    REQUIRE(area->verticalScrollBar()->maximum() > 0);
    const Plan before = w.stored();
    const char *name = GENERATE("typeCombo", "kindCombo", "unitCombo", "directionCombo", "decimalsSpin", "assessmentStatus");
    auto *control = pane->findChild<QWidget *>(QString::fromLatin1(name));
    REQUIRE(control);
    pane->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setFocus();
    area->ensureWidgetVisible(control);
    REQUIRE_FALSE(control->hasFocus());
    const int scrolled = area->verticalScrollBar()->value();
    const bool up = scrolled == area->verticalScrollBar()->maximum();

    turnWheelOver(control, up);
    QCoreApplication::processEvents();

    CHECK(withoutIds(w.stored()).goals == withoutIds(before).goals);
    CHECK(w.document()->undoStack()->count() == 0);
    if (up)
        CHECK(area->verticalScrollBar()->value() < scrolled);
    else
        CHECK(area->verticalScrollBar()->value() > scrolled);
    CHECK_FALSE(control->hasFocus());
    CHECK(control->focusPolicy() == Qt::StrongFocus);
}

TEST_CASE("a drop-down the user has put the focus in still takes the wheel", "[app][gui][wheel]")
{
    Window w;
    w.select(Ccmr);
    auto *direction = w.find<QComboBox>("directionCombo");
    scrollAreaOf(direction)->ensureWidgetVisible(direction);
    direction->setFocus();
    REQUIRE(direction->hasFocus());
    turnWheelOver(direction);
    CHECK(storedMeasure(w, Ccmr).direction == Direction::LowerIsBetter);
}

TEST_CASE("changing the type of a measure with values asks first, naming them; Cancel changes nothing", "[app][gui][measure]")
{
    struct Row {
        const char *code;
        Qt::Key key; // in the Type drop-down: numbers, milestone, narrative
        MeasureType to;
        const char *button;
        const char *says;
    };
    const Row row = GENERATE(
        Row{"1.2-L1", Qt::Key_Down, MeasureType::Milestone, "Change to Milestone",
            "Measure 1.2-L1 has 5 targets, 3 actual values, a baseline and a final target. A milestone does not show them; "
            "they are kept, and come back if you change it back to numbers."},
        Row{"2.1-L1", Qt::Key_End, MeasureType::Narrative, "Change to Narrative", "Measure 2.1-L1 has 2 actual values"},
        Row{"4.1-L3", Qt::Key_Up, MeasureType::Numeric, "Change to Numbers",
            "Measure 4.1-L3 has a due date, a completed date and evidence. A measure of numbers does not show them; they are "
            "kept, and come back if you change it back to a milestone."});
    const QString code = QString::fromLatin1(row.code);
    Window w(GENERATE(from_range(backends())));
    w.select(code);
    const Measure before = storedMeasure(w, code);
    auto *type = w.find<QComboBox>("typeCombo");
    type->setFocus();

    QString question;
    answerNextQuestion(QStringLiteral("Cancel"), &question);
    QTest::keyClick(type, row.key);
    CHECK(question.contains(QString::fromUtf8(row.says)));
    CHECK(type->currentData().toString() == toToken(before.type));
    CHECK(storedMeasure(w, code) == before);
    CHECK(w.document()->undoStack()->count() == 0);

    answerNextQuestion(QString::fromLatin1(row.button));
    QTest::keyClick(type, row.key);
    Measure after = storedMeasure(w, code);
    CHECK(after.type == row.to);
    after.type = before.type;
    CHECK(after == before); // nothing else changed, nothing removed
    CHECK(w.document()->undoStack()->count() == 1);

    w.document()->undoStack()->undo();
    CHECK(storedMeasure(w, code) == before);
    CHECK(type->currentData().toString() == toToken(before.type));
}

TEST_CASE("a type change that hides nothing does not ask", "[app][gui][measure]")
{
    Window w(GENERATE(from_range(backends())));
    const QString code = QStringLiteral("1.3-L1"); // no number of any kind yet
    w.select(code);
    auto *type = w.find<QComboBox>("typeCombo");
    type->setFocus();
    bool asked = false;
    QTimer::singleShot(0, &w.window, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->reject();
        }
    });
    QTest::keyClick(type, Qt::Key_End); // to "Narrative"
    CHECK_FALSE(asked);
    CHECK(storedMeasure(w, code).type == MeasureType::Narrative);
}

TEST_CASE("a refused code is said at the field, in view, and the field shows the stored code again", "[app][gui][message]")
{
    Window w(GENERATE(from_range(backends())));
    w.select(Ccmr);
    auto *pane = w.find<QWidget>("measurePane");
    QScrollArea *area = scrollAreaOf(pane);
    const Plan before = w.stored();
    auto *code = pane->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    const bool byEnter = GENERATE(true, false);
    area->ensureWidgetVisible(code);
    code->setFocus();
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("1.2-L2"));
    if (byEnter)
        QTest::keyClick(code, Qt::Key_Return);
    else
        w.find<QLineEdit>("nameEdit")->setFocus();
    QCoreApplication::processEvents();

    QLabel *shown = message(pane);
    CHECK(withinViewport(shown, area));
    CHECK(shown->text().contains(QStringLiteral("The code \"1.2-L2\" is already used")));
    CHECK(shown->text().contains(QStringLiteral("nothing was saved")));
    CHECK(code->text() == Ccmr);
    // Right under the field it is about.
    const int below = shown->mapTo(pane, QPoint(0, 0)).y() - code->mapTo(pane, QPoint(0, code->height())).y();
    CHECK(below >= 0);
    CHECK(below < code->height());
    CHECK(withoutIds(w.stored()).goals == withoutIds(before).goals);

    // A good edit takes the message away.
    code->setFocus();
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("1.2-L99"));
    QTest::keyClick(code, Qt::Key_Return);
    CHECK_FALSE(shown->isVisible());
    CHECK(storedMeasure(w, QStringLiteral("1.2-L99")).name == measureOf(before, Ccmr).name);
}

TEST_CASE("a refused date of an action is said at the field, in view", "[app][gui][message]")
{
    Window w(GENERATE(from_range(backends())));
    w.select(QStringLiteral("1.2.1A"));
    auto *pane = w.find<QWidget>("actionPane");
    const Plan before = w.stored();
    auto *due = pane->findChild<QLineEdit *>(QStringLiteral("dueEdit"));
    scrollAreaOf(pane)->ensureWidgetVisible(due);
    due->setFocus();
    due->selectAll();
    QTest::keyClicks(due, QStringLiteral("2026-13-40"));
    QTest::keyClick(due, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(withinViewport(message(pane), scrollAreaOf(pane)));
    CHECK(message(pane)->text().contains(QStringLiteral("\"2026-13-40\" is not a school year")));
    CHECK(due->text() != QStringLiteral("2026-13-40"));
    CHECK(withoutIds(w.stored()).goals == withoutIds(before).goals);
}
