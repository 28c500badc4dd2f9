#include "reportpdf.h"

#include "report/boardreport.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace cairn;
using namespace cairn::test;

namespace {

// `length` characters without a space in numbered chunks, "X0001X0002…",
// so that a missing piece shows where it went missing. The last character
// is the letter too, so that every line the text is broken into holds one.
QString chunked(QChar letter, int length)
{
    QString text;
    for (int chunk = 1; text.size() < length - 1; ++chunk)
        text += letter + QStringLiteral("%1").arg(chunk, 4, 10, QLatin1Char('0'));
    text.truncate(length - 1);
    return text + letter;
}

// Of `pdftotext -layout` text, the runs of `letter` and digits, joined line
// by line: a chunked title with the table columns beside it and the page
// furniture between its pages set aside.
QString runsOf(const QString &layoutText, QChar letter)
{
    const QRegularExpression run(QStringLiteral("(?<![A-Za-z\\d])[\\d%1]*%1[\\d%1]*(?![A-Za-z\\d])").arg(letter));
    QString joined;
    for (const QString &line : layoutText.split(QLatin1Char('\n'))) {
        for (const QRegularExpressionMatch &match : run.globalMatch(line))
            joined += match.captured();
    }
    return joined;
}

// `count` distinct words of 30 characters: "g0001abcdefghijklmnopqrstuvwxy", …
QStringList wordsOf(QChar prefix, int count)
{
    QStringList words;
    for (int i = 1; i <= count; ++i)
        words.append(prefix + QStringLiteral("%1abcdefghijklmnopqrstuvwxy").arg(i, 4, 10, QLatin1Char('0')));
    return words;
}

struct Word {
    int page = 0; // from 1
    QRectF box;   // in points from the page's top left
    QString text;
};

// Every word of the PDF with where it is drawn (`pdftotext -bbox`).
std::vector<Word> wordsIn(const QString &pdf)
{
    QXmlStreamReader reader(poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    std::vector<Word> words;
    int page = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("page")) {
            ++page;
        } else if (reader.name() == QLatin1String("word")) {
            const QXmlStreamAttributes at = reader.attributes();
            const QPointF topLeft(at.value(QLatin1String("xMin")).toDouble(), at.value(QLatin1String("yMin")).toDouble());
            const QPointF bottomRight(at.value(QLatin1String("xMax")).toDouble(), at.value(QLatin1String("yMax")).toDouble());
            words.push_back({page, QRectF(topLeft, bottomRight), reader.readElementText()});
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return words;
}

// The report's body rectangle in the points pdftotext measures in, with half
// a point of room for rounding.
QRectF bodyInPoints(const PagedReport &report)
{
    const QRectF body = report.bodyRect();
    return QRectF(body.topLeft() * 0.75, body.size() * 0.75).adjusted(-0.5, -0.5, 0.5, 0.5);
}

} // namespace

TEST_CASE("titles of 1,000 characters without a space wrap inside the margins and keep every character", "[report][pdf]")
{
    Plan plan = socorro();
    Goal &goal = plan.goals.front();
    REQUIRE_FALSE(goal.objectives.empty());
    REQUIRE_FALSE(goal.objectives.front().measures.empty());
    goal.title = chunked(QLatin1Char('X'), 1000);
    goal.objectives.front().title = chunked(QLatin1Char('Y'), 1000);
    goal.objectives.front().measures.front().name = chunked(QLatin1Char('Z'), 1000);
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString pdf = write(report, dir);

    const QString layout = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    CHECK(runsOf(layout, QLatin1Char('X')).contains(goal.title));
    CHECK(runsOf(layout, QLatin1Char('Y')).contains(goal.objectives.front().title));
    CHECK(runsOf(layout, QLatin1Char('Z')).contains(goal.objectives.front().measures.front().name));

    // Not a word is drawn past the side margins.
    const QRectF body = bodyInPoints(report);
    int outside = 0;
    for (const Word &word : wordsIn(pdf)) {
        if (word.box.left() >= body.left() && word.box.right() <= body.right())
            continue;
        if (++outside <= 10)
            UNSCOPED_INFO("page " << word.page << ": " << word.text.left(40).toStdString() << " from x " << word.box.left() << " to "
                                  << word.box.right());
    }
    CHECK(outside == 0);
}

TEST_CASE("a description and a recommendation longer than a page continue on the next pages, clear of the footer", "[report][pdf]")
{
    Plan plan = socorro();
    REQUIRE(plan.goals.size() > 1);
    Goal &goal = plan.goals[1];
    REQUIRE_FALSE(goal.objectives.empty());
    REQUIRE_FALSE(plan.reviews.empty());
    // The longest title a plan may have, and text far longer than a page.
    const QStringList titleWords = wordsOf(QLatin1Char('g'), 32);
    const QStringList descriptionWords = wordsOf(QLatin1Char('d'), 650);
    const QStringList recommendationWords = wordsOf(QLatin1Char('r'), 400);
    goal.title = titleWords.join(QLatin1Char(' '));
    goal.objectives.front().description = descriptionWords.join(QLatin1Char(' '));
    for (Review &review : plan.reviews) {
        REQUIRE_FALSE(review.recommendations.empty());
        review.recommendations.front().text = recommendationWords.join(QLatin1Char(' '));
    }
    const BoardReport report(plan, optionsFor(plan));
    QTemporaryDir dir;
    const QString pdf = write(report, dir);

    const QStringList printed = textOf(pdf).split(QLatin1Char(' '));
    QStringList missing;
    for (const QString &word : titleWords + descriptionWords + recommendationWords) {
        if (!printed.contains(word))
            missing.append(word);
    }
    {
        INFO("missing: " << missing.mid(0, 10).join(QLatin1Char(' ')).toStdString());
        CHECK(missing.isEmpty());
    }

    // Each word of the long texts lies inside the body of its page: none is
    // drawn over the footer or below the page's edge.
    const QRectF body = bodyInPoints(report);
    const QRegularExpression ours(QStringLiteral("^[gdr]\\d{4}[a-y]+$"));
    QHash<QChar, QSet<int>> pagesOf;
    int outside = 0;
    for (const Word &word : wordsIn(pdf)) {
        if (!ours.match(word.text).hasMatch())
            continue;
        pagesOf[word.text.front()].insert(word.page);
        if (!body.contains(word.box) && ++outside <= 10)
            UNSCOPED_INFO("page " << word.page << ": " << word.text.toStdString() << " from y " << word.box.top() << " to " << word.box.bottom());
    }
    CHECK(outside == 0);
    CHECK(pagesOf[QLatin1Char('d')].size() > 2);
    CHECK(pagesOf[QLatin1Char('r')].size() > 2);
}
