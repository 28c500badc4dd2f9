#pragma once

#include "planwalk.h"

#include <QCoreApplication>
#include <QHash>

namespace cairn {

// Codes identify goals, objectives, actions and measures: no two items of a
// plan, of any kind, share one (reviews and recommendations refer to items
// by code). Collects the codes in use to tell whether another item holds
// one already.
class ItemCodes
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ItemCodes)

public:
    // The codes of every item of the plan but one, to check a new code for
    // that one.
    static ItemCodes ofOthers(const Plan &plan, ItemKind kind, qint64 id);

    // Records that the item `where` uses `code`. When another item recorded
    // it first, returns what is wrong, naming that item. Blank codes are not
    // recorded: PlanRules::codeProblem refuses them.
    QString add(const QString &code, const QString &where);
    bool contains(const QString &code) const { return m_where.contains(code); }

    // An item as messages name it: the objective "Strengthen early literacy".
    static QString describe(const ItemView &item);

private:
    QHash<QString, QString> m_where; // code -> the item that used it first
};

} // namespace cairn
