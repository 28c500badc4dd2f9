#pragma once

#include "textimport/textimport.h"

#include <QTextEdit>

namespace cairn {

// Where a plan document's text is pasted or opened. Text pasted with HTML
// (from a word processor or a web page) keeps its tables and lists, and
// is read as HTML; other text is read as it is, plain or markdown.
class PasteArea : public QTextEdit
{
    Q_OBJECT

public:
    explicit PasteArea(QWidget *parent = nullptr);

    // Shows a file's text: an .html file's page, a .txt or .md file's text.
    void setFileText(const QString &text, textimport::TextFormat format);
    // The outline of what it holds.
    textimport::Outline read() const;

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    textimport::TextFormat m_format = textimport::TextFormat::Plain;
};

} // namespace cairn
