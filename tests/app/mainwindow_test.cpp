#include "planfixtures.h"

#include "app/mainwindow.h"
#include "storage/repository.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>

using namespace cairn;
using namespace cairn::test;

namespace {

QString createSample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("socorro.cairn"));
    Repository::create(path, readPlanJson(socorroSample()));
    return path;
}

} // namespace

TEST_CASE("opening a plan shows its title and front matter", "[app]")
{
    QTemporaryDir dir;
    const QString path = createSample(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openPlan(path));
    CHECK(window.windowTitle() == QStringLiteral("Socorro ISD Strategic Plan 2023-2027 — socorro.cairn — Cairn"));
    const auto *overview = window.findChild<QTextBrowser *>(QStringLiteral("overview"));
    REQUIRE(overview);
    CHECK(overview->accessibleName() == QStringLiteral("Plan overview"));
    CHECK(overview->toPlainText().contains(QStringLiteral("Tomorrow\u2019s Leaders Learning Today")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("saved")));
}

TEST_CASE("a file that is not a plan is refused with the reason and nothing changes", "[app]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.cairn"));
    writeAll(path, "Minutes of the October meeting");
    MainWindow window;
    window.show();
    const QString titleBefore = window.windowTitle();

    QString shownMessage;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        shownMessage = box->text();
        box->accept();
    });
    CHECK_FALSE(window.openPlan(path));
    CHECK(shownMessage.contains(QStringLiteral("not a Cairn plan file")));
    CHECK(window.windowTitle() == titleBefore);
    CHECK(readAll(path) == "Minutes of the October meeting");
}
