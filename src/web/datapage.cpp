#include "datapage.h"

#include "html.h"
#include "pageframe.h"

#include "storage/valuescsv.h"

namespace cairn::web {

std::vector<DataPage::Download> DataPage::downloads(const SiteContext &site)
{
    std::vector<Download> files;
    for (SchoolYear year = site.plan.firstYear; year.isValid() && year <= site.options.year && year <= site.plan.lastYear; year = year.next()) {
        ValuesCsv::Selection selection;
        selection.year = year;
        files.push_back({QStringLiteral("values-%1.csv").arg(year.label()), year, ValuesCsv::write(site.plan, selection)});
    }
    return files;
}

QString DataPage::html(const SiteContext &site, const std::vector<Download> &downloads)
{
    const QString title = tr("Data");
    QString main = Html::heading(1, title);
    main += QStringLiteral("<p>%1</p>\n")
                .arg(Html::escaped(tr("The values behind this site, one file per school year, in CSV: a spreadsheet (Excel, "
                                      "LibreOffice, Google Sheets) opens them.")));
    if (downloads.empty()) {
        main += QStringLiteral("<p>%1</p>\n").arg(Html::escaped(tr("The plan has no school years to publish values for yet.")));
    } else {
        main += QStringLiteral("<ul class=\"downloads\">\n");
        for (const Download &download : downloads)
            main += QStringLiteral("<li><a href=\"%1\" download>%2</a> <span class=\"size\">(%3)</span></li>\n")
                        .arg(download.file, Html::escaped(tr("Values for %1").arg(download.year.label())),
                             Html::escaped(tr("CSV, %1 KB").arg(QString::number(double(download.bytes.size()) / 1024.0, 'f', 1))));
        main += QStringLiteral("</ul>\n");
    }
    main += Html::heading(2, tr("What the columns hold"));
    // The columns keep their English names in every language: the file is
    // the one `cairn-cli values import` reads back, and a spreadsheet's
    // formulas refer to them by name year after year (docs/publishing.md).
    main += QStringLiteral("<p>%1</p>\n")
                .arg(Html::escaped(tr("The first line of each file names the columns as Cairn reads them back, in English "
                                      "whatever the language of this site:")));
    const std::pair<QString, QString> columns[] = {
        {QStringLiteral("code, measure"), tr("the measure's code and name, as on the goal pages")},
        {QStringLiteral("owner"), tr("who reports the measure")},
        {QStringLiteral("unit"), tr("percent, count, currency, score, rating, days or the measure's own unit")},
        {QStringLiteral("school year"), tr("the year the row is for, such as %1").arg(site.options.year.label())},
        {QStringLiteral("target"), tr("the year's target; a target between the baseline and the final target may be derived on the line between them")},
        {QStringLiteral("actual"), tr("the value recorded for the year, empty when none is yet")},
        {QStringLiteral("n"), tr("how many students a student group's value is about, where it was recorded")},
        {QStringLiteral("note, source"), tr("what was noted with the value and where it comes from")},
        {QStringLiteral("status"), tr("final, or preliminary when the value may still change")},
        {QStringLiteral("as of"), tr("the date the value describes")},
    };
    main += QStringLiteral("<dl>\n");
    for (const auto &[name, meaning] : columns)
        main += QStringLiteral("<dt lang=\"en\"><code>%1</code></dt><dd>%2</dd>\n").arg(Html::escaped(name), Html::escaped(meaning));
    main += QStringLiteral("</dl>\n");
    return PageFrame::page(site, QStringLiteral("data.html"), title, main);
}

} // namespace cairn::web
