#pragma once

#include "outline.h"

#include <QList>

#include <optional>

namespace cairn::textimport {

// Where an item sits in an outline: its goal's index, then its index among
// each parent's children. The empty path is the outline itself, which holds
// the goals.
using ItemPath = QList<int>;

// The corrections a person makes to an outline before it becomes a plan.
// Each keeps the outline one that planOf() can write: goals at the top,
// objectives, actions and measures under a goal, actions and measures under
// an objective, measures under a measure.
namespace edits {

// The result of an edit: where the edited item now is, or why the edit was
// refused (the outline then unchanged).
struct Result {
    ItemPath path;
    QString refusal;

    bool done() const { return refusal.isEmpty(); }
};

const OutlineItem *itemAt(const Outline &outline, const ItemPath &path);

// Whether an item of `parent`'s kind (none: the outline's top) may hold
// an item of kind `child`.
bool canHold(std::optional<ItemKind> parent, ItemKind child);

// Every item that could hold the item at `path` other than its own parent
// (the outline's top, the empty path, included when it could), in reading order.
QList<ItemPath> parentsFor(const Outline &outline, const ItemPath &path);

// Makes the item another kind. It moves up to the nearest parent that can
// hold its new kind (an objective made a goal becomes the next goal), or
// under the goal before it when it is a goal made something else; children
// its new kind cannot hold follow it. What it says is read again when it
// becomes a measure. Its doubt is cleared: the person has said what it is.
Result setKind(Outline &outline, const ItemPath &path, ItemKind kind);

// Moves the item, with its children, to the end of `parent`'s children.
Result moveUnder(Outline &outline, const ItemPath &path, const ItemPath &parent);

// Joins the item that follows the item (under the same parent) into it: its
// title after the item's title, its description, source text, doubt and
// children after the item's. The item keeps its kind and its code (the
// next one's when it had none).
Result mergeWithNext(Outline &outline, const ItemPath &path);

// Splits the item's source text at `position`: the text before stays the
// item (read again for its code, title and description; its children and
// other fields kept), the text after becomes a new item of the same kind
// right after it.
Result splitAt(Outline &outline, const ItemPath &path, int position);

// Splits the item into one item of its kind for each line of its source text.
Result splitIntoLines(Outline &outline, const ItemPath &path);

} // namespace edits

} // namespace cairn::textimport
