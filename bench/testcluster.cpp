#include "testcluster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <stdexcept>

#include <sys/wait.h>
#include <unistd.h>

namespace cairn::bench {

namespace {

// Runs the script; its standard output, or std::runtime_error with its errors.
QString runScript(const QStringList &arguments)
{
    QProcess process;
    process.start(TestCluster::script(), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error(
            QStringLiteral("scripts/pg-test-server %1 failed: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()))
                .toStdString());
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

// What the signal handler runs, made before it can be called: a cluster
// left running after Ctrl-C would hold a port and a folder until reboot.
QByteArray stopScript;
QByteArray stopFolder;

extern "C" void stopOnSignal(int signal)
{
    const pid_t child = fork();
    if (child == 0) {
        execl(stopScript.constData(), stopScript.constData(), "stop", stopFolder.constData(), static_cast<char *>(nullptr));
        _exit(127);
    }
    if (child > 0)
        waitpid(child, nullptr, 0);
    _exit(128 + signal);
}

} // namespace

QString TestCluster::script()
{
    for (const QString &candidate :
         QStringList { QCoreApplication::applicationDirPath() + QStringLiteral("/../../scripts/pg-test-server"),
                       QStringLiteral(CAIRN_SOURCE_DIR "/scripts/pg-test-server") }) {
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
    stopScript = script().toLocal8Bit();
    stopFolder = m_dir.path().toLocal8Bit();
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    m_url = runScript({ QStringLiteral("start"), m_dir.path() });
}

TestCluster::~TestCluster()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    try {
        runScript({ QStringLiteral("stop"), m_dir.path() });
    } catch (...) {
        // The folder goes with m_dir; a cluster left running is told by the script.
    }
}

} // namespace cairn::bench
