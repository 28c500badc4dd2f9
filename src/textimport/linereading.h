#pragma once

#include "core/enums.h"

#include <QString>

namespace cairn::textimport {

// What one line of a plan says it is, from its words and codes alone:
// "Goal 1: ...", "P1: Students: ...", "Objective 2:", "1.2 ...", "1.1A – ...",
// "Measure: ...", a heading such as "MISSION" or "Misión", a label that
// announces a list ("Action steps:", "OBJECTIVES").
struct LineReading {
    enum class Role {
        Text,          // nothing in particular: a paragraph or a list item
        Item,          // a goal, objective, action or measure: `kind`
        Label,         // announces a list of `kind` ("Action steps:")
        Mission,
        Vision,
        TheoryOfAction,
        CoreValues,
        Beliefs,
        Profile,
        Rationale,     // "Research and practice rationale"
        Responsibility,// "Responsible: Principal"
        Timeline,      // "Timeline: 2021-22 (and recurring)"
        Section,       // another heading ("OVERSIGHT")
    };
    Role role = Role::Text;
    ItemKind kind = ItemKind::Goal;
    MeasureKind measureKind = MeasureKind::LongTerm; // for a measure or a measure label
    QString code;  // as written: "1", "P1", "1.2", "1.1A"; empty when none
    QString rest;  // the text after the code or heading word
    QString label; // a word before the codes ("College 1.2.1A – ..."); the heading as written
};

LineReading readLine(const QString &text);

// A heading as plain text shows it: short, with no sentence end, and in
// capitals ("STRATEGIC PLAN", "OVERSIGHT").
bool looksLikeHeading(const QString &text);

} // namespace cairn::textimport
