#pragma once

#include "core/plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewPlanDialog;
}

namespace cairn {

// Asks for a new plan's organization, title and school years; accepts only
// when they make a plan.
class NewPlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPlanDialog(QWidget *parent = nullptr);
    ~NewPlanDialog() override;

    Plan plan() const;
    void accept() override;

private:
    std::unique_ptr<Ui::NewPlanDialog> m_ui;
};

} // namespace cairn
