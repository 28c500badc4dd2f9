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
// Nothing is written before.
class NewPlanFromDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPlanFromDocumentDialog(QWidget *parent = nullptr);

    // The plan file written; empty until the dialog is accepted.
    QString createdPath() const { return m_createdPath; }

private:
    void openFile();
    void read();
    void showPage(int page);
    void create();

    PasteArea *m_text;
    OutlinePreview *m_preview;
    QStackedWidget *m_pages;
    QPushButton *m_open;
    QPushButton *m_read;
    QPushButton *m_back;
    QPushButton *m_create;
    QString m_createdPath;
};

} // namespace cairn
