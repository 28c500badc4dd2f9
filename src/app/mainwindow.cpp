#include "mainwindow.h"

#include "accessibility/comboaccessible.h"
#include "author.h"
#include "changewatch.h"
#include "dashboard/dashboardview.h"
#include "history/historydialog.h"
#include "document/plandocument.h"
#include "document/commands.h"
#include "newplandialog.h"
#include "openfromserverdialog.h"
#include "openrefusal.h"
#include "planplace.h"
#include "app/textimport/newplanfromdocumentdialog.h"
#include "storage/fileusers.h"
#include "values/valuesview.h"
#include "outline/outlinepanel.h"
#include "panes/districtplan.h"
#include "reviews/reviewsview.h"
#include "wheelguard.h"
#include "workspace.h"
#include "alignment/alignmentview.h"
#include "alignment/schoolplanopener.h"

#include "core/planlocate.h"
#include "i18n/language.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace cairn {

namespace {

constexpr int MaxRecent = 8;
const QString RecentKey = QStringLiteral("recentFiles");
const QString RecentTitlesKey = QStringLiteral("recentServerTitles");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString SpanishKey = QStringLiteral("view/spanishTexts");

QString bannerStyle(const char *background)
{
    return QStringLiteral("QLabel { background: %1; padding: 6px; font-weight: 600; }").arg(QLatin1String(background));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_banner(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_welcome(new QLabel(this))
    , m_saved(new QLabel(this))
    , m_author(new Author(this))
    , m_authorLabel(new QLabel(this))
    , m_connectionBanner(new QLabel(this))
    , m_changeWatch(new ChangeWatch(m_connectionBanner, this))
{
    WheelGuard::install();
    ComboAccessible::install();
    setObjectName(QStringLiteral("mainWindow"));
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setStyleSheet(bannerStyle("#FFF3CD"));
    m_banner->hide();
    m_connectionBanner->setStyleSheet(bannerStyle("#FDECEA"));
    connect(m_changeWatch, &ChangeWatch::notice, this, &MainWindow::showNotice);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setStyleSheet(bannerStyle("#FDECEA"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_welcome->setObjectName(QStringLiteral("welcome"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_saved->setObjectName(QStringLiteral("savedState"));
    statusBar()->addPermanentWidget(m_saved);
    m_authorLabel->setObjectName(QStringLiteral("authorLabel"));
    m_authorLabel->setContentsMargins(12, 0, 0, 0);
    statusBar()->addPermanentWidget(m_authorLabel);
    connect(m_author, &Author::changed, this, &MainWindow::updateAuthorLabel);
    connect(m_author, &Author::changed, this, [this] {
        if (m_workspace)
            m_workspace->setAuthor(m_author->name(), m_author->role());
    });
    updateAuthorLabel();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_notice);
    layout->addWidget(m_welcome, 1);
    setCentralWidget(central);

    setFixedTexts();
    createActions();
    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, never more than fits.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1400, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    }
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The workspace's views read the document until they are gone.
    delete m_workspace;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make(tr("&New Plan…"), QKeySequence::New, &MainWindow::newPlan);
    m_open = make(tr("&Open…"), QKeySequence::Open, [this] { chooseAndOpen(false); });
    m_openReadOnly = make(tr("Open Rea&d-Only…"), QKeySequence(), [this] { chooseAndOpen(true); });
    m_openFromServer = make(tr("Open from &Server…"), QKeySequence(), [this] { openFromServer(); });
    m_saveCopy = make(tr("Save a Cop&y As…"), QKeySequence::SaveAs, &MainWindow::saveCopyAs);
    m_saveCopy->setObjectName(QStringLiteral("saveCopyAction"));
    m_import = make(tr("&Import JSON…"), QKeySequence(), &MainWindow::importJson);
    m_export = make(tr("&Export JSON…"), QKeySequence(), &MainWindow::exportJson);
    m_exportValues = make(tr("Export &Values…"), QKeySequence(), &MainWindow::exportValues);
    m_importValues = make(tr("Import Va&lues…"), QKeySequence(), &MainWindow::importValues);
    m_exportReport = make(tr("Export Re&port (PDF)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MainWindow::exportReport);
    m_printPreview = make(tr("Print Previe&w…"), QKeySequence::Print, &MainWindow::printPreview);
    m_publishWebsite = make(tr("Pu&blish Website…"), QKeySequence(), &MainWindow::publishWebsite);
    m_close = make(tr("&Close"), QKeySequence::Close, &MainWindow::closePlan);
    m_quit = make(tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_preferences = make(tr("Pr&eferences…"), QKeySequence::Preferences, &MainWindow::editPreferences);
    m_preferences->setObjectName(QStringLiteral("preferences"));
    m_preferences->setMenuRole(QAction::PreferencesRole);

    auto outline = [this](void (OutlinePanel::*slot)()) {
        return [this, slot] {
            if (m_workspace) {
                m_workspace->showTab(Workspace::Tab::Plan);
                (m_workspace->outline()->*slot)();
            }
        };
    };
    m_addGoal = make(tr("Add &Goal"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), outline(&OutlinePanel::addGoal));
    m_addObjective = make(tr("Add &Objective"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), outline(&OutlinePanel::addObjective));
    m_addAction = make(tr("Add &Action"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), outline(&OutlinePanel::addAction));
    m_addMeasure = make(tr("Add &Measure"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), outline(&OutlinePanel::addMeasure));
    m_addChild = make(tr("Add C&hild Measure"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), outline(&OutlinePanel::addChildMeasure));
    m_delete = make(tr("&Delete"), QKeySequence(Qt::CTRL | Qt::Key_Delete), outline(&OutlinePanel::deleteSelected));
    m_moveUp = make(tr("Move U&p"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] {
        if (m_workspace)
            m_workspace->outline()->moveSelected(-1);
    });
    m_moveDown = make(tr("Move Do&wn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] {
        if (m_workspace)
            m_workspace->outline()->moveSelected(1);
    });
    m_find = make(tr("&Find…"), QKeySequence::Find, outline(&OutlinePanel::focusFilter));
    auto show = [this](Workspace::Tab tab) {
        return [this, tab] {
            if (m_workspace)
                m_workspace->showTab(tab);
        };
    };
    m_showDashboard = make(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_1), show(Workspace::Tab::Dashboard));
    m_showPlan = make(tr("&Plan"), QKeySequence(Qt::CTRL | Qt::Key_2), show(Workspace::Tab::Plan));
    m_showPlanDetails = make(tr("Plan De&tails"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] {
        if (m_workspace)
            m_workspace->showPlanDetails();
    });
    m_showValues = make(tr("&Update Values"), QKeySequence(Qt::CTRL | Qt::Key_3), show(Workspace::Tab::Values));
    m_showOverview = make(tr("O&verview"), QKeySequence(Qt::CTRL | Qt::Key_4), show(Workspace::Tab::Overview));
    m_showReviews = make(tr("Revie&ws"), QKeySequence(Qt::CTRL | Qt::Key_5), show(Workspace::Tab::Reviews));
    m_showResponsibilities = make(tr("Re&sponsibilities"), QKeySequence(Qt::CTRL | Qt::Key_6), show(Workspace::Tab::Responsibilities));
    m_showAlignment = make(tr("&Alignment"), QKeySequence(Qt::CTRL | Qt::Key_7), show(Workspace::Tab::Alignment));
    m_showQuality = make(tr("Plan &Quality"), QKeySequence(Qt::CTRL | Qt::Key_8), show(Workspace::Tab::Quality));
    m_showMyUpdates = make(tr("M&y Updates"), QKeySequence(Qt::CTRL | Qt::Key_9), show(Workspace::Tab::MyUpdates));
    m_showApprovals = make(tr("Appr&ovals"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9), show(Workspace::Tab::Approvals));
    // The panes' fields for the plan's texts in Spanish: shown from the start
    // when Cairn speaks Spanish, and as chosen since.
    m_showSpanish = make(tr("Spanish Te&xts of the Plan"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
        QSettings().setValue(SpanishKey, m_showSpanish->isChecked());
        if (m_workspace)
            m_workspace->setSpanishShown(m_showSpanish->isChecked());
    });
    m_showSpanish->setCheckable(true);
    m_showSpanish->setChecked(QSettings().value(SpanishKey, Language::installed() == Language::Spanish).toBool());
    m_history = make(tr("Item &History…"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
        const auto selection = m_workspace ? m_workspace->outline()->selected() : std::nullopt;
        if (!selection)
            return;
        const QString code = codeOf(m_document->plan(), selection->first, selection->second);
        HistoryDialog dialog(*m_document, code, selection->first == ItemKind::Measure, this);
        dialog.exec();
    });
    m_startReview = make(tr("Start Re&view…"), QKeySequence(), [this] {
        if (m_workspace) {
            m_workspace->showTab(Workspace::Tab::Reviews);
            m_workspace->reviews()->startReview();
        }
    });
    // The dashboard's text size, for a projector.
    auto scale = [this](double factor) {
        return [this, factor] {
            if (!m_workspace)
                return;
            DashboardView *dashboard = m_workspace->dashboard();
            dashboard->setTextScale(factor == 0 ? 1.0 : dashboard->textScale() * factor);
            m_workspace->showTab(Workspace::Tab::Dashboard);
        };
    };
    m_largerText = make(tr("&Larger Text"), QKeySequence::ZoomIn, scale(1.15));
    m_smallerText = make(tr("S&maller Text"), QKeySequence::ZoomOut, scale(1 / 1.15));
    m_normalText = make(tr("&Normal Text Size"), QKeySequence(Qt::CTRL | Qt::Key_0), scale(0));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(tr("New Plan &from Document…"), this, [this] { newPlanFromDocument(); });
    file->addActions({m_open, m_openReadOnly, m_openFromServer});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addActions({m_saveCopy, m_import, m_export});
    file->addSeparator();
    file->addActions({m_exportValues, m_importValues});
    file->addSeparator();
    file->addActions({m_exportReport, m_printPreview, m_publishWebsite});
    file->addSeparator();
    file->addActions({m_close, m_quit});

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undo, m_redo});
    edit->addSeparator();
    edit->addActions({m_addGoal, m_addObjective, m_addAction, m_addMeasure, m_addChild});
    edit->addSeparator();
    edit->addActions({m_delete, m_moveUp, m_moveDown});
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_startReview);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_showDashboard, m_showPlan, m_showPlanDetails, m_showValues, m_showOverview, m_showReviews, m_showResponsibilities, m_showAlignment, m_showQuality, m_showMyUpdates, m_showApprovals});
    view->addAction(m_showSpanish);
    view->addSeparator();
    view->addAction(m_history);
    view->addSeparator();
    view->addActions({m_largerText, m_smallerText, m_normalText});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, &MainWindow::showUserGuide);
    help->addAction(tr("&About Cairn"), this, &MainWindow::showAbout);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_new, m_open});
    tools->addSeparator();
    tools->addActions({m_undo, m_redo});
    tools->addSeparator();
    tools->addActions({m_addGoal, m_addObjective, m_addAction, m_addMeasure, m_delete});
}

