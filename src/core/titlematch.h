#pragma once

#include "plan.h"

#include <QHash>

#include <optional>

namespace cairn {

// Finds the item of a plan whose title is nearest a given text: the one that
// shares the most words with it, rarer words counting more. Suggests what a
// link to a code the plan no longer has (after a renumbering) should name.
class TitleMatch
{
public:
    struct Candidate {
        QString code;
        QString title;
    };

    explicit TitleMatch(const Plan &plan);

    // The nearest item, among codes of the same form as `oldCode` ("1.4" is
    // an objective's form, "1.2-L1" a measure's) first, then among all;
    // nothing when no title shares a word with `title`.
    std::optional<Candidate> nearest(const QString &title, const QString &oldCode) const;

    // "1.4" -> "9.9", "P1" -> "A9", "1.2.1A" -> "9.9.9A".
    static QString codeForm(const QString &code);

private:
    struct Entry {
        Candidate candidate;
        QString form;
        QStringList words;
    };

    double overlap(const QStringList &words, const Entry &entry) const;

    std::vector<Entry> m_entries;
    QHash<QString, int> m_frequency; // in how many titles each word appears
};

} // namespace cairn
