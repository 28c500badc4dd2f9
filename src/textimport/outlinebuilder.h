#pragma once

#include "outline.h"
#include "sourcedocument.h"

namespace cairn::textimport {

// Builds the outline of a plan from its document read in order: headings
// and codes say what each line is; where nothing says so, the line's place
// does (a paragraph after "OBJECTIVES" names an objective, the one after it
// describes it, the numbered list after that holds its actions). What fits
// nowhere is kept as unplaced.
Outline buildOutline(const SourceDocument &document);

} // namespace cairn::textimport
