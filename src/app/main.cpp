#include "i18n/language.h"
#include "languagechoice.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cairn"));
    QApplication::setOrganizationName(QStringLiteral("Cairn"));
    QApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
    cairn::Language::install(cairn::LanguageChoice::atStart());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Strategic-plan tracker for school districts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"), QApplication::translate("main", "the plan file (.cairn) to open"),
                                 QStringLiteral("[plan.cairn]"));
    parser.process(app);

    cairn::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPlan(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
