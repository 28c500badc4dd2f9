#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cairn {

// A description as its author laid it out: paragraphs, and lists whose lines
// start with "- ", "* ", "• ", "· ", "– " (bullets) or "1.", "1)", "a." , "a)"
// (numbered). A line that does not start a new item and follows a list item
// continues that item (text wrapped by a word processor); a blank line ends
// a list. Paragraph lines are joined into one paragraph per blank-line block
// when they were wrapped, and kept apart when each ends a sentence.
struct TextPart {
    enum class Kind { Paragraph, Bullets, Numbered };
    Kind kind = Kind::Paragraph;
    QStringList items; // one paragraph for Paragraph; the items, markers removed, for a list
};

QList<TextPart> textParts(const QString &text);

// The text with its lists written one item per line behind "• " (or the
// item's number), paragraphs separated by a blank line: for plain-text
// exports and one-line cells that must not flatten a list into " - ".
QString plainTextParts(const QString &text);

// The text on one line, for a list or tree row: the lead paragraph, then
// the items of its lists joined by "; " ("Revise units: add a task; align
// rubrics"), never a list flattened into " - ".
QString oneLineTextParts(const QString &text);

// The text as HTML: <p> per paragraph, <ul> or <ol> per list, every
// character of the plan's text escaped (never read as markup).
QString htmlTextParts(const QString &text);

} // namespace cairn
