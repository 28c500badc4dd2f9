#include "planreader.h"

#include "jsonnode.h"
#include "planjson.h"
#include "planlocation.h"
#include "repository.h"
#include "storageerror.h"

#include <QDir>
#include <QFile>

namespace cairn {

bool PlanReader::looksLikePlanFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

PlanReader::Result PlanReader::readJson(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {std::nullopt, {tr("There is no file at %1.").arg(path)}};
    if (file.size() > JsonLimits::MaxDocumentBytes)
        return {std::nullopt,
                {tr("%1 is larger than %2 MiB, far larger than any plan; it was not read.")
                     .arg(path)
                     .arg(JsonLimits::MaxDocumentBytes / (1024 * 1024))}};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {tr("%1 cannot be read: %2.").arg(path, file.errorString())}};
    const PlanJson::ReadResult result = PlanJson::read(file.readAll());
    if (result.plan)
        return {result.plan, {}};
    Result refused{std::nullopt, {tr("%1 is not a valid Cairn plan. Problems found: %2").arg(path).arg(result.problems.size())}};
    for (const JsonProblem &problem : result.problems)
        refused.problems.append(problem.toString());
    return refused;
}

PlanReader::Result PlanReader::readPlanFile(const QString &path)
{
    try {
        return {Repository::open(path, Repository::Access::ReadOnly)->load(), {}};
    } catch (const StorageError &error) {
        return {std::nullopt, {error.message()}};
    }
}

PlanReader::Result PlanReader::read(const QString &path)
{
    const bool planFile = PlanLocation::isServer(path) || looksLikePlanFile(path) || path.endsWith(QLatin1String(".cairn"), Qt::CaseInsensitive);
    return planFile ? readPlanFile(path) : readJson(path);
}

QStringList PlanReader::inFolder(const QString &folder)
{
    const QDir dir(folder);
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.cairn"), QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

} // namespace cairn
