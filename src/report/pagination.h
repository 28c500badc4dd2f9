#pragma once

#include "reportblocks.h"

namespace cairn::report {

struct Placement {
    const Block *block = nullptr;
    QRectF rect;
    Part part; // of a block cut across pages, what this page shows
};

struct Page {
    std::vector<Placement> placements;
};

// Lays blocks out on pages of the body rectangle: a block that does not fit
// goes to the next page, one taller than a page is cut between its lines and
// continues on the pages after, headings stay with what follows them, a
// block may ask for a new page, and a table row that starts a page brings
// its table's header along. Records the page (from 1) each anchor lands on.
std::vector<Page> paginate(const std::vector<std::unique_ptr<Block>> &blocks, const QRectF &body, QHash<QString, int> &anchors);

} // namespace cairn::report
