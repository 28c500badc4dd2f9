#pragma once

#include <QString>

namespace cairn {

// The language chosen under Edit → Preferences, kept in QSettings. Until one
// is chosen, Cairn speaks the system's language (Language::resolve).
class LanguageChoice
{
public:
    // "en", "es", or empty when none was chosen.
    static QString saved();
    static void save(const QString &code);
    // The language to speak when Cairn starts.
    static QString atStart();
};

} // namespace cairn
