#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace cairn {

// The languages Cairn speaks ("en", "es") and the translations that make it
// speak one: Cairn's own (resources/translations, embedded at build time)
// and Qt's for its standard dialogs and buttons (from Qt's translations
// folder, package qt6-translations-l10n on Debian). See docs/translation.md.
class Language
{
public:
    static const QString English;
    static const QString Spanish;

    // Every language Cairn speaks, English first.
    static QStringList all();
    // The language's own name, as a chooser lists it: "English", "Español".
    static QString nativeName(const QString &code);
    // The language to speak: `chosen` when it is one Cairn speaks (a saved
    // preference, a --lang option), else the first of the system's UI
    // languages that Cairn speaks, else English.
    static QString resolve(const QString &chosen, const QLocale &system);

    // The locale for dates, month names and numbers in `code`: the
    // system's when it is of that language, else the language as written in
    // the United States (es_US writes 1,234.5 and "4 de diciembre de 2026").
    static QLocale localeFor(const QString &code, const QLocale &system);

    // Makes the running application speak `code`: installs its translations
    // and removes those of the language before, and makes localeFor() the
    // default locale. Widgets built before keep their words until they are
    // built again (MainWindow::retranslate).
    static void install(const QString &code);
    // The language installed last; English before any install.
    static QString installed();
};

} // namespace cairn
