#include "plansetting.h"

#include <QSettings>

namespace cairn {

PlanSetting::PlanSetting(const QString &key)
    : m_key(key)
{
}

QVariant PlanSetting::value(const QString &planId) const
{
    return planId.isEmpty() ? QVariant() : QSettings().value(m_key.arg(planId));
}

void PlanSetting::setValue(const QString &planId, const QVariant &value) const
{
    if (planId.isEmpty())
        return;
    QSettings settings;
    const bool empty = !value.isValid()
                       || (value.typeId() == QMetaType::QStringList ? value.toStringList().isEmpty() : value.toString().isEmpty());
    if (empty)
        settings.remove(m_key.arg(planId));
    else
        settings.setValue(m_key.arg(planId), value);
}

} // namespace cairn
