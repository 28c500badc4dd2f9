// Catch2 main shared by every test executable. Tests that show widgets need
// a QApplication; the others get one too, so that QtSql and tr() behave as in
// the application. The offscreen platform is the default so that tests run
// (and are listed by catch_discover_tests) without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
