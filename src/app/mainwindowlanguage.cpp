// MainWindow's Preferences and its change of language, apart from
// mainwindow.cpp (menus, files, the document) to keep each file small.
#include "mainwindow.h"

#include "author.h"
#include "authordialog.h"
#include "i18n/language.h"
#include "languagechoice.h"
#include "outline/outlinepanel.h"
#include "workspace.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace cairn {

void MainWindow::editPreferences()
{
    AuthorDialog dialog(AuthorDialog::Purpose::Preferences, m_author->name(), m_author->role(), this);
    dialog.setLanguage(Language::installed());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_author->set(dialog.name(), dialog.role());
    if (dialog.language() == Language::installed())
        return;
    LanguageChoice::save(dialog.language());
    Language::install(dialog.language());
    retranslate();
}

void MainWindow::retranslate()
{
    // The old menu bar goes with its menus; the actions are the window's.
    setMenuBar(new QMenuBar(this));
    delete findChild<QToolBar *>(QStringLiteral("mainToolBar"), Qt::FindDirectChildrenOnly);
    qDeleteAll(findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly));
    setFixedTexts();
    createActions();
    createMenus();
    if (m_workspace) {
        const int tab = m_workspace->tabs()->currentIndex();
        const auto selected = m_workspace->outline()->selected();
        dropWorkspace();
        buildWorkspace();
        if (selected)
            m_workspace->outline()->select(selected->first, selected->second);
        m_workspace->tabs()->setCurrentIndex(tab);
        m_workspace->outline()->tree()->setFocus();
    }
    m_saved->clear();
    updateTitle();
    updateActions();
    updateAuthorLabel();
}

} // namespace cairn
