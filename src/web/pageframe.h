#pragma once

#include "sitecontext.h"

#include <QCoreApplication>

namespace cairn::web {

// The skeleton of every page: the language, the title, the stylesheets, a
// skip link, the header with the plan's name, the navigation (the current
// page marked), the main content and the footer. No script, no other host.
class PageFrame
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::PageFrame)

public:
    // `file` is the page's own name ("index.html"), `title` what its <h1>
    // says; `main` is the content of <main>, starting with that <h1>.
    static QString page(const SiteContext &site, const QString &file, const QString &title, const QString &main);

    // The language of the pages' own words, as <html lang> says it.
    static QString language();
    // A date as the pages' language writes it in full: "December 4, 2026",
    // "4 de diciembre de 2026".
    static QString date(QDate date);
};

} // namespace cairn::web
