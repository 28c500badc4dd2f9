#include "windowfixture.h"

#include "app/report/websitepublish.h"

#include <QMenuBar>

using namespace cairn;
using namespace cairn::test;

namespace {

QAction *publishAction(const MainWindow &window)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&File"))
            continue;
        for (QAction *action : menu->menu()->actions())
            if (action->text() == QStringLiteral("Pu&blish Website…"))
                return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("File offers Publish Website while a plan is open", "[app][gui][web]")
{
    Window w;
    QAction *action = publishAction(w.window);
    REQUIRE(action);
    CHECK(action->isEnabled());
}

TEST_CASE("the app publishes the website for the year it shows", "[app][gui][web]")
{
    Window w;
    w.document()->setStatusYear(SchoolYear(2023));
    const QString folder = w.dir.filePath(QStringLiteral("site"));
    REQUIRE(WebsitePublish::publish(&w.window, *w.document(), folder));
    const QString index = QString::fromUtf8(readAll(folder + QStringLiteral("/index.html")));
    CHECK(index.contains(QStringLiteral("Where the plan stands in 2023-24")));
    CHECK(filesIn(folder).contains(QStringLiteral("values-2023-24.csv")));
    CHECK(!filesIn(folder).contains(QStringLiteral("values-2024-25.csv")));
}

TEST_CASE("the app asks before replacing an earlier site and refuses other folders", "[app][gui][web]")
{
    Window w;
    const QString folder = w.dir.filePath(QStringLiteral("site"));
    REQUIRE(WebsitePublish::publish(&w.window, *w.document(), folder));
    writeAll(folder + QStringLiteral("/goal-old.html"), "from an earlier plan");

    QString asked;
    answerNextQuestion(QStringLiteral("Cancel"), &asked);
    CHECK_FALSE(WebsitePublish::publish(&w.window, *w.document(), folder));
    CHECK(asked.contains(QStringLiteral("published earlier")));
    CHECK(filesIn(folder).contains(QStringLiteral("goal-old.html")));

    answerNextQuestion(QStringLiteral("Yes"));
    CHECK(WebsitePublish::publish(&w.window, *w.document(), folder));
    CHECK(!filesIn(folder).contains(QStringLiteral("goal-old.html")));

    QTemporaryDir other;
    writeAll(other.filePath(QStringLiteral("minutes.docx")), "keep");
    QString warned;
    answerNextQuestion(QStringLiteral("OK"), &warned);
    CHECK_FALSE(WebsitePublish::publish(&w.window, *w.document(), other.path()));
    CHECK(warned.contains(QStringLiteral("other files")));
    CHECK(filesIn(other.path()) == QStringList{QStringLiteral("minutes.docx")});
}
