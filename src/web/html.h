#pragma once

#include "core/enums.h"

#include <QString>

namespace cairn::web {

// Small pieces of HTML every page uses. The plan's own text always goes
// through escaped() or parts(): it never turns into markup.
class Html
{
public:
    // Text for an element or a quoted attribute.
    static QString escaped(const QString &text);
    // Text for an element whose hyphenated words never break at the
    // hyphen: a narrow column may wrap "2023-24 a 2026-27" between the
    // years, never inside "2026-27".
    static QString unbroken(const QString &text);
    // A description as its author laid it out (TextParts): paragraphs, and
    // lists as <ul> or <ol>. Empty text gives nothing.
    static QString parts(const QString &text);
    // A status as a shape and its word, never colour alone: the shape is
    // drawn, the word is read. `text` replaces the word when given (it
    // should start with it, as CoverageText's sentences do).
    static QString status(Status status, const QString &text = {});
    // An id made of a prefix and an item's code, usable as a link's
    // fragment: ("measure", "1.1-L1a") gives "measure-1-1-l1a".
    static QString anchor(const QString &prefix, const QString &code);
    // <h2 id="…">…</h2>
    static QString heading(int level, const QString &text, const QString &id = {});
    // A table wide enough to scroll on a phone, in a region a keyboard can
    // reach and scroll.
    static QString scrollable(const QString &label, const QString &table);
};

} // namespace cairn::web
