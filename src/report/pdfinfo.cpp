#include "pdfinfo.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cairn {

namespace {

// A PDF text string in UTF-16BE with its byte-order mark, written in hex.
QByteArray pdfString(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

} // namespace

QByteArray PdfInfo::appendTo(const QByteArray &pdf) const
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startAt - trailerAt));
    static const QRegularExpression sizePattern(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootPattern(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression startPattern(QStringLiteral("startxref\\s+(\\d+)"));
    const auto size = sizePattern.match(trailer);
    const auto root = rootPattern.match(trailer);
    const auto previous = startPattern.match(QString::fromLatin1(pdf.mid(startAt, 40)));
    if (!size.hasMatch() || !root.hasMatch() || !previous.hasMatch())
        return pdf;

    const int object = size.captured(1).toInt();
    QByteArray update = pdf;
    if (!update.endsWith('\n'))
        update += '\n';
    const qsizetype objectAt = update.size();
    const QByteArray date = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    update += QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfString(title) + "\n/Author " + pdfString(author) + "\n/Subject "
              + pdfString(subject) + "\n/Keywords " + pdfString(keywords) + "\n/Creator " + pdfString(creator)
              + "\n/Producer " + pdfString(creator) + "\n/CreationDate (D:" + date + "Z)\n>>\nendobj\n";
    const qsizetype xrefAt = update.size();
    update += "xref\n" + QByteArray::number(object) + " 1\n" + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() + "\n/Info "
              + QByteArray::number(object) + " 0 R\n/Prev " + previous.captured(1).toLatin1() + "\n>>\nstartxref\n"
              + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return update;
}

} // namespace cairn
