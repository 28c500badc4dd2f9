#include "languagechoice.h"

#include "i18n/language.h"

#include <QLocale>
#include <QSettings>

namespace cairn {

namespace {

const QString LanguageKey = QStringLiteral("language");

} // namespace

QString LanguageChoice::saved()
{
    return QSettings().value(LanguageKey).toString();
}

void LanguageChoice::save(const QString &code)
{
    QSettings().setValue(LanguageKey, code);
}

QString LanguageChoice::atStart()
{
    return Language::resolve(saved(), QLocale::system());
}

} // namespace cairn
