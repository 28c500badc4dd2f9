#include "statusicon.h"

#include "report/statusshape.h"

namespace cairn::web {

QString StatusIcon::elements(Status status)
{
    const QString color = StatusShape::color(status).name();
    switch (status) {
    case Status::OnTrack:
        return QStringLiteral("<circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"%1\"/>").arg(color);
    case Status::AtRisk:
        return QStringLiteral("<polygon points=\"8,1 15,15 1,15\" fill=\"%1\"/>").arg(color);
    case Status::OffTrack:
        return QStringLiteral("<polygon points=\"8,1 15,8 8,15 1,8\" fill=\"%1\"/>").arg(color);
    case Status::NoTarget:
        return QStringLiteral("<polygon points=\"8,2 14,8 8,14 2,8\" fill=\"#fff\" stroke=\"%1\" stroke-width=\"2\"/>").arg(color);
    case Status::Complete:
        return QStringLiteral("<polyline points=\"2.9,8.8 6.7,12.5 13.4,3.8\" fill=\"none\" stroke=\"%1\" stroke-width=\"2.7\" "
                              "stroke-linecap=\"round\" stroke-linejoin=\"round\"/>")
            .arg(color);
    case Status::NotStarted:
        return QStringLiteral("<circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"#fff\" stroke=\"%1\" stroke-width=\"2\"/>").arg(color);
    case Status::NoData:
        return QStringLiteral("<circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"none\" stroke=\"%1\" stroke-width=\"2\" stroke-dasharray=\"1.6 2.4\"/>")
            .arg(color);
    case Status::NotYetDue:
        return QStringLiteral("<g fill=\"%1\"><circle cx=\"3.5\" cy=\"8\" r=\"1.6\"/><circle cx=\"8\" cy=\"8\" r=\"1.6\"/>"
                              "<circle cx=\"12.5\" cy=\"8\" r=\"1.6\"/></g>")
            .arg(color);
    case Status::Discontinued:
        return QStringLiteral("<path d=\"M4 4L12 12M12 4L4 12\" stroke=\"%1\" stroke-width=\"2.3\" stroke-linecap=\"round\"/>").arg(color);
    }
    return {};
}

QString StatusIcon::icon(Status status)
{
    return QStringLiteral("<svg class=\"shape\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">%1</svg>")
        .arg(elements(status));
}

QString StatusIcon::at(Status status, double x, double y, double size)
{
    const double scale = size / 16.0;
    return QStringLiteral("<g transform=\"translate(%1 %2) scale(%3)\">%4</g>")
        .arg(x - size / 2, 0, 'f', 1)
        .arg(y - size / 2, 0, 'f', 1)
        .arg(scale, 0, 'f', 3)
        .arg(elements(status));
}

} // namespace cairn::web