void MainWindow::setFixedTexts()
{
    m_banner->setText(tr("\u26A0 This plan is open read-only: you can look at it, but not change it."));
    m_welcome->setText(tr("<h2>Cairn</h2><p>Open a plan with <b>File \u2192 Open</b>, start one with <b>File \u2192 New</b>, "
                          "or bring in a plan written as JSON with <b>File \u2192 Import JSON</b>.</p>"));
    m_authorLabel->setToolTip(tr("Every change you make records this name; change it under Edit \u2192 Preferences."));
}

bool MainWindow::openPlan(const QString &path, bool readOnly)
{
    if (m_document && PlanPlace::same(path, m_document->path())) {
        showNotice(tr("%1 is already open in this window.").arg(PlanPlace::name(path)));
        return true;
    }
    // Two windows on one plan never lose each other's edits, but a user
    // who did not mean to open it twice should know before editing. (On a
    // server, many people at once is the point.)
    if (!readOnly && !PlanPlace::isServer(path) && FileUsers::openElsewhere(path)) {
        QMessageBox ask(QMessageBox::Question, tr("Plan already open"),
                        tr("%1 is already open in %2.").arg(QFileInfo(path).fileName(), FileUsers::describeOthers(path, 0)),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("openElsewhere"));
        ask.setInformativeText(tr("You can edit it here too: each window shows the other's changes within a second and "
                                  "never saves over them. Or open it read-only, to look without changing it."));
        QPushButton *edit = ask.addButton(tr("Open to &Edit"), QMessageBox::AcceptRole);
        QPushButton *look = ask.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(look);
        ask.exec();
        if (ask.clickedButton() != edit && ask.clickedButton() != look)
            return false;
        readOnly = ask.clickedButton() == look;
    }
    try {
        std::unique_ptr<PlanDocument> document;
        const bool given = OpenFromServerDialog::withPassword(this, path, [&] {
            document = PlanDocument::open(path, readOnly ? Repository::Access::ReadOnly : Repository::Access::ReadWrite);
        });
        if (!given)
            return false;
        setDocument(std::move(document));
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Cannot open plan"), OpenRefusal::message(error, path, m_import));
        return false;
    }
    addRecent(path);
    // Its school plans' Supports fields offer its items from now on.
    if (m_document->plan().kind == PlanKind::District)
        DistrictPlan::remember(m_document->plan().uuid, path);
    return true;
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    m_changeWatch->setDocument(nullptr);
    dropWorkspace();
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_document = std::move(document);
    m_notice->hide();
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        m_document->repository().setActorSource([this] { return authorForEdit(); });
        buildWorkspace();
        m_welcome->hide();
        m_banner->setVisible(m_document->isReadOnly());
        connect(m_document.get(), &PlanDocument::errorOccurred, this, &MainWindow::showNotice);
        connect(m_document.get(), &PlanDocument::changed, this, [this] {
            m_notice->hide();
            m_saved->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
            updateTitle();
        });
        if (!m_document->repository().migrationBackup().isEmpty())
            showNotice(tr("This plan was written by an older Cairn and has been upgraded; the original is kept as %1.")
                           .arg(QFileInfo(m_document->repository().migrationBackup()).fileName()));
        m_workspace->outline()->tree()->setFocus();
        m_changeWatch->setDocument(m_document.get());
    } else {
        m_welcome->show();
        m_banner->hide();
    }
    updateTitle();
    updateActions();
}

