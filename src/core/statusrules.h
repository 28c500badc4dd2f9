#pragma once

#include "action.h"
#include "measure.h"

#include <QDate>

#include <optional>
#include <vector>

namespace cairn {

// A measure's target for one school year: explicit, or derived on the line
// from its baseline to its final target.
struct YearTarget {
    double value = 0;
    bool derived = false;

    bool operator==(const YearTarget &) const = default;
};

// A status with what it was judged from.
struct Judgement {
    Status status = Status::NoData;
    bool manual = false;
    QString rationale; // of a manual assessment
    std::optional<YearTarget> target;
    std::optional<double> actual;

    bool operator==(const Judgement &) const = default;
};

// The status rules of docs/status-rules.md, as pure functions. "Today" is
// passed in as `asOf`; nothing here reads a clock.
class StatusRules
{
public:
    // on_track and complete 1, at_risk 0.5, off_track 0; the rest have no
    // score and are left out of rollups.
    static std::optional<double> score(Status status);
    // A mean score back to a status: >= 0.75 on track, >= 0.4 at risk, else off track.
    static Status fromMean(double mean);
    // The mean of the scores that exist; none when no score exists.
    static std::optional<double> mean(const std::vector<std::optional<double>> &scores);

    static std::optional<YearTarget> targetFor(const Measure &measure, SchoolYear year);
    // The tolerance for at risk, in the measure's unit.
    static double toleranceFor(const Measure &measure, double target);

    // A school year is judged as it stood at its end, or today while it
    // lasts: no later day changes a past year's status.
    static QDate judgedOn(SchoolYear year, QDate asOf);

    // A measure in school year `year`, when `reportYear` is under review.
    // A manual assessment for `year` replaces the computed status.
    static Judgement measure(const Measure &measure, SchoolYear year, SchoolYear reportYear, QDate asOf);
    // An action in school year `year`. One that starts after `year` is not
    // yet due there, and left out of that year's rollups.
    static Judgement action(const Action &action, SchoolYear year, QDate asOf);
    // Whether the action had started by the end of `year` (by the plan's start).
    static bool isUnderWay(const Action &action, SchoolYear year);
    // Due before `year` (a year) or before judgedOn(year, asOf) (a date).
    static bool isPastDue(const Action &action, SchoolYear year, QDate asOf);
    // Past due and neither complete nor discontinued; a recurring action,
    // done again every year, is never overdue.
    static bool isOverdue(const Action &action, SchoolYear year, QDate asOf);

    // How far the latest actual up to `reportYear` has moved from the
    // baseline toward the final target, 0..1; none when a part is missing.
    static std::optional<double> progress(const Measure &measure, SchoolYear reportYear);
    // An action's percent complete, 0..1; none when discontinued or not yet
    // under way in `year`. A recurring action's is 1 when a progress note
    // says it was done in `year`, else 0.
    static std::optional<double> progress(const Action &action, SchoolYear year, QDate asOf);

    // Whether a progress note dated within `year` (up to the day it is
    // judged on) reports the action's work.
    static bool isReportedIn(const Action &action, SchoolYear year, QDate asOf);

    static const Assessment *assessmentFor(const std::vector<Assessment> &assessments, SchoolYear year);

private:
    // A recurring action in one of its years: on track when that year's
    // progress notes report it, at risk when delayed or on hold, no data
    // when the year ended without a report, not started while it lasts.
    static Judgement recurringYear(const Action &action, SchoolYear year, QDate asOf);
};

} // namespace cairn
