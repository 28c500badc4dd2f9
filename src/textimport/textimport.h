#pragma once

#include "outline.h"

namespace cairn::textimport {

enum class TextFormat { Plain, Markdown, Html };

// The format a file's name says: ".html"/".htm" HTML, ".md" markdown, else plain text.
TextFormat formatOfFile(const QString &path);

// The outline of a plan document's text. Plain text that is an HTML page
// is read as HTML.
Outline readPlanText(const QString &text, TextFormat format);

} // namespace cairn::textimport
