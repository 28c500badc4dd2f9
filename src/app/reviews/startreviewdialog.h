#pragma once

#include "formdialog.h"

#include "core/plan.h"

#include <memory>

namespace Ui {
class StartReviewDialog;
}

namespace cairn {

class PlanDocument;

// Asks for a review's title, meeting date, school year and attendees; the
// review it gives carries the snapshot of the plan as it is now. Enter in a
// field starts nothing: only Start Review or Ctrl+Enter does.
class StartReviewDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit StartReviewDialog(const PlanDocument &document, QWidget *parent = nullptr);
    ~StartReviewDialog() override;

    Review review() const;
    void accept() override;

private:
    std::unique_ptr<Ui::StartReviewDialog> m_ui;
    const PlanDocument &m_document;
};

} // namespace cairn
