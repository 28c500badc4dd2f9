#pragma once

#include <QString>

#include <optional>
#include <span>

namespace cairn {

// The stable, lower-case token of an enum value as it appears in files
// ("in_progress"), paired with its value. Each enum keeps one such table.
template<typename Enum>
struct Token {
    Enum value;
    const char *token;
};

template<typename Enum>
QString tokenOf(std::span<const Token<Enum>> table, Enum value)
{
    for (const Token<Enum> &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.token);
    }
    return {};
}

template<typename Enum>
std::optional<Enum> fromToken(std::span<const Token<Enum>> table, const QString &token)
{
    for (const Token<Enum> &entry : table) {
        if (token == QLatin1String(entry.token))
            return entry.value;
    }
    return std::nullopt;
}

// "a, b or c": the accepted tokens, for error messages.
template<typename Enum>
QString tokenList(std::span<const Token<Enum>> table)
{
    QString list;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (i > 0)
            list += (i + 1 == table.size()) ? QStringLiteral(" or ") : QStringLiteral(", ");
        list += QString::fromLatin1(table[i].token);
    }
    return list;
}

} // namespace cairn
