#pragma once

#include <QString>
#include <QVariant>

namespace cairn {

// A choice remembered on this computer (QSettings) for one plan, by the
// plan's id: its district plan's file, its school plans, its rubric. A plan
// without an id remembers nothing; an empty value forgets the choice.
class PlanSetting
{
public:
    // `key` names the setting with %1 for the plan's id ("quality/%1/rubric").
    explicit PlanSetting(const QString &key);

    QVariant value(const QString &planId) const;
    void setValue(const QString &planId, const QVariant &value) const;

private:
    QString m_key;
};

} // namespace cairn
