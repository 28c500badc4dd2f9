#include "core/planid.h"

#include <QUuid>

namespace cairn {

QString newPlanId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isPlanId(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace cairn
