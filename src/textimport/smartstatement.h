#pragma once

#include "core/measure.h"

namespace cairn::textimport {

// What a measure's statement says in numbers, as plans write it:
// "from 56 in 2021-22 to 91% in 2026-27" (baseline, final target, unit,
// years), "for the 2026-27 school year will be at 75%", "90% or better",
// "8.8% or less per year" (a target every year, lower is better),
// "(11 for 2022-2023: ...)" (a baseline), "By 2026, SISD will ..." and "By
// March 2022, ..." (a dated outcome); in Spanish "de 45% en 2022-23 a 70% en
// 2026-27". A statement with no number is a narrative outcome.
struct Statement {
    Measure measure;         // type, unit, direction, baseline, final target, due date; name and description
    bool everyYear = false;  // "per year", "each year": the final target holds for every year of the plan
    bool understood = false; // numbers were found and read, or the statement has none at all
};

Statement readStatement(const QString &text, MeasureKind kind);

// The unit a statement's words name when no number carries a "%": "number
// of" a count, "rating" a rating (up to 5) or a score, "percentage" a percent.
Unit unitOfText(const QString &text, double value);

// A line listed under a measure that names a school year: "2022-2023 – 63%"
// (that year's target), "2022-2023 – ... Baseline Data" (the baseline is to
// be collected that year), a bare "2023-2024" (a target still to be set).
// Returns false, changing nothing, when the line is none of these.
bool readYearLine(const QString &line, Measure &measure);

// "Special Education", "Emergent Bilingual", "English Learners": a student
// group listed under a measure is a measure of its own for that group.
bool isStudentGroup(const QString &text);

// "… Components of accountability rating Approaches – increase from 77 to
// 90 Meets – increase from 46 to 60 …": the statement, then each component,
// then what follows them (a source), as a word processor runs them together.
struct Components {
    QString statement;
    QStringList components;
    QString after;
};
Components splitComponents(const QString &text);

} // namespace cairn::textimport
