#include "pastearea.h"

#include <QMimeData>

namespace cairn {

PasteArea::PasteArea(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    // Emptied, it takes the next paste's format.
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (document()->isEmpty())
            m_format = textimport::TextFormat::Plain;
    });
}

void PasteArea::setFileText(const QString &text, textimport::TextFormat format)
{
    if (format == textimport::TextFormat::Html)
        setHtml(text);
    else
        setPlainText(text);
    m_format = format;
}

textimport::Outline PasteArea::read() const
{
    if (m_format == textimport::TextFormat::Html)
        return textimport::readPlanText(toHtml(), textimport::TextFormat::Html);
    return textimport::readPlanText(toPlainText(), m_format);
}

void PasteArea::insertFromMimeData(const QMimeData *source)
{
    if (source->hasHtml()) {
        // What is already here is read as HTML too: its lines as paragraphs.
        m_format = textimport::TextFormat::Html;
        insertHtml(source->html());
        return;
    }
    insertPlainText(source->text());
}

} // namespace cairn
