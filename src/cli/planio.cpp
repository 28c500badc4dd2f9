#include "planio.h"

#include "core/safefile.h"
#include "storage/jsonnode.h"
#include "storage/planjson.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QFileInfo>

namespace cairn::cli {

bool PlanIo::looksLikePlanFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

std::optional<Plan> PlanIo::readJson(const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.exists()) {
        err << tr("There is no file at %1.").arg(path) << '\n';
        return std::nullopt;
    }
    if (file.size() > JsonLimits::MaxDocumentBytes) {
        err << tr("%1 is larger than %2 MiB, far larger than any plan; it was not read.")
                   .arg(path)
                   .arg(JsonLimits::MaxDocumentBytes / (1024 * 1024))
            << '\n';
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("%1 cannot be read: %2.").arg(path, file.errorString()) << '\n';
        return std::nullopt;
    }
    const PlanJson::ReadResult result = PlanJson::read(file.readAll());
    if (!result.plan) {
        err << tr("%1 is not a valid Cairn plan. Problems found: %2").arg(path).arg(result.problems.size()) << '\n';
        for (const JsonProblem &problem : result.problems)
            err << "  " << problem.toString() << '\n';
        return std::nullopt;
    }
    return result.plan;
}

std::optional<Plan> PlanIo::readPlanFile(const QString &path, QTextStream &err)
{
    try {
        return Repository::open(path, Repository::Access::ReadOnly)->load();
    } catch (const StorageError &error) {
        err << error.message() << '\n';
        return std::nullopt;
    }
}

bool PlanIo::writeOutput(const QString &path, const QByteArray &bytes, bool force, QTextStream &out, QTextStream &err)
{
    if (path == QLatin1String("-")) {
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size()) {
            err << tr("Could not write to standard output.") << '\n';
            return false;
        }
        return true;
    }
    if (!mayWrite(path, force, err))
        return false;
    const QString failure = SafeFile::write(path, bytes);
    if (!failure.isEmpty())
        err << failure << '\n';
    return failure.isEmpty();
}

bool PlanIo::mayWrite(const QString &path, bool force, QTextStream &err)
{
    if (QFileInfo::exists(path) && !force) {
        err << tr("%1 already exists; add --force to replace it.").arg(path) << '\n';
        return false;
    }
    return true;
}

const Review *PlanIo::findReview(const Plan &plan, const QString &name, QTextStream &err)
{
    bool number = false;
    const int index = name.toInt(&number);
    for (std::size_t i = 0; i < plan.reviews.size(); ++i) {
        const Review &review = plan.reviews[i];
        if ((number && index == int(i) + 1) || (!number && review.title.compare(name, Qt::CaseInsensitive) == 0))
            return &review;
    }
    QStringList titles;
    for (const Review &review : plan.reviews)
        titles.append(QLatin1Char('"') + review.title + QLatin1Char('"'));
    err << tr("The plan has no review \"%1\". Name one by its title or number (%2).")
               .arg(name, titles.isEmpty() ? tr("it has none") : titles.join(QStringLiteral(", ")))
        << '\n';
    return nullptr;
}

} // namespace cairn::cli
