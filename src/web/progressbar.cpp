#include "progressbar.h"

#include "html.h"

#include "core/coveragetext.h"

#include <cmath>

namespace cairn::web {

QString ProgressBar::html(const ItemStatus &item)
{
    const QString words = QStringLiteral("<p class=\"progress-words\">%1</p>\n").arg(Html::escaped(CoverageText::progress(item)));
    const auto share = CoverageText::progressShare(item);
    if (!share)
        return words;
    const long percent = std::lround(std::clamp(*share, 0.0, 1.0) * 100);
    return QStringLiteral("<div class=\"bar\" aria-hidden=\"true\"><span style=\"width:%1%\"></span></div>\n").arg(percent) + words;
}

} // namespace cairn::web
