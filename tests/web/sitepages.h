#pragma once

#include "planfixtures.h"

#include "web/website.h"

#include <QRegularExpression>

#include <map>

namespace cairn::test {

// A published site held in memory, by file name.
struct SitePages {
    std::map<QString, QString> pages; // .html files
    std::map<QString, QByteArray> files;

    // `language`: "en" or "es"; empty: the language in force.
    static SitePages of(const Plan &plan, SchoolYear year, QDate asOf = QDate(2025, 6, 30), const QString &language = {})
    {
        SitePages site;
        for (const web::Website::File &file : web::Website::build(plan, {year, asOf, QDate(2025, 7, 1), std::nullopt, language})) {
            site.files[file.path] = file.bytes;
            if (file.path.endsWith(QLatin1String(".html")))
                site.pages[file.path] = QString::fromUtf8(file.bytes);
        }
        return site;
    }

    // Every match of `pattern`'s first group in `text`.
    static QStringList captures(const QString &text, const QString &pattern)
    {
        QStringList found;
        auto matches = QRegularExpression(pattern).globalMatch(text);
        while (matches.hasNext())
            found.append(matches.next().captured(1));
        return found;
    }
};

} // namespace cairn::test
