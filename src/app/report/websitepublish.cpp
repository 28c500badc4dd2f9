#include "websitepublish.h"

#include "app/document/plandocument.h"
#include "web/sitefolder.h"
#include "web/website.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace cairn {

QString WebsitePublish::chooseAndPublish(QWidget *parent, const PlanDocument &document)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Publish Website — choose an empty folder"));
    if (folder.isEmpty() || !publish(parent, document, folder))
        return {};
    return folder;
}

bool WebsitePublish::publish(QWidget *parent, const PlanDocument &document, const QString &folder)
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
    const web::PublishOptions options{document.statusYear(), QDate::currentDate(), QDate::currentDate(), std::nullopt};
    const QString problem = web::SiteFolder::write(web::Website::build(document.plan(), options), folder, true);
    if (!problem.isEmpty()) {
        QMessageBox::warning(parent, tr("Cannot publish the website"), problem);
        return false;
    }
    return true;
}

} // namespace cairn
