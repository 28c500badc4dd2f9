#pragma once

#include "core/plan.h"

namespace cairn::textimport {

// One goal, objective, action or measure as it was read from a plan
// document, before it is a plan: what it is, the code the document gives it
// (if any), its words, the text it came from and whether the reading is
// uncertain (and why). Children are objectives and measures of a goal,
// actions and measures of an objective, child measures of a measure.
struct OutlineItem {
    ItemKind kind = ItemKind::Goal;
    QString code;        // as written; empty when the document gives none
    QString title;       // a goal's or objective's title, an action's text, a measure's name
    QString description; // more words: an objective's description, an action's sub-items, a measure's details
    QString shortName;   // a goal's ("Students" in "P1: Students: ...")
    QString source;      // the text it was read from
    QString doubt;       // why the reading is uncertain; empty when it is not

    // Goals
    QStringList rationale;
    // Actions
    QString owner;
    std::vector<Responsibility> responsibilities;
    Timepoint start;
    Timepoint due;
    bool recurring = false;
    // Measures: kind, type, unit, baseline, targets, due date (code, name and description are the item's)
    Measure measure;
    bool targetEveryYear = false; // "per year": the final target holds every year of the plan

    std::vector<OutlineItem> children;

    bool isUncertain() const { return !doubt.isEmpty(); }
};

// A plan document as read: the plan's own texts (mission, vision, core
// values, sections; its goals left empty), the outline of goals, and the
// paragraphs that fit nowhere.
struct Outline {
    Plan plan;
    std::vector<OutlineItem> goals;
    QStringList unplaced;
};

} // namespace cairn::textimport
