#include "studentgroups.h"

#include <QRegularExpression>

#include <span>

namespace cairn {

namespace {

struct Group {
    const char *key;
    const char *label;
    // Words, matched without regard to case; then abbreviations, matched
    // as written ("EL" is a group, "El Paso" is not).
    const char *words;
    const char *abbreviations;
};

// Race words alone ("white", "black") are read only before "students": a
// plan's "whiteboards" and "Black History Month" name no group.
constexpr Group Groups[] = {
    {"english-learners", QT_TRANSLATE_NOOP("cairn::StudentGroups", "English learners"),
     R"(english\s+(?:language\s+)?learners?|emergent\s+bilinguals?|limited\s+english\s+proficien\w*|)"
     R"(estudiantes\s+de\s+ingl[eé]s|aprendices\s+de\s+ingl[eé]s|biling[uü]es\s+emergentes)",
     R"(ELLs?|ELs|LEP)"},
    {"students-with-disabilities", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Students with disabilities"),
     R"(students?\s+with\s+disabilit\w+|special\s+education|educaci[oó]n\s+especial|estudiantes\s+con\s+discapacidad\w*)",
     R"(SPED|SWDs?)"},
    {"economically-disadvantaged", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Economically disadvantaged students"),
     R"(economically\s+disadvantaged|low[-\s]income|econ[oó]micamente\s+desfavorecid\w*|de\s+bajos\s+ingresos)", nullptr},
    {"hispanic", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Hispanic or Latino students"), R"(hispanic|latin[oax]s?|hispan[oa]s)",
     nullptr},
    {"black", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Black or African American students"),
     R"(african[-\s]american|black\s+students|afroamerican\w*)", nullptr},
    {"white", QT_TRANSLATE_NOOP("cairn::StudentGroups", "White students"), R"(white\s+students)", nullptr},
    {"asian", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Asian students"), R"(asian(?:\s+american)?)", nullptr},
    {"american-indian", QT_TRANSLATE_NOOP("cairn::StudentGroups", "American Indian or Alaska Native students"),
     R"(american\s+indian|native\s+american|alaska\s+native)", nullptr},
    {"pacific-islander", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Pacific Islander students"), R"(pacific\s+islanders?)", nullptr},
    {"two-or-more-races", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Students of two or more races"), R"(two\s+or\s+more\s+races)",
     nullptr},
    {"gifted", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Gifted and talented students"), R"(gifted|talentosos)", nullptr},
    {"homeless", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Students experiencing homelessness"), R"(homeless\w*|sin\s+hogar)",
     nullptr},
    {"foster-care", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Students in foster care"), R"(foster\s+care|hogares?\s+de\s+crianza)",
     nullptr},
    {"migrant", QT_TRANSLATE_NOOP("cairn::StudentGroups", "Migrant students"), R"(migrant\w*|migrantes?)", nullptr},
};

struct Patterns {
    QRegularExpression words;
    QRegularExpression abbreviations;
};

const std::vector<Patterns> &patterns()
{
    static const std::vector<Patterns> compiled = [] {
        std::vector<Patterns> all;
        for (const Group &group : Groups) {
            const auto wrap = [](const char *alternatives) { return QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(QString::fromUtf8(alternatives)); };
            all.push_back(Patterns{
                QRegularExpression(wrap(group.words),
                                   QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption),
                group.abbreviations ? QRegularExpression(wrap(group.abbreviations), QRegularExpression::UseUnicodePropertiesOption)
                                    : QRegularExpression()});
        }
        return all;
    }();
    return compiled;
}

} // namespace

QStringList StudentGroups::named(const QString &text)
{
    QStringList keys;
    const std::vector<Patterns> &all = patterns();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const bool abbreviated = !all[i].abbreviations.pattern().isEmpty() && all[i].abbreviations.match(text).hasMatch();
        if (all[i].words.match(text).hasMatch() || abbreviated)
            keys.append(QLatin1String(Groups[i].key));
    }
    return keys;
}

QString StudentGroups::label(const QString &key)
{
    for (const Group &group : Groups) {
        if (key == QLatin1String(group.key))
            return tr(group.label);
    }
    return key;
}

} // namespace cairn
