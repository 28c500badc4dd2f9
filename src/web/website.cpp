#include "website.h"

#include "aboutpage.h"
#include "datapage.h"
#include "goalpage.h"
#include "homepage.h"

#include "core/plantexts.h"
#include "i18n/documentlanguage.h"
#include "i18n/language.h"

#include <QFile>

namespace cairn::web {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/web/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

std::vector<Website::File> Website::build(const Plan &written, const PublishOptions &options)
{
    const DocumentLanguage speaking(options.language, written.numbers);
    // The plan's own words in the site's language where it has them.
    const Plan plan = PlanTexts::inLanguage(written, Language::installed());
    const PublishedValues values = PublishedValues::of(plan, PublishedValues::ruleFor(plan, options.suppression));
    const PlanStatus status = PlanStatus::evaluate(values.plan, options.year, options.asOf);
    SiteContext site{values.plan, values, status, options, {}};
    QStringList taken;
    for (std::size_t i = 0; i < plan.goals.size(); ++i) {
        QString file = GoalPage::fileName(plan.goals[i], i);
        if (taken.contains(file)) // two goals' codes alike once lowercased
            file = QStringLiteral("goal-%1.html").arg(i + 1);
        taken.append(file);
        site.goalFiles.push_back(file);
    }

    std::vector<File> files;
    files.push_back({QStringLiteral("index.html"), HomePage::html(site).toUtf8()});
    for (std::size_t i = 0; i < plan.goals.size(); ++i)
        files.push_back({site.goalFiles[i], GoalPage::html(site, i).toUtf8()});
    files.push_back({QStringLiteral("about.html"), AboutPage::html(site).toUtf8()});
    const std::vector<DataPage::Download> downloads = DataPage::downloads(site);
    files.push_back({QStringLiteral("data.html"), DataPage::html(site, downloads).toUtf8()});
    for (const DataPage::Download &download : downloads)
        files.push_back({download.file, download.bytes});
    files.push_back({QStringLiteral("site.css"), resource(QStringLiteral("site.css"))});
    files.push_back({QStringLiteral("print.css"), resource(QStringLiteral("print.css"))});
    return files;
}

} // namespace cairn::web
