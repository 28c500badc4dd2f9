#include "pageframe.h"

#include "html.h"
#include "i18n/documentlanguage.h"


namespace cairn::web {

namespace {

QString navLink(const QString &href, const QString &text, const QString &current)
{
    const QString mark = href == current ? QStringLiteral(" aria-current=\"page\"") : QString();
    return QStringLiteral("<li><a href=\"%1\"%2>%3</a></li>").arg(href, mark, Html::escaped(text));
}

} // namespace

QString PageFrame::language()
{
    //: The language code of the website's own words, as HTML's lang attribute takes it ("en", "es").
    return tr("en");
}

QString PageFrame::date(QDate date)
{
    return DocumentLanguage::date(date);
}

QString PageFrame::page(const SiteContext &site, const QString &file, const QString &title, const QString &main)
{
    const Plan &plan = site.plan;
    const QString siteName = plan.title.isEmpty() ? plan.organization : plan.title;
    QString nav = navLink(QStringLiteral("index.html"), tr("Overview"), file);
    for (std::size_t i = 0; i < plan.goals.size(); ++i) {
        const Goal &goal = plan.goals[i];
        // A long title without a short name would fill the bar: the code then.
        const QString name = !goal.shortName.isEmpty() ? tr("%1 %2").arg(goal.code, goal.shortName)
                             : goal.title.size() <= 32 ? tr("%1 %2").arg(goal.code, goal.title)
                                                       : tr("Goal %1").arg(goal.code);
        nav += navLink(site.goalFiles[i], name.trimmed(), file);
    }
    nav += navLink(QStringLiteral("about.html"), tr("About the plan"), file);
    nav += navLink(QStringLiteral("data.html"), tr("Data"), file);

    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(language());
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<meta name=\"generator\" content=\"Cairn %1\">\n").arg(QStringLiteral(CAIRN_VERSION));
    html += QStringLiteral("<title>%1</title>\n").arg(Html::escaped(title == siteName ? title : tr("%1 · %2").arg(title, siteName)));
    html += QStringLiteral("<link rel=\"stylesheet\" href=\"site.css\">\n<link rel=\"stylesheet\" href=\"print.css\" media=\"print\">\n");
    html += QStringLiteral("</head>\n<body>\n");
    html += QStringLiteral("<a class=\"skip\" href=\"#main\">%1</a>\n").arg(Html::escaped(tr("Skip to the content")));
    html += QStringLiteral("<header class=\"site\">\n<p class=\"organization\">%1</p>\n<p class=\"plan\"><a href=\"index.html\">%2</a></p>\n</header>\n")
                .arg(Html::escaped(plan.organization), Html::escaped(siteName));
    html += QStringLiteral("<nav aria-label=\"%1\">\n<ul>%2</ul>\n</nav>\n").arg(Html::escaped(tr("Plan")), nav);
    html += QStringLiteral("<main id=\"main\" tabindex=\"-1\">\n") + main + QStringLiteral("</main>\n");
    html += QStringLiteral("<footer>\n<p>%1</p>\n<p>%2</p>\n</footer>\n")
                .arg(Html::escaped(tr("Statuses for the %1 school year, as of %2. Published %3.")
                                       .arg(site.options.year.label(), date(site.options.asOf), date(site.options.published))),
                     Html::escaped(tr("Every status is shown as a word and a shape. Made with Cairn; the values are in the Data page.")));
    if (site.values.left > 0)
        html.insert(html.lastIndexOf(QLatin1String("</footer>")),
                    QStringLiteral("<p>%1</p>\n").arg(Html::escaped(tr("%1 Values of student groups left out or shown as a range: %n.", nullptr,
                                                                         site.values.left)
                                                                      .arg(Suppression::explanation(site.values.rule)))));
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace cairn::web
