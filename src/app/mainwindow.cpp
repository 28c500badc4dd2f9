#include "mainwindow.h"

#include "report/plansummary.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>

namespace cairn {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_overview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setAccessibleName(tr("Plan overview"));
    m_overview->setOpenLinks(false);
    setCentralWidget(m_overview);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Cairn"), this, &MainWindow::showAbout);

    resize(900, 700);
    showWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::showWelcome()
{
    setWindowTitle(tr("Cairn"));
    m_overview->setHtml(tr("<h1>Cairn</h1><p>Open a plan file (.cairn) with File → Open.</p>"
                           "<p>To start from a plan written as JSON, create a plan file with "
                           "<code>cairn-cli import PLAN.json PLAN.cairn</code>.</p>"));
}

bool MainWindow::openPlan(const QString &path)
{
    try {
        auto repository = Repository::open(path);
        const Plan plan = repository->load();
        m_repository = std::move(repository);
        m_overview->setHtml(PlanSummary::html(plan));
        const QString name = QFileInfo(path).fileName();
        setWindowTitle(m_repository->isReadOnly() ? tr("%1 — %2 (read-only) — Cairn").arg(plan.title, name)
                                                  : tr("%1 — %2 — Cairn").arg(plan.title, name));
        if (!m_repository->migrationBackup().isEmpty())
            statusBar()->showMessage(tr("This plan was upgraded; the original is kept as %1.")
                                         .arg(QFileInfo(m_repository->migrationBackup()).fileName()));
        else if (m_repository->isReadOnly())
            statusBar()->showMessage(tr("This plan is read-only: it can be viewed but not changed."));
        else
            statusBar()->showMessage(tr("Every change is saved as you make it."));
        return true;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Cannot open plan"), error.message());
        return false;
    }
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), {}, tr("Cairn plans (*.cairn);;All files (*)"));
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cairn"),
                       tr("<p><b>Cairn</b> %1</p><p>Tracks a school district's strategic plan: goals, objectives, "
                          "actions, measures and their yearly targets, in one file, offline.</p>")
                           .arg(QStringLiteral(CAIRN_VERSION)));
}

} // namespace cairn
