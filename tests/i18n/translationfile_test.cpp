#include "tsfile.h"

#include <catch2/catch.hpp>

#include <string_view>


using namespace cairn;
using namespace cairn::test;

namespace {

// Spanish, and English for its plurals only ("1 value", "2 values").
QString tsFile(const char *language)
{
    return QStringLiteral(CAIRN_SOURCE_DIR "/resources/translations/cairn_%1.ts").arg(QLatin1String(language));
}

QString described(const TsMessage &message)
{
    return message.context + QStringLiteral(": \"") + message.source + QStringLiteral("\"");
}

} // namespace

TEST_CASE("Every string of cairn_es.ts and plural of cairn_en.ts is translated, none is left over from old code", "[i18n]")
{
    const char *language = GENERATE("es", "en");
    INFO(language);
    const std::vector<TsMessage> messages = readTsFile(tsFile(language));
    REQUIRE(messages.size() > (language == std::string_view("es") ? 1000u : 20u));
    QStringList unfinished, leftOver, empty;
    for (const TsMessage &message : messages) {
        if (message.type == QLatin1String("unfinished"))
            unfinished.append(described(message));
        else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            leftOver.append(described(message));
        else if (message.translations.isEmpty() || message.translations.contains(QString()))
            empty.append(described(message));
    }
    // Run scripts/update-translations, translate, and see docs/translation.md.
    INFO("unfinished:\n" << unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(unfinished.isEmpty());
    INFO("vanished or obsolete:\n" << leftOver.join(QLatin1Char('\n')).toStdString());
    CHECK(leftOver.isEmpty());
    INFO("empty:\n" << empty.join(QLatin1Char('\n')).toStdString());
    CHECK(empty.isEmpty());
}

TEST_CASE("Every Spanish and English translation keeps its source's placeholders and plural forms", "[i18n]")
{
    const char *language = GENERATE("es", "en");
    INFO(language);
    QStringList wrong;
    for (const TsMessage &message : readTsFile(tsFile(language))) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            continue;
        // Both languages have two plural forms: one, and every other number.
        if (message.numerus && message.translations.size() != 2)
            wrong.append(described(message) + QStringLiteral(" has %1 plural forms, not 2").arg(message.translations.size()));
        for (const QString &translation : message.translations)
            if (placeholders(translation) != placeholders(message.source))
                wrong.append(described(message) + QStringLiteral(" → \"") + translation + QStringLiteral("\""));
    }
    INFO(wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("The placeholders of a text are found whatever their order", "[i18n]")
{
    struct Row {
        const char *text;
        QStringList expected;
    };
    const std::vector<Row> rows = {
        {"no placeholder", {}},
        {"%1 of %2", {QStringLiteral("%1"), QStringLiteral("%2")}},
        {"%2 de %1", {QStringLiteral("%1"), QStringLiteral("%2")}},
        {"%n value(s)", {QStringLiteral("%n")}},
        {"%1%", {QStringLiteral("%1")}},
        {"%L1 and %10", {QStringLiteral("%10"), QStringLiteral("%L1")}},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        CHECK(placeholders(QString::fromUtf8(row.text)) == row.expected);
    }
}