void MainWindow::buildWorkspace()
{
    m_workspace = new Workspace(m_document.get(), centralWidget());
    centralWidget()->layout()->addWidget(m_workspace);
    m_workspace->show();
    m_workspace->splitter()->restoreState(QSettings().value(SplitterKey).toByteArray());
    m_workspace->setSpanishShown(m_showSpanish->isChecked());
    connect(m_workspace->outline(), &OutlinePanel::currentItemChanged, this, &MainWindow::updateActions);
    connect(m_workspace->alignment(), &AlignmentView::schoolPlanChosen, this,
            [this](const QString &path) { SchoolPlanOpener::open(this, path); });
    m_workspace->setAuthor(m_author->name(), m_author->role());
    // An owner of a shared plan comes for their own updates.
    if (m_document->valuesWaitForApproval())
        m_workspace->showTab(Workspace::Tab::MyUpdates);
}

void MainWindow::dropWorkspace()
{
    if (!m_workspace)
        return;
    QSettings().setValue(SplitterKey, m_workspace->splitter()->saveState());
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Cairn"));
        m_saved->setText({});
        return;
    }
    const QString name = PlanPlace::name(m_document->path());
    const QString title = m_document->plan().title.isEmpty() ? tr("Untitled plan") : m_document->plan().title;
    setWindowTitle(m_document->isReadOnly() ? tr("%1 — %2 (read-only) — Cairn").arg(title, name) : tr("%1 — %2 — Cairn").arg(title, name));
    if (m_saved->text().isEmpty())
        m_saved->setText(m_document->isReadOnly() ? tr("Read-only") : tr("Every change is saved as you make it"));
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    const auto selection = m_workspace ? m_workspace->outline()->selected() : std::nullopt;
    const bool selected = selection.has_value();
    const ItemKind kind = selected ? selection->first : ItemKind::Goal;
    for (QAction *action : {m_saveCopy, m_export, m_exportValues, m_exportReport, m_printPreview, m_publishWebsite, m_close, m_find, m_showDashboard, m_showPlan, m_showPlanDetails, m_showValues, m_showOverview, m_showReviews, m_showResponsibilities, m_showAlignment, m_showQuality, m_showMyUpdates, m_showApprovals, m_largerText, m_smallerText, m_normalText})
        action->setEnabled(open);
    // The approval queue, the plan's shape and its reviews are the
    // coordinator's (on a server, an owner enters values and progress).
    const bool coordinates = editable && m_document->person().role == ServerSecurity::Role::Coordinator;
    m_showApprovals->setEnabled(open && m_document->person().role == ServerSecurity::Role::Coordinator);
    m_importValues->setEnabled(editable);
    m_startReview->setEnabled(coordinates);
    m_addGoal->setEnabled(coordinates);
    m_addObjective->setEnabled(coordinates && !m_document->plan().goals.empty());
    m_addAction->setEnabled(coordinates && selected && kind != ItemKind::Goal);
    m_addMeasure->setEnabled(coordinates && selected);
    m_addChild->setEnabled(coordinates && selected && kind == ItemKind::Measure);
    for (QAction *action : {m_delete, m_moveUp, m_moveDown})
        action->setEnabled(coordinates && selected);
    m_history->setEnabled(selected);
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    const QString place = PlanPlace::remembered(path);
    recent.removeAll(place);
    recent.prepend(place);
    settings.setValue(RecentKey, recent.mid(0, MaxRecent));
    // A plan on a server is listed by its title: its address names it by id.
    if (PlanPlace::isServer(place) && m_document) {
        QVariantMap titles = settings.value(RecentTitlesKey).toMap();
        titles.insert(place, m_document->plan().title);
        settings.setValue(RecentTitlesKey, titles);
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QSettings settings;
    const QStringList recent = settings.value(RecentKey).toStringList();
    const QVariantMap titles = settings.value(RecentTitlesKey).toMap();
    for (const QString &path : recent) {
        const QString title = titles.value(path).toString();
        QAction *action = m_recentMenu->addAction(PlanPlace::isServer(path) && !title.isEmpty()
                                                      ? tr("%1 (on %2)").arg(title, PlanPlace::name(path))
                                                      : PlanPlace::name(path),
                                                  this, [this, path] { openPlan(path); });
        action->setToolTip(path);
        // A file that is gone cannot be opened; a server is found when asked.
        action->setEnabled(PlanPlace::isServer(path) || QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
}

void MainWindow::newPlan()
{
    NewPlanDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Plan plan = dialog.plan();
    const QString path = QFileDialog::getSaveFileName(this, tr("Keep the New Plan In"), plan.title + QStringLiteral(".cairn"),
                                                      tr("Cairn plans (*.cairn)"));
    if (path.isEmpty())
        return;
    try {
        setDocument(PlanDocument::create(path, plan, QFileInfo::exists(path)));
        addRecent(path);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Cannot create plan"), error.message());
    }
}

bool MainWindow::newPlanFromDocument(const std::function<int(NewPlanFromDocumentDialog &)> &run)
{
    NewPlanFromDocumentDialog dialog(m_document ? m_document->path() : QString(), this);
    return (run ? run(dialog) : dialog.exec()) == QDialog::Accepted && openPlan(dialog.createdPath());
}

void MainWindow::openFromServer()
{
    OpenFromServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openPlan(dialog.location());
}

void MainWindow::chooseAndOpen(bool readOnly)
{
    const QString path = QFileDialog::getOpenFileName(this, readOnly ? tr("Open Plan Read-Only") : tr("Open Plan"), {},
                                                      tr("Cairn plans (*.cairn);;All files (*)"));
    if (!path.isEmpty())
        openPlan(path, readOnly);
}

QString MainWindow::authorForEdit()
{
    QString name = m_author->name();
    if (name.isEmpty()) {
        // A reload while the person is asked would change the plan under
        // the edit waiting for the name.
        m_changeWatch->hold();
        name = m_author->ask(this);
        m_changeWatch->release();
    }
    return name;
}

void MainWindow::updateAuthorLabel()
{
    const QString label = m_author->label();
    m_authorLabel->setText(tr("Editing as %1").arg(label));
    m_authorLabel->setVisible(!label.isEmpty());
}

void MainWindow::closePlan()
{
    setDocument(nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_workspace)
        settings.setValue(SplitterKey, m_workspace->splitter()->saveState());
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cairn"),
                       tr("<p><b>Cairn</b> %1</p><p>Tracks a school district's strategic plan: goals, objectives, "
                          "actions, measures and their yearly targets, in one file, offline.</p>")
                           .arg(QStringLiteral(CAIRN_VERSION)));
}

void MainWindow::showUserGuide()
{
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (!guide.open(QIODevice::ReadOnly))
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Cairn User Guide"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setAccessibleName(tr("User guide"));
    browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(760, 640);
    dialog.exec();
}

} // namespace cairn
