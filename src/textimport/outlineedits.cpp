#include "outlineedits.h"

#include "itemlines.h"
#include "linereading.h"

#include <QCoreApplication>

namespace cairn::textimport::edits {

namespace {

// The context is the one lupdate gives the tr() calls below (those of the
// namespace around them), so that the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("cairn::textimport::edits", text);
}

Result refused(const QString &why)
{
    return {{}, why};
}

ItemPath parentOf(const ItemPath &path)
{
    return path.mid(0, path.size() - 1);
}

bool isWithin(const ItemPath &path, const ItemPath &ancestor)
{
    return path.size() >= ancestor.size() && path.mid(0, ancestor.size()) == ancestor;
}

std::vector<OutlineItem> &childrenAt(Outline &outline, const ItemPath &parent)
{
    std::vector<OutlineItem> *children = &outline.goals;
    for (const int index : parent)
        children = &children->at(std::size_t(index)).children;
    return *children;
}

std::optional<ItemKind> kindAt(const Outline &outline, const ItemPath &path)
{
    if (path.isEmpty())
        return std::nullopt;
    return itemAt(outline, path)->kind;
}

QString joined(const QString &first, const QString &second, const QString &separator)
{
    if (first.isEmpty() || first == second)
        return second;
    if (second.isEmpty())
        return first;
    return first + separator + second;
}

// The code, title and description `text` gives the item: a code written
// before its first line ("1.2 …", "Objective 3: …") replaces the item's;
// the first line is its title, the others its description. A measure's
// numbers are read again from its title.
void readWords(OutlineItem &item, const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    if (lines.isEmpty())
        return;
    const LineReading reading = readLine(lines.first());
    const bool coded = reading.role == LineReading::Role::Item && !reading.rest.isEmpty();
    if (coded && !reading.code.isEmpty())
        item.code = reading.code;
    item.title = coded ? reading.rest : lines.first();
    item.description = lines.mid(1).join(QLatin1Char('\n'));
    item.source = lines.join(QLatin1Char('\n'));
    if (item.kind == ItemKind::Measure) {
        const OutlineItem read = measureFromText(item.title, item.measure.kind);
        item.measure = read.measure;
        item.targetEveryYear = read.targetEveryYear;
        if (!read.title.isEmpty())
            item.title = read.title;
        item.description = joined(read.description, item.description, QStringLiteral("\n"));
    }
}

Result splitInto(Outline &outline, const ItemPath &path, const QStringList &texts)
{
    QStringList parts;
    for (const QString &text : texts)
        if (!text.trimmed().isEmpty())
            parts.append(text.trimmed());
    if (parts.size() < 2)
        return refused(tr("Put the cursor where the second part of its text begins."));
    std::vector<OutlineItem> &siblings = childrenAt(outline, parentOf(path));
    OutlineItem &item = siblings.at(std::size_t(path.last()));
    readWords(item, parts.first());
    std::vector<OutlineItem> pieces;
    for (const QString &part : parts.mid(1)) {
        OutlineItem piece;
        piece.kind = item.kind;
        piece.measure.kind = item.measure.kind;
        readWords(piece, part);
        pieces.push_back(std::move(piece));
    }
    siblings.insert(siblings.begin() + path.last() + 1, pieces.begin(), pieces.end());
    return {path, {}};
}

} // namespace

const OutlineItem *itemAt(const Outline &outline, const ItemPath &path)
{
    const std::vector<OutlineItem> *children = &outline.goals;
    const OutlineItem *item = nullptr;
    for (const int index : path) {
        if (index < 0 || std::size_t(index) >= children->size())
            return nullptr;
        item = &children->at(std::size_t(index));
        children = &item->children;
    }
    return item;
}

bool canHold(std::optional<ItemKind> parent, ItemKind child)
{
    if (!parent)
        return child == ItemKind::Goal;
    switch (*parent) {
    case ItemKind::Goal: return child != ItemKind::Goal;
    case ItemKind::Objective: return child == ItemKind::Action || child == ItemKind::Measure;
    case ItemKind::Action: return false;
    case ItemKind::Measure: break;
    }
    return child == ItemKind::Measure;
}

QList<ItemPath> parentsFor(const Outline &outline, const ItemPath &path)
{
    QList<ItemPath> parents;
    const OutlineItem *item = itemAt(outline, path);
    if (!item)
        return parents;
    const ItemPath own = parentOf(path);
    auto visit = [&](auto &&self, const std::vector<OutlineItem> &children, const ItemPath &at) -> void {
        if (at != own && !isWithin(at, path) && canHold(kindAt(outline, at), item->kind))
            parents.append(at);
        for (std::size_t i = 0; i < children.size(); ++i)
            self(self, children[i].children, ItemPath(at) << int(i));
    };
    visit(visit, outline.goals, {});
    return parents;
}

