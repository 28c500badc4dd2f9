#pragma once

#include <QCoreApplication>

class QWidget;

namespace cairn {

// Opens a school plan to fix what the Alignment tab says of it: a plan file
// in a new Cairn window; a JSON plan (or a file a new window cannot open)
// by telling where it is and how to open it.
class SchoolPlanOpener
{
    Q_DECLARE_TR_FUNCTIONS(cairn::SchoolPlanOpener)

public:
    static void open(QWidget *parent, const QString &path);
};

} // namespace cairn
