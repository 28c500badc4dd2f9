// A plan on a PostgreSQL server in the app: File → Open from Server, the
// window's title and recent plans, and another person's change arriving.
#include "testserver.h"
#include "windowfixture.h"

#include "app/openfromserverdialog.h"
#include "core/planlocate.h"
#include "storage/planlocation.h"
#include "storage/planserver.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

using namespace cairn;
using namespace cairn::test;

TEST_CASE("a plan on a server is chosen in Open from Server, opens in the window, and another person's value arrives in under two "
          "seconds",
          "[app][gui][server]")
{
    if (testServerUrl().isEmpty())
        return; // said by testServerUrl(); a failure under scripts/test
    ServerDatabase server;
    const Plan plan = readPlanJson(socorroSample());
    PlanServer::push(PlanLocation::parse(server.url()), plan, false);

    OpenFromServerDialog dialog;
    dialog.show();
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    auto *plans = dialog.findChild<QListWidget *>(QStringLiteral("plans"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    // Not an address: said, nothing listed.
    address->setText(QStringLiteral("socorro.cairn"));
    dialog.findChild<QPushButton *>(QStringLiteral("showPlans"))->click();
    CHECK(plans->count() == 0);
    CHECK(message->text().contains(QStringLiteral("begins with postgresql://")));
    address->setText(server.url());
    QTest::keyClick(address, Qt::Key_Return); // lists, does not open
    REQUIRE(plans->count() == 1);
    CHECK(plans->item(0)->text() == plan.title);
    CHECK(dialog.result() == 0);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QString location = dialog.location();
    CHECK(PlanLocation::parse(location).plan() == plan.uuid);

    MainWindow window;
    window.show();
    REQUIRE(window.openPlan(location));
    const QString where = PlanLocation::parse(location).server();
    CHECK(window.windowTitle().contains(where));
    CHECK(window.document()->plan().title == plan.title);

    // Another person (cairn-cli, another window) enters a value on the server.
    const auto other = Repository::open(location);
    const Plan theirs = other->load();
    const Measure &before = measureOf(theirs, QStringLiteral("1.1-L1"));
    Measure after = before;
    after.actuals[theirs.reportYear] = Actual::of(93, QStringLiteral("from the state's release"), QStringLiteral("Chief Academic Officer"));
    other->updateMeasure(before, after);
    QElapsedTimer waited;
    waited.start();
    const auto shown = [&] {
        const auto found = measureOf(window.document()->plan(), QStringLiteral("1.1-L1")).actuals.find(theirs.reportYear);
        return found != measureOf(window.document()->plan(), QStringLiteral("1.1-L1")).actuals.end() && found->second.value == 93;
    };
    while (!shown() && waited.elapsed() < 2000)
        QTest::qWait(20);
    CHECK(shown());

    // The recent plans list it by its title and server.
    QMenu *recent = nullptr;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        recent = menu->title().remove(QLatin1Char('&')) == QStringLiteral("Open Recent") ? menu : recent;
    REQUIRE(recent);
    emit recent->aboutToShow();
    REQUIRE_FALSE(recent->actions().isEmpty());
    CHECK(recent->actions().first()->text() == QStringLiteral("%1 (on %2)").arg(plan.title, where));
    CHECK(recent->actions().first()->isEnabled());
}
