#pragma once

#include <QMainWindow>

#include <memory>

class QTextBrowser;

namespace cairn {

class Repository;

// The first window: opens a plan file and shows its front matter. The full
// editor (outline, panes, undo) replaces the overview in a later issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on refusal shows why and keeps what was open.
    bool openPlan(const QString &path);

private:
    void chooseAndOpen();
    void showAbout();
    void showWelcome();

    QTextBrowser *m_overview;
    std::unique_ptr<Repository> m_repository;
};

} // namespace cairn
