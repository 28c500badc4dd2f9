#pragma once

#include "sourcedocument.h"

namespace cairn::textimport {

// Reads plain text or markdown as plans are pasted from a PDF viewer or a
// word processor: blank-line paragraphs, lines wrapped mid-sentence joined
// again, bullets and numbers as list items (indented ones one level deeper),
// markdown headings ("## Goal 1") and emphasis, markdown pipe tables, and
// tab-separated tables whose cells may hold HTML (as a web page's table
// pastes into a text editor).
SourceDocument readPlainText(const QString &text);

} // namespace cairn::textimport
