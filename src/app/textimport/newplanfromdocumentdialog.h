#pragma once

#include <QDialog>

class QPushButton;
class QStackedWidget;

namespace cairn {

class OutlinePreview;
class PasteArea;

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

    // The plan file written; empty until the dialog is accepted.
    QString createdPath() const { return m_createdPath; }

private:
    void openFile();
    void read();
    bool dropCorrections();
    void showPage(int page);
    void create();

    PasteArea *m_text;
    OutlinePreview *m_preview;
    QStackedWidget *m_pages;
    QPushButton *m_open;
    QPushButton *m_read;
    QPushButton *m_back;
    QPushButton *m_create;
    QString m_openPlanPath;
    QString m_createdPath;
};

} // namespace cairn
