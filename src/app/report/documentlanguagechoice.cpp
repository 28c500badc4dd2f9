#include "documentlanguagechoice.h"

#include "i18n/language.h"

#include <QComboBox>
#include <QSettings>

namespace cairn {

namespace {

const QString LanguageKey = QStringLiteral("documents/language");

} // namespace

void DocumentLanguageChoice::fill(QComboBox *combo)
{
    combo->clear();
    for (const QString &code : Language::all())
        combo->addItem(Language::nativeName(code), code);
    const QString remembered = QSettings().value(LanguageKey, Language::installed()).toString();
    combo->setCurrentIndex(std::max(0, combo->findData(remembered)));
}

QString DocumentLanguageChoice::chosen(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void DocumentLanguageChoice::remember(const QComboBox *combo)
{
    QSettings().setValue(LanguageKey, chosen(combo));
}

} // namespace cairn
