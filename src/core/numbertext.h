#pragma once

#include <QString>

#include <optional>

namespace cairn {

// Reads a number as people type or paste it from a spreadsheet: "56",
// "56%", "-4.5", "1,234.5", "1.234,5" (when the separators make the decimal
// mark clear), with spaces around. Anything else gives nothing.
std::optional<double> parseNumber(const QString &text);

} // namespace cairn
