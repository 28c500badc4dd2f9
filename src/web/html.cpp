#include "html.h"

#include "statusicon.h"

#include "core/statustext.h"
#include "core/textparts.h"

namespace cairn::web {

QString Html::escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString Html::unbroken(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &word : words)
        word = word.contains(QLatin1Char('-')) ? QStringLiteral("<span class=\"unbroken\">%1</span>").arg(escaped(word)) : escaped(word);
    return words.join(QLatin1Char(' '));
}

QString Html::parts(const QString &text)
{
    QString html;
    for (const TextPart &part : textParts(text)) {
        if (part.kind == TextPart::Kind::Paragraph) {
            for (const QString &paragraph : part.items)
                html += QStringLiteral("<p>") + escaped(paragraph) + QStringLiteral("</p>\n");
            continue;
        }
        const QString tag = part.kind == TextPart::Kind::Bullets ? QStringLiteral("ul") : QStringLiteral("ol");
        html += QLatin1Char('<') + tag + QLatin1Char('>');
        for (const QString &item : part.items)
            html += QStringLiteral("<li>") + escaped(item) + QStringLiteral("</li>");
        html += QStringLiteral("</") + tag + QStringLiteral(">\n");
    }
    return html;
}

QString Html::status(Status status, const QString &text)
{
    return QStringLiteral("<span class=\"status\">%1<span class=\"status-word\">%2</span></span>")
        .arg(StatusIcon::icon(status), escaped(text.isEmpty() ? StatusText::word(status) : text));
}

QString Html::anchor(const QString &prefix, const QString &code)
{
    QString slug;
    for (const QChar c : code.toLower())
        slug += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-');
    return prefix + QLatin1Char('-') + slug;
}

QString Html::heading(int level, const QString &text, const QString &id)
{
    const QString idAttribute = id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(escaped(id));
    return QStringLiteral("<h%1%2>%3</h%1>\n").arg(level).arg(idAttribute, escaped(text));
}

QString Html::scrollable(const QString &label, const QString &table)
{
    return QStringLiteral("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"%1\">\n%2</div>\n").arg(escaped(label), table);
}

} // namespace cairn::web
