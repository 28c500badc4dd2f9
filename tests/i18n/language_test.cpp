#include "i18n/documentlanguage.h"
#include "i18n/language.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDate>

using namespace cairn;

namespace {

// Speaks `code` while it lives, then English again for the tests after.
struct Speaking {
    explicit Speaking(const QString &code) { Language::install(code); }
    ~Speaking() { Language::install(Language::English); }
};

} // namespace

TEST_CASE("The language is the one chosen, else the system's when Cairn speaks it, else English", "[i18n]")
{
    struct Row {
        const char *chosen;
        QLocale system;
        QString expected;
    };
    const std::vector<Row> rows = {
        {"", QLocale(QLocale::Spanish, QLocale::Mexico), Language::Spanish},
        {"", QLocale(QLocale::Spanish, QLocale::UnitedStates), Language::Spanish},
        {"", QLocale(QLocale::English, QLocale::UnitedStates), Language::English},
        {"", QLocale(QLocale::French, QLocale::France), Language::English},
        {"en", QLocale(QLocale::Spanish, QLocale::Mexico), Language::English},
        {"es", QLocale(QLocale::English, QLocale::UnitedStates), Language::Spanish},
        // A choice Cairn does not speak (a setting from a later version) falls back to the system's.
        {"de", QLocale(QLocale::Spanish, QLocale::Spain), Language::Spanish},
    };
    for (const Row &row : rows) {
        INFO(row.chosen << " on " << row.system.name().toStdString());
        CHECK(Language::resolve(QString::fromUtf8(row.chosen), row.system) == row.expected);
    }
}

TEST_CASE("Installing Spanish translates Cairn's words and Qt's standard buttons, English takes them back", "[i18n]")
{
    const auto onTrack = [] { return QCoreApplication::translate("cairn::StatusText", "On track"); };
    // Qt's own catalogue (qtbase_es.qm, from qt6-translations-l10n) names the standard buttons.
    const auto cancel = [] { return QCoreApplication::translate("QPlatformTheme", "Cancel"); };
    CHECK(Language::installed() == Language::English);
    {
        Speaking spanish(Language::Spanish);
        CHECK(Language::installed() == Language::Spanish);
        CHECK(onTrack() == QStringLiteral("En buen camino"));
        CHECK(cancel() == QStringLiteral("Cancelar"));
    }
    CHECK(Language::installed() == Language::English);
    CHECK(onTrack() == QStringLiteral("On track"));
    CHECK(cancel() == QStringLiteral("Cancel"));
}

TEST_CASE("Each language is offered under its own name", "[i18n]")
{
    CHECK(Language::all() == QStringList{Language::English, Language::Spanish});
    CHECK(Language::nativeName(Language::English) == QStringLiteral("English"));
    CHECK(Language::nativeName(Language::Spanish) == QStringLiteral("Español"));
}

