#pragma once

#include "sitecontext.h"

#include <QCoreApplication>

namespace cairn::web {

// data.html and the files it offers: the plan's measure values for each
// school year up to the one published, as the CSV collection sheet
// "cairn-cli values export" writes (ValuesCsv), and how to read them.
class DataPage
{
    Q_DECLARE_TR_FUNCTIONS(cairn::web::DataPage)

public:
    struct Download {
        QString file; // "values-2024-25.csv"
        SchoolYear year;
        QByteArray bytes;
    };
    static std::vector<Download> downloads(const SiteContext &site);
    static QString html(const SiteContext &site, const std::vector<Download> &downloads);
};

} // namespace cairn::web
