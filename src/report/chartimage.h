#pragma once

#include "annualchart.h"

#include <QSize>

namespace cairn {

// A chart written as a picture for slides: PNG or SVG, chosen by the file's
// extension. Written to a temporary file and moved into place when complete.
class ChartImage
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ChartImage)

public:
    static bool isSupported(const QString &path);
    // Returns an empty string on success, otherwise what went wrong.
    static QString write(const ChartFigure &figure, const QString &path, QSize size);
};

} // namespace cairn
