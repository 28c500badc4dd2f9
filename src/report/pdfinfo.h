#pragma once

#include <QByteArray>
#include <QString>

namespace cairn {

// The document information a PDF reader shows (pdfinfo, File → Properties).
struct PdfInfo {
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;

    // Qt's PDF writer records only the title and creator: this appends an
    // incremental update to `pdf` whose information dictionary holds all the
    // fields. Returns the PDF unchanged if its trailer cannot be read.
    QByteArray appendTo(const QByteArray &pdf) const;
};

} // namespace cairn
