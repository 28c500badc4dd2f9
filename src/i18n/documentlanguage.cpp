#include "documentlanguage.h"

#include "language.h"

namespace cairn {

DocumentLanguage::DocumentLanguage(const QString &code, NumberStyle numbers)
    : m_before(Language::installed())
{
    const QString language = Language::all().contains(code) ? code : m_before;
    // Installing a translation tells every window the language changed; the
    // windows see the language before again when this one goes (and repaint
    // in it then), so nothing a person sees stays in the document's.
    m_switched = language != m_before;
    if (m_switched)
        Language::install(language);
    QLocale::setDefault(locale(language, numbers));
}

DocumentLanguage::~DocumentLanguage()
{
    if (m_switched)
        Language::install(m_before);
    QLocale::setDefault(m_localeBefore);
}

QLocale DocumentLanguage::locale(const QString &code, NumberStyle numbers)
{
    // A territory whose numbers are written the plan's way, in each
    // language (CLDR); only the separators and the month names are used:
    // the currency stays the dollar (ValueText).
    const bool spanish = code == Language::Spanish;
    switch (numbers) {
    case NumberStyle::PointComma:
        return spanish ? QLocale(QLocale::Spanish, QLocale::Colombia) : QLocale(QLocale::English, QLocale::Germany);
    case NumberStyle::SpaceComma:
        return spanish ? QLocale(QLocale::Spanish, QLocale::CostaRica) : QLocale(QLocale::English, QLocale::Sweden);
    case NumberStyle::CommaPoint:
        break;
    }
    return QLocale(spanish ? QLocale::Spanish : QLocale::English, QLocale::UnitedStates);
}

QString DocumentLanguage::date(QDate date)
{
    //: How a document writes a date in full, as QLocale's date formats: MMMM is the month's name, d the day, yyyy the year.
    return QLocale().toString(date, tr("MMMM d, yyyy"));
}

} // namespace cairn
