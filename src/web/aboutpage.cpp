#include "aboutpage.h"

#include "html.h"
#include "pageframe.h"

namespace cairn::web {

namespace {

QString section(const QString &heading, const QString &body)
{
    return body.trimmed().isEmpty() ? QString() : Html::heading(2, heading) + body;
}

QString namedList(const std::vector<NamedText> &items)
{
    if (items.empty())
        return {};
    QString html = QStringLiteral("<dl>\n");
    for (const NamedText &item : items)
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(Html::escaped(item.name), Html::parts(item.description));
    return html + QStringLiteral("</dl>\n");
}

} // namespace

QString AboutPage::html(const SiteContext &site)
{
    const Plan &plan = site.plan;
    const QString title = tr("About the plan");
    QString main = Html::heading(1, title);
    main += section(tr("Mission"), Html::parts(plan.mission));
    main += section(tr("Vision"), Html::parts(plan.vision));
    main += section(tr("Core values"), namedList(plan.coreValues));
    main += section(tr("Profile of the graduate"), namedList(plan.profileAttributes));
    main += section(tr("Theory of action"), Html::parts(plan.theoryOfAction));
    main += section(tr("Needs assessment"), Html::parts(plan.needsAssessment));
    for (const Section &part : plan.sections)
        main += section(part.heading, Html::parts(part.body));
    if (main == Html::heading(1, title))
        main += QStringLiteral("<p>%1</p>\n").arg(Html::escaped(tr("The plan has no mission, vision or values written down yet.")));
    return PageFrame::page(site, QStringLiteral("about.html"), title, main);
}

} // namespace cairn::web
