#include "itemcodes.h"

namespace cairn {

ItemCodes ItemCodes::ofOthers(const Plan &plan, ItemKind kind, qint64 id)
{
    ItemCodes codes;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind != kind || item.id() != id)
            codes.add(item.code, describe(item));
    });
    return codes;
}

QString ItemCodes::add(const QString &code, const QString &where)
{
    if (code.trimmed().isEmpty())
        return {};
    if (const auto first = m_where.constFind(code); first != m_where.constEnd())
        return tr("the code \"%1\" is already used by %2; every item needs its own code").arg(code, first.value());
    m_where.insert(code, where);
    return {};
}

QString ItemCodes::describe(const ItemView &item)
{
    const QString title = item.title.left(60);
    switch (item.kind) {
    case ItemKind::Goal:
        return tr("the goal \"%1\"").arg(title);
    case ItemKind::Objective:
        return tr("the objective \"%1\"").arg(title);
    case ItemKind::Action:
        return tr("the action \"%1\"").arg(title);
    case ItemKind::Measure:
        return tr("the measure \"%1\"").arg(title);
    }
    return {};
}

} // namespace cairn
