#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class OpenFromServerDialog;
}

namespace cairn {

class StorageError;

// Asks for a PostgreSQL server's address, lists the plans kept there and
// lets the person choose one; accepts only with a plan chosen. The address
// typed last is offered next time.
class OpenFromServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenFromServerDialog(QWidget *parent = nullptr);
    ~OpenFromServerDialog() override;

    // The chosen plan's location (postgresql://…?plan=ID).
    QString location() const;
    void accept() override;

    // Runs `work`; when the server wants a password it was not given (or
    // refused the one given), asks for it (in memory only, never stored)
    // and runs `work` again. Other refusals are thrown on. False when the
    // person gave no password.
    static bool withPassword(QWidget *parent, const QString &location, const std::function<void()> &work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPlans();
    void refuse(const QString &text);

    std::unique_ptr<Ui::OpenFromServerDialog> m_ui;
};

} // namespace cairn
