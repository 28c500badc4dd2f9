#include "textimport.h"

#include "htmlreader.h"
#include "outlinebuilder.h"
#include "plaintextreader.h"

#include <QRegularExpression>

namespace cairn::textimport {

TextFormat formatOfFile(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm")))
        return TextFormat::Html;
    if (lower.endsWith(QLatin1String(".md")) || lower.endsWith(QLatin1String(".markdown")))
        return TextFormat::Markdown;
    return TextFormat::Plain;
}

Outline readPlanText(const QString &text, TextFormat format)
{
    static const QRegularExpression page(QStringLiteral(R"(^\s*(?:<!doctype\s+html|<html\b|<body\b))"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (format == TextFormat::Html || page.match(text).hasMatch())
        return buildOutline(readHtml(text));
    return buildOutline(readPlainText(text));
}

} // namespace cairn::textimport
