#include "core/textparts.h"

#include <QRegularExpression>

namespace cairn {
namespace {

const QRegularExpression &bulletMarker()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*[-*•·–]\s+)"));
    return re;
}

// "1." "1)" "12." "a." "b)" — a letter only with its punctuation, so a
// sentence beginning "A. Lincoln" stays rare enough to accept.
const QRegularExpression &numberMarker()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:\d{1,2}|[a-zA-Z])[.)]\s+)"));
    return re;
}

struct Line {
    TextPart::Kind kind;
    QString text;
};

Line classify(const QString &line)
{
    if (const auto match = bulletMarker().match(line); match.hasMatch())
        return {TextPart::Kind::Bullets, line.mid(match.capturedLength()).trimmed()};
    if (const auto match = numberMarker().match(line); match.hasMatch())
        return {TextPart::Kind::Numbered, line.mid(match.capturedLength()).trimmed()};
    return {TextPart::Kind::Paragraph, line.trimmed()};
}

bool endsSentence(const QString &text)
{
    return text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char('?'))
           || text.endsWith(QLatin1Char('!'));
}

} // namespace

QList<TextPart> textParts(const QString &text)
{
    QList<TextPart> parts;
    bool afterBlank = true;
    for (const QString &raw : QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'))) {
        const Line line = classify(raw);
        if (line.text.isEmpty()) {
            afterBlank = true;
            continue;
        }
        TextPart *last = parts.isEmpty() ? nullptr : &parts.last();
        if (line.kind != TextPart::Kind::Paragraph) {
            if (last && last->kind == line.kind)
                last->items.append(line.text);
            else
                parts.append(TextPart{line.kind, {line.text}});
        } else if (last && !afterBlank && last->kind != TextPart::Kind::Paragraph) {
            last->items.last() += QLatin1Char(' ') + line.text; // a wrapped list item
        } else if (last && !afterBlank && last->kind == TextPart::Kind::Paragraph && !endsSentence(last->items.last())) {
            last->items.last() += QLatin1Char(' ') + line.text; // a wrapped paragraph
        } else {
            parts.append(TextPart{TextPart::Kind::Paragraph, {line.text}});
        }
        afterBlank = false;
    }
    return parts;
}

QString plainTextParts(const QString &text)
{
    QStringList blocks;
    for (const TextPart &part : textParts(text)) {
        QStringList lines;
        for (qsizetype i = 0; i < part.items.size(); ++i) {
            switch (part.kind) {
            case TextPart::Kind::Paragraph: lines.append(part.items[i]); break;
            case TextPart::Kind::Bullets: lines.append(QStringLiteral("• ") + part.items[i]); break;
            case TextPart::Kind::Numbered: lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(part.items[i])); break;
            }
        }
        blocks.append(lines.join(QLatin1Char('\n')));
    }
    return blocks.join(QStringLiteral("\n\n"));
}

QString oneLineTextParts(const QString &text)
{
    QString line;
    for (const TextPart &part : textParts(text)) {
        if (!line.isEmpty())
            line += (line.endsWith(QLatin1Char(':')) || part.kind == TextPart::Kind::Paragraph) ? QStringLiteral(" ") : QStringLiteral("; ");
        line += part.items.join(QStringLiteral("; "));
    }
    return line;
}

QString htmlTextParts(const QString &text)
{
    QString html;
    for (const TextPart &part : textParts(text)) {
        if (part.kind == TextPart::Kind::Paragraph) {
            html += QStringLiteral("<p>%1</p>").arg(part.items.front().toHtmlEscaped());
            continue;
        }
        const QLatin1String tag(part.kind == TextPart::Kind::Bullets ? "ul" : "ol");
        html += QStringLiteral("<%1>").arg(tag);
        for (const QString &item : part.items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += QStringLiteral("</%1>").arg(tag);
    }
    return html;
}

} // namespace cairn
