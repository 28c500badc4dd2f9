#include "titlematch.h"

#include "planwalk.h"

#include <QRegularExpression>

namespace cairn {

namespace {

// The distinct words of three letters or more, case folded.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words;
    for (const QString &word : text.toCaseFolded().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && !words.contains(word))
            words.append(word);
    }
    return words;
}

} // namespace

TitleMatch::TitleMatch(const Plan &plan)
{
    forEachItem(plan, [this](const ItemView &item) {
        Entry entry{Candidate{item.code, item.title}, codeForm(item.code), wordsOf(item.title)};
        for (const QString &word : entry.words)
            ++m_frequency[word];
        m_entries.push_back(std::move(entry));
    });
}

QString TitleMatch::codeForm(const QString &code)
{
    QString form;
    for (const QChar c : code)
        form.append(c.isDigit() ? QLatin1Char('9') : c.isLetter() ? QLatin1Char('A') : c);
    return form;
}

double TitleMatch::overlap(const QStringList &words, const Entry &entry) const
{
    double score = 0;
    for (const QString &word : words) {
        if (entry.words.contains(word))
            score += 1.0 / m_frequency.value(word, 1);
    }
    return score;
}

std::optional<TitleMatch::Candidate> TitleMatch::nearest(const QString &title, const QString &oldCode) const
{
    const QStringList words = wordsOf(title);
    const QString form = codeForm(oldCode);
    for (const bool sameForm : {true, false}) {
        const Entry *best = nullptr;
        double bestScore = 0;
        for (const Entry &entry : m_entries) {
            if (sameForm && entry.form != form)
                continue;
            const double score = overlap(words, entry);
            if (score > bestScore) {
                best = &entry;
                bestScore = score;
            }
        }
        if (best)
            return best->candidate;
    }
    return std::nullopt;
}

} // namespace cairn
