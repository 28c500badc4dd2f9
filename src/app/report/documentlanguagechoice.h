#pragma once

#include <QString>

class QComboBox;

namespace cairn {

// The language a document is written in, chosen in the dialogs that export
// one (board report, minutes, website) whatever the app's language, and
// remembered in the settings for all three: a district that writes to its
// families in Spanish does so for every document, whichever plan it is.
// Until one is chosen, documents are written in the app's language.
class DocumentLanguageChoice
{
public:
    // Lists the languages in `combo`, each under its own name, the
    // remembered one chosen.
    static void fill(QComboBox *combo);
    // The language chosen in a combo fill() filled: "en" or "es".
    static QString chosen(const QComboBox *combo);
    // Remembers the language chosen in `combo` for the next document.
    static void remember(const QComboBox *combo);
};

} // namespace cairn
