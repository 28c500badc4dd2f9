#pragma once

#include "core/plan.h"
#include "core/suppression.h"

#include <QDate>
#include <QStringList>

namespace cairn {

// What goes into a board progress report.
struct ReportOptions {
    enum class Paper { Letter, A4 };

    SchoolYear year;         // the school year reported on
    QDate asOf;              // "today" for due dates
    QDate reportDate;        // printed on the cover and in every footer
    QStringList goals;       // goal codes to include; empty for all
    bool charts = true;      // each numeric measure's annual-target chart
    bool actions = true;     // each objective's actions
    bool recommendations = true; // the latest review's recommendations
    QString compareWith;     // a review's title: a section on what changed since it
    Paper paper = Paper::Letter;
    // Small student groups' values left out by this rule; none given: the plan's own.
    std::optional<SuppressionRule> suppression;
    // School plans aligned to the plan (Alignment::refusal empty for each):
    // a "School plans" section on how they support it. None: no section.
    std::vector<Plan> schools;
    // The language of the report's words, dates and numbers: "en" or "es"
    // (DocumentLanguage); empty: the language in force.
    QString language;
};

} // namespace cairn
