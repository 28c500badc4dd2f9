#include "newplanfromdocumentdialog.h"

#include "outlinepreview.h"
#include "pastearea.h"
#include "ui_newplanfromdocumentdialog.h"

#include "core/findinggroups.h"
#include "core/plancheck.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>

namespace cairn {

namespace {

enum Page { DocumentPage, PreviewPage };

SchoolYear thisSchoolYear()
{
    const QDate today = QDate::currentDate();
    return SchoolYear(today.month() >= 7 ? today.year() : today.year() - 1);
}

} // namespace

NewPlanFromDocumentDialog::NewPlanFromDocumentDialog(const QString &openPlanPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewPlanFromDocumentDialog>())
    , m_openPlanPath(openPlanPath)
{
    m_ui->setupUi(this);
    connect(m_ui->openDocument, &QPushButton::clicked, this, &NewPlanFromDocumentDialog::openFile);
    connect(m_ui->readDocument, &QPushButton::clicked, this, &NewPlanFromDocumentDialog::read);
    connect(m_ui->backToText, &QPushButton::clicked, this, [this] { showPage(DocumentPage); });
    connect(m_ui->createPlan, &QPushButton::clicked, this, &NewPlanFromDocumentDialog::create);
    connect(m_ui->cancelNewPlan, &QPushButton::clicked, this, &QDialog::reject);
    showPage(DocumentPage);
    // Wide enough for the outline's titles beside the source text.
    const QSize room = parent ? parent->screen()->availableSize() : QSize(1366, 768);
    resize(std::min(1280, room.width() * 9 / 10), std::min(800, room.height() * 9 / 10));
}

NewPlanFromDocumentDialog::~NewPlanFromDocumentDialog() = default;

void NewPlanFromDocumentDialog::showPage(int page)
{
    m_ui->pages->setCurrentIndex(page);
    m_ui->openDocument->setVisible(page == DocumentPage);
    m_ui->readDocument->setVisible(page == DocumentPage);
    m_ui->backToText->setVisible(page == PreviewPage);
    m_ui->createPlan->setVisible(page == PreviewPage);
    m_ui->readDocument->setDefault(page == DocumentPage);
    m_ui->createPlan->setDefault(page == PreviewPage);
    if (page == DocumentPage)
        m_ui->documentText->setFocus();
    else
        m_ui->preview->findChild<QWidget *>(QStringLiteral("readOutline"))->setFocus();
}

void NewPlanFromDocumentDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Plan Document"), {},
                                                      tr("Plan documents (*.txt *.html *.htm *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot open the document"), tr("%1 cannot be read: %2.").arg(path, file.errorString()));
        return;
    }
    m_ui->documentText->setFileText(QString::fromUtf8(file.readAll()), textimport::formatOfFile(path));
}

// Whether the preview's corrections may go: asked when there are some.
bool NewPlanFromDocumentDialog::dropCorrections()
{
    const int corrections = m_ui->preview->corrections();
    if (corrections == 0)
        return true;
    QMessageBox ask(QMessageBox::Question, tr("Read the Text Again"),
                    tr("Reading the text again drops the corrections you made in the preview: %n in all.", nullptr, corrections),
                    QMessageBox::NoButton, this);
    QPushButton *again = ask.addButton(tr("&Read Again"), QMessageBox::DestructiveRole);
    again->setObjectName(QStringLiteral("readAgain"));
    QPushButton *keep = ask.addButton(tr("&Keep My Corrections"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepCorrections"));
    ask.setDefaultButton(keep);
    ask.exec();
    return ask.clickedButton() == again;
}

void NewPlanFromDocumentDialog::read()
{
    if (!dropCorrections()) {
        showPage(PreviewPage);
        return;
    }
    textimport::Outline outline = m_ui->documentText->read();
    if (outline.goals.empty()) {
        QMessageBox::information(this, tr("No plan read"),
                                 tr("No goal, priority or objective was recognised in this text. Paste the plan's goals and "
                                    "objectives as they are written in the document, with their headings or codes."));
        return;
    }
    m_ui->preview->setOutline(std::move(outline), thisSchoolYear());
    showPage(PreviewPage);
}

void NewPlanFromDocumentDialog::create()
{
    const Plan plan = m_ui->preview->plan();
    auto line = [](const Finding &finding) {
        return finding.item.isEmpty() ? finding.message : finding.item + QStringLiteral(": ") + finding.message;
    };
    std::vector<Finding> errors;
    QStringList each;
    for (const Finding &finding : PlanCheck::run(plan)) {
        if (finding.severity != Finding::Severity::Error)
            continue;
        errors.push_back(finding);
        each.append(line(finding));
    }
    if (!errors.empty()) {
        // Errors of one kind that say no more than their codes on one line;
        // each one in the details.
        QStringList grouped;
        for (const FindingGroup &group : FindingGroups::group(errors)) {
            if (!group.specific())
                grouped.append(FindingGroups::summary(group, 8));
            for (const Finding &finding : group.specific() ? group.findings : std::vector<Finding>())
                grouped.append(line(finding));
        }
        QMessageBox box(QMessageBox::Warning, tr("Cannot create the plan"),
                        tr("The plan read does not pass check, so nothing was written. Correct these items first:"),
                        QMessageBox::Ok, this);
        box.setInformativeText(grouped.mid(0, 8).join(QLatin1Char('\n')));
        box.setDetailedText(each.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Keep the New Plan In"), plan.title + QStringLiteral(".cairn"),
                                                      tr("Cairn plans (*.cairn)"));
    if (path.isEmpty())
        return;
    if (!m_openPlanPath.isEmpty() && QFileInfo(path) == QFileInfo(m_openPlanPath)) {
        QMessageBox::warning(this, tr("Cannot create the plan"),
                             tr("%1 is the plan open in this window; keep the new plan in another file.")
                                 .arg(QFileInfo(path).fileName()));
        return;
    }
    try {
        Repository::create(path, plan, QFileInfo::exists(path));
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Cannot create the plan"), error.message());
        return;
    }
    m_createdPath = path;
    accept();
}

} // namespace cairn
