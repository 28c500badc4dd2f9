#include "pagination.h"

namespace cairn::report {

std::vector<Page> paginate(const std::vector<std::unique_ptr<Block>> &blocks, const QRectF &body, QHash<QString, int> &anchors)
{
    std::vector<Page> pages(1);
    qreal y = body.top();
    const qreal width = body.width();
    auto newPage = [&] {
        pages.emplace_back();
        y = body.top();
    };
    auto place = [&](const Block *block, qreal height) {
        pages.back().placements.push_back({block, QRectF(body.left(), y, width, height)});
        y += height;
    };
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block *block = blocks[i].get();
        const bool pageEmpty = pages.back().placements.empty();
        if (block->breakBefore && !pageEmpty)
            newPage();
        const qreal height = block->height(width);
        // A heading needs room for itself and the start of what follows it.
        qreal needed = height;
        for (std::size_t j = i; j + 1 < blocks.size() && blocks[j]->keepWithNext(); ++j)
            needed += blocks[j + 1]->height(width);
        needed = std::min(needed, body.height());
        if (y + needed > body.bottom() + 0.01 && !pages.back().placements.empty())
            newPage();
        const auto *row = dynamic_cast<const TableRow *>(block);
        if (row && !row->isHeader() && row->headerRow && pages.back().placements.empty())
            place(row->headerRow, row->headerRow->height(width));
        if (!block->anchor.isEmpty())
            anchors.insert(block->anchor, int(pages.size()));
        place(block, height);
    }
    return pages;
}

} // namespace cairn::report
