#include "newplanfromdocumentdialog.h"

#include "outlinepreview.h"
#include "pastearea.h"

#include "core/plancheck.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

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
    , m_text(new PasteArea(this))
    , m_preview(new OutlinePreview(this))
    , m_pages(new QStackedWidget(this))
    , m_openPlanPath(openPlanPath)
{
    setObjectName(QStringLiteral("newPlanFromDocument"));
    setWindowTitle(tr("New Plan from Document"));

    auto *documentPage = new QWidget(this);
    auto *label = new QLabel(tr("Paste the text of the plan &document here (from a word processor, a PDF viewer or a web "
                                "page), or open it from a .txt, .html or .md file; then Read."),
                             documentPage);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setAccessibleName(tr("Plan document text"));
    auto *documentLayout = new QVBoxLayout(documentPage);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->addWidget(label);
    documentLayout->addWidget(m_text, 1);
    m_pages->addWidget(documentPage);
    m_pages->addWidget(m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open File…"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openDocument"));
    m_read = buttons->addButton(tr("&Read"), QDialogButtonBox::ActionRole);
    m_read->setObjectName(QStringLiteral("readDocument"));
    m_back = buttons->addButton(tr("&Back to the Text"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("backToText"));
    m_create = buttons->addButton(tr("Create &Plan…"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(QStringLiteral("createPlan"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelNewPlan"));
    for (QPushButton *button : {m_open, m_read, m_back, m_create})
        button->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_open, &QPushButton::clicked, this, &NewPlanFromDocumentDialog::openFile);
    connect(m_read, &QPushButton::clicked, this, &NewPlanFromDocumentDialog::read);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(DocumentPage); });
    connect(m_create, &QPushButton::clicked, this, &NewPlanFromDocumentDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPage(DocumentPage);
    // Wide enough for the outline's titles beside the source text.
    const QSize room = parent ? parent->screen()->availableSize() : QSize(1366, 768);
    resize(std::min(1280, room.width() * 9 / 10), std::min(800, room.height() * 9 / 10));
}

void NewPlanFromDocumentDialog::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    m_open->setVisible(page == DocumentPage);
    m_read->setVisible(page == DocumentPage);
    m_back->setVisible(page == PreviewPage);
    m_create->setVisible(page == PreviewPage);
    m_read->setDefault(page == DocumentPage);
    m_create->setDefault(page == PreviewPage);
    if (page == DocumentPage)
        m_text->setFocus();
    else
        m_preview->findChild<QWidget *>(QStringLiteral("readOutline"))->setFocus();
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
    m_text->setFileText(QString::fromUtf8(file.readAll()), textimport::formatOfFile(path));
}

// Whether the preview's corrections may go: asked when there are some.
bool NewPlanFromDocumentDialog::dropCorrections()
{
    const int corrections = m_preview->corrections();
    if (corrections == 0)
        return true;
    QMessageBox ask(QMessageBox::Question, tr("Read the Text Again"),
                    tr("Reading the text again drops the %n correction(s) you made in the preview.", nullptr, corrections),
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
    textimport::Outline outline = m_text->read();
    if (outline.goals.empty()) {
        QMessageBox::information(this, tr("No plan read"),
                                 tr("No goal, priority or objective was recognised in this text. Paste the plan's goals and "
                                    "objectives as they are written in the document, with their headings or codes."));
        return;
    }
    m_preview->setOutline(std::move(outline), thisSchoolYear());
    showPage(PreviewPage);
}

void NewPlanFromDocumentDialog::create()
{
    const Plan plan = m_preview->plan();
    QStringList errors;
    for (const Finding &finding : PlanCheck::run(plan))
        if (finding.severity == Finding::Severity::Error)
            errors.append(finding.item.isEmpty() ? finding.message : finding.item + QStringLiteral(": ") + finding.message);
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot create the plan"),
                        tr("The plan read does not pass check, so nothing was written. Correct these items first:"),
                        QMessageBox::Ok, this);
        box.setInformativeText(errors.mid(0, 8).join(QLatin1Char('\n')));
        box.setDetailedText(errors.join(QLatin1Char('\n')));
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
