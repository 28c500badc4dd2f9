#pragma once

#include "sourcedocument.h"

namespace cairn::textimport {

// Reads HTML (a web page, or what a word processor puts on the clipboard)
// through QTextDocument, keeping its headings, lists (with their nesting)
// and tables (with lists inside cells).
SourceDocument readHtml(const QString &html);

// The lines of an HTML fragment (a table cell written as HTML), tables
// inside it read row by row.
SourceLines readHtmlLines(const QString &html);

} // namespace cairn::textimport
