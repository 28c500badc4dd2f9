#include "sitepages.h"

#include "web/sitefolder.h"

using namespace cairn;
using namespace cairn::test;

namespace {

std::vector<web::Website::File> siteFiles()
{
    static const Plan plan = readPlanJson(belenSample());
    return web::Website::build(plan, {SchoolYear(2024), QDate(2025, 6, 30), QDate(2025, 7, 1), std::nullopt});
}

QStringList everything(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("a site is written whole into a new folder, and nothing else is left beside it", "[web]")
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("site"));
    CHECK(web::SiteFolder::write(siteFiles(), folder, false).isEmpty());
    CHECK(everything(parent.path()) == QStringList{QStringLiteral("site")});
    CHECK(filesIn(folder).size() == qsizetype(siteFiles().size()));
    CHECK(readAll(folder + QStringLiteral("/index.html")) == siteFiles().front().bytes);
    CHECK(QFileInfo(folder).permissions().testFlag(QFileDevice::ReadOther));
}

TEST_CASE("an existing empty folder takes the site", "[web]")
{
    QTemporaryDir folder;
    CHECK(web::SiteFolder::write(siteFiles(), folder.path(), false).isEmpty());
    CHECK(QFileInfo::exists(folder.filePath(QStringLiteral("index.html"))));
}

TEST_CASE("a folder with files is refused without replace, and left as it was", "[web]")
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("site"));
    REQUIRE(web::SiteFolder::write(siteFiles(), folder, false).isEmpty());
    writeAll(folder + QStringLiteral("/index.html"), "<meta name=\"generator\" content=\"Cairn 0.0\"> old");
    const QString refused = web::SiteFolder::write(siteFiles(), folder, false);
    CHECK(refused.contains(QLatin1String("not empty")));
    CHECK(readAll(folder + QStringLiteral("/index.html")).endsWith(" old"));
    CHECK(everything(parent.path()) == QStringList{QStringLiteral("site")});
}

TEST_CASE("replace swaps an earlier site for the new one, old files gone", "[web]")
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("site"));
    REQUIRE(web::SiteFolder::write(siteFiles(), folder, false).isEmpty());
    writeAll(folder + QStringLiteral("/goal-9.html"), "a goal the plan no longer has");
    CHECK(web::SiteFolder::write(siteFiles(), folder, true).isEmpty());
    CHECK(!QFileInfo::exists(folder + QStringLiteral("/goal-9.html")));
    CHECK(readAll(folder + QStringLiteral("/index.html")) == siteFiles().front().bytes);
    CHECK(everything(parent.path()) == QStringList{QStringLiteral("site")});
}

TEST_CASE("a folder holding other things than a site is never replaced", "[web]")
{
    QTemporaryDir folder;
    writeAll(folder.filePath(QStringLiteral("budget.xlsx")), "precious");
    const QString refused = web::SiteFolder::write(siteFiles(), folder.path(), true);
    CHECK(refused.contains(QLatin1String("other files")));
    CHECK(everything(folder.path()) == QStringList{QStringLiteral("budget.xlsx")});
}

TEST_CASE("a file where the folder should be is refused", "[web]")
{
    QTemporaryDir parent;
    const QString path = parent.filePath(QStringLiteral("site"));
    writeAll(path, "a file");
    CHECK(web::SiteFolder::write(siteFiles(), path, true).contains(QLatin1String("is a file")));
    CHECK(readAll(path) == "a file");
}

TEST_CASE("a file that cannot be written leaves no folder and no half-written site", "[web]")
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("site"));
    std::vector<web::Website::File> files = siteFiles();
    files.push_back({QStringLiteral("no-such-folder/late.html"), "written last, and refused"});
    const QString problem = web::SiteFolder::write(files, folder, false);
    CHECK(problem.contains(QLatin1String("Nothing was written")));
    CHECK(everything(parent.path()).isEmpty());

    // Over an earlier site, the earlier site stays.
    REQUIRE(web::SiteFolder::write(siteFiles(), folder, false).isEmpty());
    CHECK(!web::SiteFolder::write(files, folder, true).isEmpty());
    CHECK(readAll(folder + QStringLiteral("/index.html")) == siteFiles().front().bytes);
    CHECK(everything(parent.path()) == QStringList{QStringLiteral("site")});
}
