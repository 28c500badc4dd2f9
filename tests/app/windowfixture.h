#pragma once

#include "planfixtures.h"
#include "testserver.h"

#include "app/document/plandocument.h"
#include "app/mainwindow.h"
#include "app/outline/outlinepanel.h"
#include "app/workspace.h"
#include "core/planwalk.h"
#include "storage/repository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

namespace cairn::test {

inline QString createSample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("socorro.cairn"));
    Repository::create(path, readPlanJson(socorroSample()));
    return path;
}

// Answers the next message box that opens by clicking the button whose
// text (without its mnemonic) is `button`; returns, through `text`, what it said.
// Opens the editor of `cell` in a sheet (a year table, Update values) and
// types `text` over what it holds, leaving it unsaved; returns the editor.
inline QLineEdit *typeInCell(QTableView *table, const QModelIndex &cell, const QString &text)
{
    table->setFocus();
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    return editor;
}

inline void answerNextQuestion(const QString &button, QString *text = nullptr)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        if (text)
            *text = box->text();
        for (QAbstractButton *candidate : box->buttons())
            if (candidate->text().remove(QLatin1Char('&')) == button)
                return candidate->click();
        FAIL("no button " << button.toStdString());
    });
}

// Answers every message box that opens while it lives, whenever it opens
// (a question asked from the event loop as well as at once), and keeps
// what each said: by clicking the button whose text (without its
// mnemonic) is `button`, or by pressing `key` as a person would.
class QuestionAnswerer
{
public:
    explicit QuestionAnswerer(const QString &button)
        : QuestionAnswerer([button](QMessageBox *box) {
            for (QAbstractButton *candidate : box->buttons())
                if (candidate->text().remove(QLatin1Char('&')) == button) {
                    candidate->click();
                    return true;
                }
            FAIL_CHECK("no button " << button.toStdString());
            box->reject();
            return true;
        })
    {
    }
    // Keys reach the box once it is the active window, as a person's do.
    explicit QuestionAnswerer(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
        : QuestionAnswerer([key, modifiers](QMessageBox *box) {
            if (!box->isActiveWindow())
                return false;
            QTest::keyClick(box->focusWidget() ? box->focusWidget() : box, key, modifiers);
            return true;
        })
    {
    }
    QStringList asked;

private:
    explicit QuestionAnswerer(std::function<bool(QMessageBox *)> answer)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            // A mnemonic clicks its button a moment later: one answer a box.
            if (!box || !box->isVisible() || box == m_answered)
                return;
            const QString text = box->text();
            if (answer(box)) {
                asked.append(text);
                m_answered = box;
            }
        });
        m_timer.start();
    }
    QTimer m_timer;
    QPointer<QMessageBox> m_answered;
};

// A window on a fresh copy of the Socorro sample, or of `plan`: in a file,
// or pushed to a fresh database of the test server and opened by its URL,
// as File → Open from Server does. `path` is where it is either way, so a
// test opens it again, or changes it from "another window", alike. A test
// run on both gives it GENERATE(from_range(backends())).
struct Window : PlanHome {
    QString path;
    MainWindow window;

    explicit Window(Backend where = Backend::File)
        : Window(readPlanJson(socorroSample()), where, QStringLiteral("socorro.cairn"))
    {
    }
    explicit Window(const Plan &plan, const QString &name)
        : Window(plan, Backend::File, name)
    {
    }
    explicit Window(const Plan &plan, Backend where = Backend::File, const QString &name = QStringLiteral("plan.cairn"))
        : PlanHome(where)
        , path(Repository::create(place(name), plan)->path())
    {
        open();
    }
    Workspace *workspace() const { return window.workspace(); }
    PlanDocument *document() const { return window.document(); }
    void select(const QString &code)
    {
        forEachCode(code);
    }
    template<typename T>
    T *find(const char *name) const
    {
        T *widget = window.findChild<T *>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }
    Plan stored() const { return Repository::open(path, Repository::Access::ReadOnly)->load(); }

private:
    void open()
    {
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(window.openPlan(path));
    }
    void forEachCode(const QString &code)
    {
        const PlanStatus &status = document()->status();
        const ItemStatus *item = status.find(code);
        REQUIRE(item);
        const auto kind = item->kind;
        // The status ids are not row ids: look the item up in the plan.
        qint64 id = 0;
        forEachItem(document()->plan(), [&](const ItemView &view) {
            if (view.code == code)
                id = view.id();
        });
        workspace()->showTab(Workspace::Tab::Plan);
        workspace()->outline()->select(kind, id);
    }
};



} // namespace cairn::test
