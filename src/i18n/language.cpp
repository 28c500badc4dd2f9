#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace cairn {

const QString Language::English = QStringLiteral("en");
const QString Language::Spanish = QStringLiteral("es");

namespace {

// The translators in force; English needs only its plurals (cairn_en).
struct Installed {
    QString code = Language::English;
    std::unique_ptr<QTranslator> cairn;
    std::unique_ptr<QTranslator> qt;
};

Installed &installedState()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loaded(const QString &file, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, folder))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

QStringList Language::all()
{
    return {English, Spanish};
}

QString Language::nativeName(const QString &code)
{
    // Each language is named in its own words, whatever the language in force.
    return code == Spanish ? QStringLiteral("Español") : QStringLiteral("English");
}

QString Language::resolve(const QString &chosen, const QLocale &system)
{
    if (all().contains(chosen))
        return chosen;
    for (const QString &name : system.uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (all().contains(language))
            return language;
    }
    return English;
}

QLocale Language::localeFor(const QString &code, const QLocale &system)
{
    if (QLocale::languageToCode(system.language()) == code)
        return system;
    return QLocale(code == Spanish ? QLocale::Spanish : QLocale::English, QLocale::UnitedStates);
}

void Language::install(const QString &code)
{
    Installed &state = installedState();
    if (state.cairn)
        QCoreApplication::removeTranslator(state.cairn.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.cairn.reset();
    state.qt.reset();
    state.code = all().contains(code) ? code : English;
    QLocale::setDefault(localeFor(state.code, QLocale::system()));
    if (state.code != English)
        state.qt = loaded(QStringLiteral("qtbase_") + state.code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    state.cairn = loaded(QStringLiteral("cairn_") + state.code, QStringLiteral(":/i18n"));
}

QString Language::installed()
{
    return installedState().code;
}

} // namespace cairn
