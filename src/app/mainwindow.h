#pragma once

#include "storage/repository.h"

#include <QMainWindow>

#include <functional>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QUndoGroup;

namespace cairn {

class Author;
class ChangeWatch;
class ImportValuesDialog;
class NewPlanFromDocumentDialog;
class PlanDocument;
class Workspace;

// The application window: menus and toolbar, the open plan's workspace,
// recent files, window state. There is no Save: every edit is written to
// the plan file as it is made.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on refusal shows why in a dialog and keeps what was open.
    bool openPlan(const QString &path, bool readOnly = false);
    PlanDocument *document() const { return m_document.get(); }
    // Imports a collection sheet after showing its preview; `choose` runs
    // the preview and returns its result (by default the user decides).
    bool importValuesFrom(const QString &path, const std::function<int(ImportValuesDialog &)> &choose = {});
    Workspace *workspace() const { return m_workspace; }
    // Builds a plan from a plan document's text and opens it; `run` runs
    // the dialog and returns its result (by default the user decides).
    bool newPlanFromDocument(const std::function<int(NewPlanFromDocumentDialog &)> &run = {});
    // Builds the menus and the workspace again in the language installed
    // now, on the same document: its undo history, the tab shown and the
    // selected item stay. The widgets are built in code, so their words are
    // fixed when they are built.
    void retranslate();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void setFixedTexts();
    void buildWorkspace();
    void dropWorkspace();
    // Edit → Preferences: the name every change records, and the language.
    void editPreferences();
    void setDocument(std::unique_ptr<PlanDocument> document);
    void updateTitle();
    void updateActions();
    void showNotice(const QString &text);
    void addRecent(const QString &path);
    void fillRecentMenu();

    void newPlan();
    void chooseAndOpen(bool readOnly);
    void openFromServer();
    void saveCopyAs();
    void importJson();
    void exportJson();
    void exportValues();
    void importValues();
    void exportReport();
    void publishWebsite();
    void printPreview();
    void closePlan();
    void showAbout();
    void showUserGuide();
    // The name the edit being made records; asks at the first edit when
    // none is known.
    QString authorForEdit();
    void updateAuthorLabel();

    std::unique_ptr<PlanDocument> m_document;
    Workspace *m_workspace = nullptr;
    QUndoGroup *m_undoGroup;
    QLabel *m_banner;
    QLabel *m_notice;
    QLabel *m_welcome;
    QLabel *m_saved;
    Author *m_author;
    QLabel *m_authorLabel;
    QLabel *m_connectionBanner;
    ChangeWatch *m_changeWatch;
    QMenu *m_recentMenu = nullptr;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openReadOnly = nullptr;
    QAction *m_openFromServer = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportValues = nullptr;
    QAction *m_importValues = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_publishWebsite = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_addGoal = nullptr;
    QAction *m_addObjective = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_addMeasure = nullptr;
    QAction *m_addChild = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_find = nullptr;
    QAction *m_showDashboard = nullptr;
    QAction *m_showPlan = nullptr;
    QAction *m_showPlanDetails = nullptr;
    QAction *m_showOverview = nullptr;
    QAction *m_showReviews = nullptr;
    QAction *m_showResponsibilities = nullptr;
    QAction *m_showAlignment = nullptr;
    QAction *m_showQuality = nullptr;
    QAction *m_showMyUpdates = nullptr;
    QAction *m_showApprovals = nullptr;
    QAction *m_showSpanish = nullptr;
    QAction *m_history = nullptr;
    QAction *m_startReview = nullptr;
    QAction *m_largerText = nullptr;
    QAction *m_smallerText = nullptr;
    QAction *m_normalText = nullptr;
    QAction *m_showValues = nullptr;
};

} // namespace cairn
