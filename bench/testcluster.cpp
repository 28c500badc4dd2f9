#include "testcluster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#include <stdexcept>

namespace cairn::bench {

namespace {

// Runs the script; its standard output, or std::runtime_error with its errors.
QString runScript(const QStringList &arguments)
{
    QProcess process;
    process.start(TestCluster::script(), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error(QStringLiteral("scripts/pg-test-server %1 failed: %2")
                                     .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()))
                                     .toStdString());
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

} // namespace

QString TestCluster::script()
{
    for (const QString &candidate : QStringList{QCoreApplication::applicationDirPath() + QStringLiteral("/../../scripts/pg-test-server"),
                                     QStringLiteral(CAIRN_SOURCE_DIR "/scripts/pg-test-server")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

TestCluster::TestCluster()
{
    if (script().isEmpty())
        throw std::runtime_error("scripts/pg-test-server was not found beside this build or in " CAIRN_SOURCE_DIR
                                 "; give a server's URL instead.");
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder for the cluster could be made.");
    m_url = runScript({QStringLiteral("start"), m_dir.path()});
}

TestCluster::~TestCluster()
{
    try {
        runScript({QStringLiteral("stop"), m_dir.path()});
    } catch (...) {
        // The folder goes with m_dir; a cluster left running is told by the script.
    }
}

} // namespace cairn::bench
