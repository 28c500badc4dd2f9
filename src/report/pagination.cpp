#include "pagination.h"

#include <algorithm>

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
    auto place = [&](const Block *block, qreal height, const Part &part = {}) {
        pages.back().placements.push_back({block, QRectF(body.left(), y, width, height), part});
        y += height;
    };
    auto placeHeaderFor = [&](const Block *block) {
        const auto *row = dynamic_cast<const TableRow *>(block);
        if (row && !row->isHeader() && row->headerRow && pages.back().placements.empty())
            place(row->headerRow, row->headerRow->height(width));
    };
    // A block taller than a page is cut between its lines, so on the page it
    // starts on it needs room for its first line only.
    auto roomToStart = [&](const Block *block) {
        const qreal height = block->height(width);
        if (height <= body.height())
            return height;
        const std::vector<LineSpan> lines = block->lines(width);
        return lines.empty() ? height : lines.front().bottom;
    };
    // Lays a block out over as many pages as it needs, each page showing
    // the lines that end on it, so that no line is split or drawn twice.
    auto placeInParts = [&](const Block *block, qreal height) {
        const std::vector<LineSpan> lines = block->lines(width);
        Part part;
        while (true) {
            const qreal limit = part.top + body.bottom() - y; // the lowest edge this page can show
            const auto next = std::find_if(lines.begin(), lines.end(), [&](const LineSpan &line) { return line.bottom > part.from; });
            if (height <= limit || next == lines.end()) {
                // What is left fits, or is only the space below the last line.
                place(block, std::min(height, limit) - part.top, part);
                return;
            }
            auto beyond = std::find_if(next, lines.end(), [&](const LineSpan &line) { return line.bottom > limit; });
            if (beyond == next) // a line taller than a page is shown all the same
                ++beyond;
            part.to = std::prev(beyond)->bottom;
            place(block, part.to - part.top, part);
            Part rest;
            rest.from = part.to;
            rest.top = part.to;
            for (auto line = beyond; line != lines.end(); ++line)
                rest.top = std::min(rest.top, line->top);
            part = rest;
            newPage();
            placeHeaderFor(block);
        }
    };
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block *block = blocks[i].get();
        const bool pageEmpty = pages.back().placements.empty();
        if (block->breakBefore && !pageEmpty)
            newPage();
        const qreal height = block->height(width);
        // A heading needs room for itself and the start of what follows it.
        qreal needed = roomToStart(block);
        for (std::size_t j = i; j + 1 < blocks.size() && blocks[j]->keepWithNext(); ++j)
            needed += roomToStart(blocks[j + 1].get());
        needed = std::min(needed, body.height());
        if (y + needed > body.bottom() + 0.01 && !pages.back().placements.empty())
            newPage();
        placeHeaderFor(block);
        if (!block->anchor.isEmpty())
            anchors.insert(block->anchor, int(pages.size()));
        if (y + height > body.bottom() + 0.01)
            placeInParts(block, height);
        else
            place(block, height);
    }
    return pages;
}

} // namespace cairn::report
