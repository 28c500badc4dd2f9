#pragma once

#include "core/plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MinutesOptionsDialog;
}

namespace cairn {

// Asks in which language to write a review's minutes before the file is
// chosen: the language remembered for documents first, whatever the app
// speaks.
class MinutesOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    MinutesOptionsDialog(const Review &review, QWidget *parent = nullptr);
    ~MinutesOptionsDialog() override;

    // "en" or "es".
    QString language() const;
    void accept() override;

private:
    std::unique_ptr<Ui::MinutesOptionsDialog> m_ui;
};

} // namespace cairn
