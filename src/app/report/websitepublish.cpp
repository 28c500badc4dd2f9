#include "websitepublish.h"

#include "documentlanguagechoice.h"
#include "suppressionpicker.h"

#include "app/document/plandocument.h"
#include "core/publishedvalues.h"
#include "web/sitefolder.h"
#include "web/website.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace cairn {

QString WebsitePublish::chooseAndPublish(QWidget *parent, const PlanDocument &document)
{
    const auto choice = ask(parent, document);
    if (!choice)
        return {};
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Publish Website — choose an empty folder"));
    if (folder.isEmpty() || !publish(parent, document, folder, choice->rule, choice->language))
        return {};
    return folder;
}

std::optional<WebsitePublish::Choice> WebsitePublish::ask(QWidget *parent, const PlanDocument &document)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("publishWebsiteDialog"));
    dialog.setWindowTitle(tr("Publish Website"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("The %1 website: a folder of pages any web server can show.").arg(document.statusYear().label()), &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *picker = new SuppressionPicker(&dialog);
    picker->setRule(PublishedValues::ruleFor(document.plan(), std::nullopt));
    auto *label = new QLabel(tr("&Small groups:"), &dialog);
    label->setBuddy(picker->presetCombo());
    form->addRow(label, picker);
    auto *language = new QComboBox(&dialog);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->setAccessibleName(tr("Language of the website"));
    language->setToolTip(tr("The pages' words, dates and month names; whatever language Cairn itself speaks"));
    DocumentLanguageChoice::fill(language);
    auto *languageLabel = new QLabel(tr("&Language:"), &dialog);
    languageLabel->setBuddy(language);
    form->addRow(languageLabel, language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose Folder…"));
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    DocumentLanguageChoice::remember(language);
    return Choice{picker->rule(), DocumentLanguageChoice::chosen(language)};
}

bool WebsitePublish::publish(QWidget *parent, const PlanDocument &document, const QString &folder,
                             const std::optional<SuppressionRule> &rule, const QString &language)
{
    // SiteFolder replaces only an earlier site, never a folder with other
    // things in it; the user agrees to the first here.
    if (web::SiteFolder::hasContent(folder) && web::SiteFolder::holdsSite(folder)) {
        const auto answer = QMessageBox::question(parent, tr("Publish Website"),
                                                  tr("%1 holds a website published earlier. Replace it with this one?")
                                                      .arg(QDir::toNativeSeparators(folder)),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const web::PublishOptions options{document.statusYear(), QDate::currentDate(), QDate::currentDate(), rule, language};
    const QString problem = web::SiteFolder::write(web::Website::build(document.plan(), options), folder, true);
    if (!problem.isEmpty()) {
        QMessageBox::warning(parent, tr("Cannot publish the website"), problem);
        return false;
    }
    return true;
}

} // namespace cairn