Result setKind(Outline &outline, const ItemPath &path, ItemKind kind)
{
    const OutlineItem *found = itemAt(outline, path);
    if (!found)
        return refused(tr("There is no such item."));
    if (found->kind == kind)
        return {path, {}};
    OutlineItem item = *found;
    item.kind = kind;
    item.doubt.clear();
    if (kind == ItemKind::Measure) {
        item.measure.kind = MeasureKind::LongTerm;
        const QString description = item.description;
        readWords(item, item.title);
        item.description = joined(item.description, description, QStringLiteral("\n"));
        item.source = found->source;
    }
    std::vector<OutlineItem> kept;
    std::vector<OutlineItem> loose;
    for (OutlineItem &child : item.children)
        (canHold(kind, child.kind) ? kept : loose).push_back(std::move(child));
    item.children = std::move(kept);
    auto fits = [&](std::optional<ItemKind> parent) {
        return canHold(parent, kind)
               && std::all_of(loose.begin(), loose.end(), [&](const OutlineItem &child) { return canHold(parent, child.kind); });
    };

    ItemPath target;
    int index = -1;
    for (int depth = int(path.size()) - 1; depth >= 0 && index < 0; --depth) {
        const ItemPath parent = path.mid(0, depth);
        if (fits(kindAt(outline, parent))) {
            target = parent;
            index = path.at(depth) + (depth == path.size() - 1 ? 0 : 1);
        }
    }
    if (index < 0) {
        // A goal made an objective, action or measure goes under the goal before it.
        if (path.size() != 1 || path.first() == 0 || !fits(ItemKind::Goal))
            return refused(tr("There is no goal before it to hold it."));
        target = {path.first() - 1};
        index = int(childrenAt(outline, target).size());
    }
    std::vector<OutlineItem> &siblings = childrenAt(outline, parentOf(path));
    siblings.erase(siblings.begin() + path.last());
    std::vector<OutlineItem> &destination = childrenAt(outline, target);
    loose.insert(loose.begin(), std::move(item));
    destination.insert(destination.begin() + index, std::make_move_iterator(loose.begin()), std::make_move_iterator(loose.end()));
    return {ItemPath(target) << index, {}};
}

Result moveUnder(Outline &outline, const ItemPath &path, const ItemPath &parent)
{
    const OutlineItem *found = itemAt(outline, path);
    if (!found)
        return refused(tr("There is no such item."));
    if (isWithin(parent, path))
        return refused(tr("An item cannot go under itself or one of its own items."));
    if (!parent.isEmpty() && !itemAt(outline, parent))
        return refused(tr("There is no such parent."));
    if (!canHold(kindAt(outline, parent), found->kind))
        return refused(tr("That item cannot hold one of this kind."));
    const ItemPath from = parentOf(path);
    if (parent == from)
        return {path, {}};
    OutlineItem moved = *found;
    std::vector<OutlineItem> &siblings = childrenAt(outline, from);
    siblings.erase(siblings.begin() + path.last());
    // The parent's place among the siblings moves up when the item was before it.
    ItemPath target = parent;
    if (target.size() > from.size() && isWithin(target, from) && target.at(from.size()) > path.last())
        --target[from.size()];
    std::vector<OutlineItem> &children = childrenAt(outline, target);
    children.push_back(std::move(moved));
    return {ItemPath(target) << int(children.size()) - 1, {}};
}

Result mergeWithNext(Outline &outline, const ItemPath &path)
{
    if (!itemAt(outline, path))
        return refused(tr("There is no such item."));
    std::vector<OutlineItem> &siblings = childrenAt(outline, parentOf(path));
    const auto index = std::size_t(path.last());
    if (index + 1 >= siblings.size())
        return refused(tr("No item follows it under the same parent."));
    OutlineItem &item = siblings[index];
    OutlineItem next = siblings[index + 1];
    for (const OutlineItem &child : next.children)
        if (!canHold(item.kind, child.kind))
            return refused(tr("The next item holds items this one cannot hold."));
    item.title = joined(item.title, next.title, QStringLiteral(" "));
    item.description = joined(item.description, next.description, QStringLiteral("\n"));
    item.source = joined(item.source, next.source, QStringLiteral("\n"));
    item.doubt = joined(item.doubt, next.doubt, QStringLiteral(" "));
    if (item.code.isEmpty())
        item.code = next.code;
    for (OutlineItem &child : next.children)
        item.children.push_back(std::move(child));
    siblings.erase(siblings.begin() + path.last() + 1);
    return {path, {}};
}

Result splitAt(Outline &outline, const ItemPath &path, int position)
{
    const OutlineItem *item = itemAt(outline, path);
    if (!item)
        return refused(tr("There is no such item."));
    return splitInto(outline, path, {item->source.left(position), item->source.mid(position)});
}

Result splitIntoLines(Outline &outline, const ItemPath &path)
{
    const OutlineItem *item = itemAt(outline, path);
    if (!item)
        return refused(tr("There is no such item."));
    if (item->source.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() < 2)
        return refused(tr("Its text is one line."));
    return splitInto(outline, path, item->source.split(QLatin1Char('\n')));
}

} // namespace cairn::textimport::edits
