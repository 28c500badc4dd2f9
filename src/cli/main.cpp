#include "cli.h"

#include "i18n/language.h"

#include <QGuiApplication>

#include <memory>

#include <cstdio>

using namespace cairn::cli;

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
