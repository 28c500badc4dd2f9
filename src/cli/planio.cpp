#include "planio.h"

#include "core/safefile.h"
#include "storage/planreader.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QFileInfo>

namespace cairn::cli {

namespace {

std::optional<Plan> reported(PlanReader::Result result, QTextStream &err)
{
    for (qsizetype i = 0; i < result.problems.size(); ++i)
        err << (i == 0 ? QString() : QStringLiteral("  ")) << result.problems[i] << '\n';
    return std::move(result.plan);
}

} // namespace

std::optional<Plan> PlanIo::readJson(const QString &path, QTextStream &err)
{
    return reported(PlanReader::readJson(path), err);
}

std::optional<Plan> PlanIo::readPlanFile(const QString &path, QTextStream &err)
{
    return reported(PlanReader::readPlanFile(path), err);
}

std::optional<Plan> PlanIo::read(const QString &path, QTextStream &err)
{
    return reported(PlanReader::read(path), err);
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

bool PlanIo::createPlan(const QString &path, const Plan &plan, bool force, QTextStream &err)
{
    try {
        Repository::create(path, plan, force);
        return true;
    } catch (const StorageError &error) {
        err << error.message() << '\n';
        return false;
    }
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
