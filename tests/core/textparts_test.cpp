#include "core/textparts.h"

#include <catch2/catch.hpp>

using namespace cairn;
using Kind = TextPart::Kind;

namespace {

QString shape(const QList<TextPart> &parts)
{
    QStringList out;
    for (const TextPart &part : parts) {
        const char *kind = part.kind == Kind::Paragraph ? "P" : part.kind == Kind::Bullets ? "B" : "N";
        out.append(QStringLiteral("%1[%2]").arg(QLatin1String(kind), part.items.join(QLatin1Char('|'))));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("descriptions keep their lists", "[textparts]")
{
    struct Row {
        const char *text;
        const char *shape;
    };
    const Row rows[] = {
        {"One paragraph.", "P[One paragraph.]"},
        {"First.\n\nSecond.", "P[First.] P[Second.]"},
        {"First sentence.\nSecond line.", "P[First sentence.] P[Second line.]"},
        {"A line wrapped\nby the word processor.", "P[A line wrapped by the word processor.]"},
        {"Students will:\n- read\n- write\n- count", "P[Students will:] B[read|write|count]"},
        {"• one\n• two", "B[one|two]"},
        {"· one\n· two", "B[one|two]"},
        {"* one\n– two", "B[one|two]"},
        {"1. first\n2. second\n3) third", "N[first|second|third]"},
        {"a. first\nb) second", "N[first|second]"},
        {"- an item that wraps\n  onto a second line\n- next", "B[an item that wraps onto a second line|next]"},
        {"- one\n\nAfter the list.", "B[one] P[After the list.]"},
        {"- bullet\n1. number", "B[bullet] N[number]"},
        {"Grades 3-5 - reading", "P[Grades 3-5 - reading]"},
        {"e.g. this is not a list", "P[e.g. this is not a list]"},
        {"\r\n- one\r\n- two\r\n", "B[one|two]"},
        {"", ""},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        CHECK(shape(textParts(QString::fromUtf8(row.text))) == QString::fromUtf8(row.shape));
    }
}

TEST_CASE("plain text writes lists one item per line", "[textparts]")
{
    CHECK(plainTextParts(QStringLiteral("Students will:\n- read\n- write")) == QStringLiteral("Students will:\n\n• read\n• write"));
    CHECK(plainTextParts(QStringLiteral("a) one\nb) two")) == QStringLiteral("1. one\n2. two"));
}

TEST_CASE("HTML of a description keeps its lists and escapes the plan's text", "[textparts]")
{
    CHECK(htmlTextParts(QStringLiteral("Grades <3> & up:\n- read\n- write")) == QStringLiteral("<p>Grades &lt;3&gt; &amp; up:</p><ul><li>read</li><li>write</li></ul>"));
    CHECK(htmlTextParts(QStringLiteral("1. one\n2. two")) == QStringLiteral("<ol><li>one</li><li>two</li></ol>"));
}

TEST_CASE("one line of a description joins its list items with semicolons", "[textparts]")
{
    CHECK(oneLineTextParts(QStringLiteral("Revise units:\n- add a task\n- align rubrics")) == QStringLiteral("Revise units: add a task; align rubrics"));
    CHECK(oneLineTextParts(QStringLiteral("A wrapped\nline.\n\nA second paragraph.")) == QStringLiteral("A wrapped line. A second paragraph."));
    CHECK(oneLineTextParts(QStringLiteral("  Plain title  ")) == QStringLiteral("Plain title"));
}
