#pragma once

#include <QDateEdit>

namespace cairn {

// A date edit that is one stop for Tab, as a field in a form should be: Tab
// leaves it rather than stepping through its day, month and year (the arrow
// keys move between those, Up and Down change them, Alt+Down opens the
// calendar).
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace cairn
