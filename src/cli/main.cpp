#include "cli.h"

#include "i18n/language.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

#include <unistd.h>

using namespace cairn::cli;

namespace {

// A folder only this user may enter, as a desktop session's runtime folder
// is: made in the temporary folder when missing.
QString privateRuntimeFolder()
{
    const QString folder = QDir::tempPath() + QStringLiteral("/cairn-runtime-") + QString::number(getuid());
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return folder;
}

} // namespace

int main(int argc, char *argv[])
{
    // Charts and reports draw text, and import-text reads HTML into a text
    // document, which needs a GUI application; they never show a window, so
    // they need no display either.
    const bool draws = argc > 1
                       && (qstrcmp(argv[1], "chart") == 0 || qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "import-text") == 0
                           || (argc > 2 && qstrcmp(argv[1], "review") == 0 && qstrcmp(argv[2], "minutes") == 0));
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A GUI application wants a private runtime folder and, without a
    // desktop session to give one (cron, ssh), says so on stderr: a report
    // made from a script should write nothing there but its own messages.
    if (draws && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", privateRuntimeFolder().toLocal8Bit());
    const std::unique_ptr<QCoreApplication> app =
        draws ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cairn-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
    // English, with its plurals, until --lang says otherwise.
    cairn::Language::install(cairn::Language::English);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Commands::run(QCoreApplication::arguments().mid(1), out, err);
}
