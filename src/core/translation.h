#pragma once

#include <QString>

#include <map>

namespace cairn {

// An item's own texts in the plan's second language (Spanish), by the
// field's name in the JSON format ("title", "description", "mission"). A
// field without one is shown in its original words.
using Translation = std::map<QString, QString>;

// The Spanish of `field`; empty when it has none.
inline QString translated(const Translation &texts, const QString &field)
{
    const auto found = texts.find(field);
    return found == texts.end() ? QString() : found->second;
}

// Gives `field` the Spanish `text`; a blank text takes its Spanish away.
inline void translate(Translation &texts, const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        texts.erase(field);
    else
        texts[field] = text.trimmed();
}

} // namespace cairn
