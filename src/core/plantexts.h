#pragma once

#include "plan.h"

#include <QCoreApplication>

namespace cairn {

// The plan's own words in a second language (issue 20): every title, name,
// description, mission, vision, value and section may carry a Spanish text
// beside the original (each item's `es`).
class PlanTexts
{
    Q_DECLARE_TR_FUNCTIONS(cairn::PlanTexts)

public:
    // What carries texts of its own, and the names of its text fields in
    // their order (as the JSON format writes them under "es").
    enum class Owner { Plan, NamedText, Section, Goal, Objective, Action, Measure };
    static std::vector<const char *> fields(Owner owner);

    // The plan as a document in `language` ("en", "es") shows it: in
    // Spanish, each text that has a Spanish text is replaced by it, and the
    // others keep their original words. Any other language: as it is.
    static Plan inLanguage(Plan plan, const QString &language);

    struct Text {
        QString item;  // the item's code; for the plan's own texts, what they are ("mission", "core value 2")
        QString field; // the field's name in the JSON format ("title")
        bool operator==(const Text &) const = default;
    };
    // A field's name as a person reads it, in the language in force
    // ("title" → "título"); `field` as the JSON format names it.
    static QString fieldLabel(const QString &field);

    // The texts with words in the original, and those of them without a Spanish text.
    static std::vector<Text> texts(const Plan &plan);
    static std::vector<Text> untranslated(const Plan &plan);
};

} // namespace cairn
