#include "schoolplanopener.h"

#include "storage/planreader.h"

#include <QDir>
#include <QMessageBox>
#include <QProcess>

namespace cairn {

void SchoolPlanOpener::open(QWidget *parent, const QString &path)
{
    if (PlanReader::looksLikePlanFile(path) && QProcess::startDetached(QCoreApplication::applicationFilePath(), {path}))
        return;
    QMessageBox::information(parent, tr("Open the School Plan"),
                             tr("The school plan is the file %1. It is not a plan file Cairn can open in a new window: "
                                "import it with File > Import JSON… (or ask its school for the plan file), link its items "
                                "there, then export it again.")
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace cairn
