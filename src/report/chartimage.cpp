#include "chartimage.h"

#include "chartpainter.h"
#include "core/safefile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace cairn {

namespace {

ChartStyle styleFor(QSize size)
{
    ChartStyle style;
    // Large enough to read on a slide: about 1/36 of the shorter side.
    style.fontSize = std::clamp(std::min(size.width() / 60.0, size.height() / 34.0), 11.0, 40.0);
    return style;
}

void paintOn(QPaintDevice &device, const ChartFigure &figure, QSize size)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), Qt::white);
    const ChartStyle style = styleFor(size);
    const qreal margin = style.fontSize;
    ChartPainter::paintFigure(painter, QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin), figure, style);
}

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool ChartImage::isSupported(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

QString ChartImage::write(const ChartFigure &figure, const QString &path, QSize size)
{
    if (!isSupported(path))
        return tr("%1: the file name must end in .png or .svg.").arg(path);
    QByteArray bytes;
    if (suffixOf(path) == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        paintOn(image, figure, size);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return tr("%1: the image could not be encoded.").arg(path);
    } else {
        QBuffer buffer(&bytes);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // Qt writes the title into the file as it is given: as markup.
        generator.setTitle(ChartPainter::printable(figure.main.code + QStringLiteral(" ") + figure.main.title).toHtmlEscaped());
        paintOn(generator, figure, size);
    }
    return SafeFile::write(path, bytes);
}

} // namespace cairn
