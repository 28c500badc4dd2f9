#pragma once

#include "planfixtures.h"

#include "app/document/plandocument.h"
#include "app/mainwindow.h"
#include "app/outline/outlinepanel.h"
#include "app/workspace.h"
#include "core/planwalk.h"
#include "storage/repository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace cairn::test {

inline QString createSample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("socorro.cairn"));
    Repository::create(path, readPlanJson(socorroSample()));
    return path;
}

// Answers the next message box that opens by clicking the button whose
// text (without its mnemonic) is `button`; returns, through `text`, what it said.
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

// A window on a fresh copy of the Socorro sample.
struct Window {
    QTemporaryDir dir;
    QString path = createSample(dir);
    MainWindow window;

    Window()
    {
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(window.openPlan(path));
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
