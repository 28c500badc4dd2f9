#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AuthorDialog;
}

namespace cairn {

// Asks for the name every change records, and an optional role: once at
// the first edit when Cairn knows no name, and in Preferences, which also
// chooses the language Cairn speaks. Accepts only with a name.
class AuthorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { FirstEdit, Preferences };

    AuthorDialog(Purpose purpose, const QString &name, const QString &role, QWidget *parent = nullptr);
    ~AuthorDialog() override;

    QString name() const;
    QString role() const;
    // Preferences only: the language chosen ("en", "es"), `code` at first.
    QString language() const;
    void setLanguage(const QString &code);
    void accept() override;

private:
    std::unique_ptr<Ui::AuthorDialog> m_ui;
};

} // namespace cairn
