#pragma once

#include "core/measure.h"

#include <QCoreApplication>

class QWidget;

namespace cairn {

// Changing a measure's type hides the fields of its old type (a numeric
// measure's targets and actuals, a milestone's dates) without removing them.
class TypeChangeQuestion
{
    Q_DECLARE_TR_FUNCTIONS(TypeChangeQuestion)

public:
    // When `measure` has such fields, asks whether to change it to `type`,
    // naming what will be hidden; true when nothing would be or the user agrees.
    static bool confirm(QWidget *parent, const Measure &measure, MeasureType type);
};

} // namespace cairn
