// Catch2 main shared by every test executable. Tests that show widgets need
// a QApplication; the others get one too, so that QtSql and tr() behave as in
// the application. The offscreen platform is the default so that tests run
// (and are listed by catch_discover_tests) without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/language.h"

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Window state and recent files go to a scratch folder, never the user's.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    // Every change records who made it, and the app asks when no one is
    // named: tests edit as a logged-in person would, unless they remove it.
    if (qEnvironmentVariableIsEmpty("USER") && qEnvironmentVariableIsEmpty("USERNAME"))
        qputenv("USER", "cairn-tests");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cairn"));
    QApplication::setApplicationName(QStringLiteral("Cairn"));
    // English with its plurals, as the app and cairn-cli start.
    cairn::Language::install(cairn::Language::English);
    return Catch::Session().run(argc, argv);
}
