#pragma once

#include <optional>

#include "outline.h"
#include "sourcedocument.h"

namespace cairn::textimport {

// A measure read from its statement: the numbers it states, its components
// ("Approaches – increase from 77 to 90") as child measures, a source named
// after them.
OutlineItem measureFromText(const QString &text, MeasureKind kind);

// A line listed under a measure: a year's target, a student group (a child
// measure), else a detail added to its description.
void addMeasureDetail(OutlineItem &measure, const QString &line);

// The measures a list gives: each line at the list's own level a measure,
// the lines under it its details.
std::vector<OutlineItem> measuresFromLines(const SourceLines &lines, MeasureKind kind);

// The actions a table cell gives: codes run together in one paragraph are
// split ("1.1A – … 1.1B – …"), a word before the codes ("College") is kept
// before each action's text, and lines under an action are its sub-items.
std::vector<OutlineItem> actionsFromLines(const SourceLines &lines);

// Sets an action's start from "Timeline: 2021-22 (and recurring)" or a
// timeline written after its text ("… — 2022-23 (and ongoing)"), and
// removes it from the text. False when there is none.
bool readTimeline(OutlineItem &action, const QString &text);
bool takeTrailingTimeline(OutlineItem &action);

// "Principal: leads the walkthroughs" → role and duty; a bare role has no duty.
Responsibility responsibilityOf(const QString &line);

// A line written under an action as "Label: text" with a short label, as
// label and text: a role and its duty ("Literacy Coach: models lessons"),
// or a note (isRole false: "Resources: Title I funds"). None for a sentence.
struct LabelledLine {
    QString label;
    QString text;
    bool isRole = false;
};
std::optional<LabelledLine> labelledLineOf(const QString &line);

// Appends a sub-item line to a description, one "- " item a line.
void appendListItem(QString &description, const QString &line);

} // namespace cairn::textimport