TEST_CASE("Dates and numbers follow the language, in the system's way when it speaks that language", "[i18n]")
{
    struct Row {
        QString code;
        QLocale system;
        QString expected;
    };
    const std::vector<Row> rows = {
        {Language::Spanish, QLocale(QLocale::Spanish, QLocale::Mexico), QStringLiteral("es_MX")},
        {Language::Spanish, QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("es_US")},
        {Language::Spanish, QLocale(QLocale::French, QLocale::France), QStringLiteral("es_US")},
        {Language::English, QLocale(QLocale::English, QLocale::UnitedKingdom), QStringLiteral("en_GB")},
        {Language::English, QLocale(QLocale::Spanish, QLocale::Mexico), QStringLiteral("en_US")},
    };
    for (const Row &row : rows) {
        INFO(row.code.toStdString() << " on " << row.system.name().toStdString());
        CHECK(Language::localeFor(row.code, row.system).name() == row.expected);
    }
    // A US district writes 1,234.5 in Spanish too, and its months in Spanish.
    const QLocale spanish = Language::localeFor(Language::Spanish, QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(spanish.toString(1234.5, 'f', 1) == QStringLiteral("1,234.5"));
    CHECK(spanish.toString(QDate(2026, 12, 4), QLocale::LongFormat).contains(QStringLiteral("diciembre")));
}

TEST_CASE("A document speaks its own language while it is made, then the app's language is back", "[i18n][document]")
{
    const auto onTrack = [] { return QCoreApplication::translate("cairn::StatusText", "On track"); };
    const QDate day(2026, 12, 3);
    REQUIRE(Language::installed() == Language::English);
    {
        const DocumentLanguage document(Language::Spanish, NumberStyle::CommaPoint);
        CHECK(onTrack() == QStringLiteral("En buen camino"));
        CHECK(DocumentLanguage::date(day) == QStringLiteral("3 de diciembre de 2026"));
        // A US district writes 1,234.5 in its Spanish documents too.
        CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1,234.5"));
        {
            // Painting a page inside the building of the document changes nothing.
            const DocumentLanguage nested(Language::Spanish, NumberStyle::CommaPoint);
            CHECK(onTrack() == QStringLiteral("En buen camino"));
        }
        CHECK(onTrack() == QStringLiteral("En buen camino"));
    }
    CHECK(Language::installed() == Language::English);
    CHECK(onTrack() == QStringLiteral("On track"));

    // The app in Spanish on a Spanish system (1.234,5) writes an English
    // document, with the district's numbers, then speaks Spanish again.
    Speaking spanish(Language::Spanish);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    {
        const DocumentLanguage document(Language::English, NumberStyle::CommaPoint);
        CHECK(onTrack() == QStringLiteral("On track"));
        CHECK(DocumentLanguage::date(day) == QStringLiteral("December 3, 2026"));
        CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1,234.5"));
    }
    CHECK(Language::installed() == Language::Spanish);
    CHECK(onTrack() == QStringLiteral("En buen camino"));
    CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1234,5"));
    {
        // No language given: the one in force, with the district's numbers.
        const DocumentLanguage document({}, NumberStyle::CommaPoint);
        CHECK(onTrack() == QStringLiteral("En buen camino"));
        CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1,234.5"));
    }
}

TEST_CASE("A document writes numbers the plan's way in either language, its dates in the language",
          "[i18n][document]")
{
    struct Row {
        const char *language;
        NumberStyle numbers;
        const char *thousands; // 1234.5 with one decimal
        const char *millions;  // 12345678.25 with two
        const char *date;      // 3 December 2026
    };
    const Row rows[] = {
        {"en", NumberStyle::CommaPoint, "1,234.5", "12,345,678.25", "December 3, 2026"},
        {"es", NumberStyle::CommaPoint, "1,234.5", "12,345,678.25", "3 de diciembre de 2026"},
        {"en", NumberStyle::PointComma, "1.234,5", "12.345.678,25", "December 3, 2026"},
        {"es", NumberStyle::PointComma, "1.234,5", "12.345.678,25", "3 de diciembre de 2026"},
        // A space that never breaks a number across lines.
        {"en", NumberStyle::SpaceComma, "1\u00a0234,5", "12\u00a0345\u00a0678,25", "December 3, 2026"},
        {"es", NumberStyle::SpaceComma, "1\u00a0234,5", "12\u00a0345\u00a0678,25", "3 de diciembre de 2026"},
    };
    for (const Row &row : rows) {
        INFO(row.language << " " << toToken(row.numbers).toStdString());
        const DocumentLanguage document(QString::fromLatin1(row.language), row.numbers);
        CHECK(QLocale().toString(1234.5, 'f', 1) == QString::fromUtf8(row.thousands));
        CHECK(QLocale().toString(12345678.25, 'f', 2) == QString::fromUtf8(row.millions));
        CHECK(DocumentLanguage::date(QDate(2026, 12, 3)) == QString::fromUtf8(row.date));
    }
}

TEST_CASE("English says 1 goal and 2 goals, Spanish 1 meta and 2 metas", "[i18n]")
{
    const auto goals = [](int n) { return QCoreApplication::translate("cairn::StatusText", "%n goals", nullptr, n); };
    Language::install(Language::English);
    CHECK(goals(1) == QStringLiteral("1 goal"));
    CHECK(goals(2) == QStringLiteral("2 goals"));
    CHECK(goals(0) == QStringLiteral("0 goals"));
    Speaking spanish(Language::Spanish);
    CHECK(goals(1) == QStringLiteral("1 meta"));
    CHECK(goals(2) == QStringLiteral("2 metas"));
}
