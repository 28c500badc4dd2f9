#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewPlanFromDocumentDialog;
}

namespace cairn {

// File → New Plan from Document…: the text of the district's plan
// document, pasted or opened from a file; Read shows the outline read from
// it to correct; Create Plan… asks where to keep the plan and writes it
// there, refusing (and writing nothing) when the plan does not pass check.
// Nothing is written before. Reading the text again asks first when the
// preview holds corrections.
class NewPlanFromDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    // `openPlanPath`: the plan open in the window, never to be written over.
    explicit NewPlanFromDocumentDialog(const QString &openPlanPath, QWidget *parent = nullptr);
    ~NewPlanFromDocumentDialog() override;

    // The plan file written; empty until the dialog is accepted.
    QString createdPath() const { return m_createdPath; }

private:
    void openFile();
    void read();
    bool dropCorrections();
    void showPage(int page);
    void create();

    std::unique_ptr<Ui::NewPlanFromDocumentDialog> m_ui;
    QString m_openPlanPath;
    QString m_createdPath;
};

} // namespace cairn
