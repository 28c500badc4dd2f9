// MainWindow's exchanges with other files, apart from mainwindow.cpp (menus,
// the document, the window) to keep each file small: a copy of the plan,
// JSON in and out, values sheets in and out, the report and the website.
#include "mainwindow.h"

#include "app/report/reportexport.h"
#include "app/report/reportoptionsdialog.h"
#include "app/report/websitepublish.h"
#include "document/commands.h"
#include "document/plandocument.h"
#include "values/importvaluesdialog.h"
#include "values/valuesview.h"
#include "workspace.h"

#include "core/plantexts.h"
#include "core/safefile.h"
#include "i18n/language.h"
#include "storage/planjson.h"
#include "storage/storageerror.h"
#include "storage/valuescsv.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>

namespace cairn {

void MainWindow::saveCopyAs()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), {}, tr("Cairn plans (*.cairn)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_document->path()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Cannot save a copy"), tr("Choose another file than the open plan itself."));
        return;
    }
    // A copy is a new plan (next cycle's draft, another school's start)
    // unless the user says it is the same plan: then it keeps the identity
    // that school plans align to.
    QMessageBox identity(QMessageBox::Question, tr("Save a Copy"),
                         tr("Is the copy a new plan, or the same plan (a backup)?"), QMessageBox::Cancel, this);
    identity.setInformativeText(tr("School plans that align to this plan also align to a copy that is the same plan."));
    QPushButton *newPlan = identity.addButton(tr("&New Plan"), QMessageBox::AcceptRole);
    QPushButton *samePlan = identity.addButton(tr("&Same Plan"), QMessageBox::AcceptRole);
    identity.setDefaultButton(newPlan);
    identity.exec();
    if (identity.clickedButton() != newPlan && identity.clickedButton() != samePlan)
        return;
    try {
        Plan copy = m_document->repository().load();
        if (identity.clickedButton() == newPlan)
            copy.uuid.clear(); // a new identity is made for it
        Repository::create(path, copy, QFileInfo::exists(path));
        statusBar()->showMessage(tr("A copy was saved as %1.").arg(QFileInfo(path).fileName()), 5000);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Cannot save a copy"), error.message());
    }
}

void MainWindow::importJson()
{
    const QString source = QFileDialog::getOpenFileName(this, tr("Import a Plan from JSON"), {}, tr("Cairn JSON plans (*.json);;All files (*)"));
    if (source.isEmpty())
        return;
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot import"), tr("%1 cannot be read: %2.").arg(source, file.errorString()));
        return;
    }
    const PlanJson::ReadResult result = PlanJson::read(file.readAll());
    if (!result.plan) {
        QStringList lines;
        for (const JsonProblem &problem : result.problems)
            lines.append(problem.toString());
        QMessageBox box(QMessageBox::Warning, tr("Cannot import"),
                        tr("%1 is not a valid Cairn plan; nothing was imported.").arg(QFileInfo(source).fileName()), QMessageBox::Ok, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    QString target = source;
    target.replace(QRegularExpression(QStringLiteral("\\.json$"), QRegularExpression::CaseInsensitiveOption), QString());
    target = QFileDialog::getSaveFileName(this, tr("Keep the Imported Plan In"), target + QStringLiteral(".cairn"),
                                          tr("Cairn plans (*.cairn)"));
    if (target.isEmpty())
        return;
    try {
        setDocument(PlanDocument::create(target, *result.plan, QFileInfo::exists(target)));
        addRecent(target);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Cannot import"), error.message());
    }
}

void MainWindow::exportJson()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Plan as JSON"), {}, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QString failure = SafeFile::write(path, PlanJson::write(m_document->repository().load()));
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Cannot export"), failure);
    else
        statusBar()->showMessage(tr("Exported to %1.").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::exportValues()
{
    if (!m_workspace)
        return;
    // The sheet holds what the Update values tab shows: its year and filters.
    const ValuesCsv::Selection selection = m_workspace->values()->selection();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Values"),
                                                      tr("values-%1.csv").arg(selection.year.label()), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString failure = SafeFile::write(path, ValuesCsv::write(m_document->plan(), selection));
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Cannot export"), failure);
    else
        statusBar()->showMessage(tr("Values for %1 exported to %2.").arg(selection.year.label(), QFileInfo(path).fileName()), 5000);
}

void MainWindow::exportReport()
{
    if (!m_document)
        return;
    ReportOptionsDialog dialog(*m_document, tr("Export…"), this);
    dialog.setWindowTitle(tr("Export Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportOptions options = dialog.options();
    // The district's name as the report writes it (in Spanish, its Spanish name).
    const QString organization =
        PlanTexts::inLanguage(m_document->plan(), options.language.isEmpty() ? Language::installed() : options.language).organization;
    const QString suggested = tr("%1 progress report %2.pdf").arg(organization.isEmpty() ? tr("Plan") : organization, options.year.label());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (ReportExport::writePdf(this, *m_document, options, path))
        statusBar()->showMessage(tr("The %1 progress report was written to %2.").arg(options.year.label(), QFileInfo(path).fileName()), 8000);
}

void MainWindow::publishWebsite()
{
    if (!m_document)
        return;
    const QString folder = WebsitePublish::chooseAndPublish(this, *m_document);
    if (!folder.isEmpty())
        statusBar()->showMessage(tr("The %1 website was published to %2; open index.html in it to look.")
                                     .arg(m_document->statusYear().label(), QDir::toNativeSeparators(folder)),
                                 10000);
}

void MainWindow::printPreview()
{
    if (!m_document)
        return;
    ReportOptionsDialog dialog(*m_document, tr("Preview"), this);
    dialog.setWindowTitle(tr("Print Preview"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPrintPreviewDialog *preview = ReportExport::preview(this, *m_document, dialog.options());
    preview->resize(size() * 0.9);
    preview->open();
}

void MainWindow::importValues()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Values"), {}, tr("CSV (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importValuesFrom(path);
}

bool MainWindow::importValuesFrom(const QString &path, const std::function<int(ImportValuesDialog &)> &choose)
{
    if (!m_document)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot import"), tr("%1 cannot be read: %2.").arg(path, file.errorString()));
        return false;
    }
    m_document->reloadIfChangedElsewhere();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const QString who = m_document->repository().actor();
    if (who.isEmpty())
        return false;
    const ValuesCsv::Reading reading = ValuesCsv::read(m_document->plan(), file.readAll(), who, now);
    const QString name = QFileInfo(path).fileName();
    ImportValuesDialog dialog(name, reading, this);
    if ((choose ? choose(dialog) : dialog.exec()) != QDialog::Accepted || reading.changes.empty())
        return false;
    const ValuesCsv::Applied applied = ValuesCsv::apply(m_document->plan(), reading.changes);
    return m_document->push(new SetMeasureValues(m_document.get(), applied.before, applied.after,
                                                 tr("Import %n values from %1", nullptr, int(reading.changes.size())).arg(name), name));
}

} // namespace cairn
