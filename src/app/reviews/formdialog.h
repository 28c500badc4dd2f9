#pragma once

#include <QDialog>

namespace cairn {

// A dialog with a form that Enter does not submit by accident: Enter in a
// field stays in it (a new line in a text box), Tab moves between fields,
// and only the accept button or Ctrl+Enter submits. Enter on a focused
// button still presses that button.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
};

} // namespace cairn
