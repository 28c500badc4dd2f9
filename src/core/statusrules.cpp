#include "statusrules.h"

#include <algorithm>
#include <cmath>

namespace cairn {

namespace {

constexpr double DefaultToleranceShare = 0.05;

// Room for the rounding of decimal values held in binary, so that a value
// exactly on a boundary ("exactly at tolerance") is judged as written.
double slack(double magnitude)
{
    return 1e-9 * std::max(1.0, std::abs(magnitude));
}

Judgement manualJudgement(const Assessment &assessment)
{
    Judgement judgement;
    judgement.status = assessment.status;
    judgement.manual = true;
    judgement.rationale = assessment.rationale;
    return judgement;
}

Status numericStatus(const Measure &measure, double target, double actual)
{
    const bool higher = measure.direction == Direction::HigherIsBetter;
    const double shortfall = higher ? target - actual : actual - target;
    if (shortfall <= slack(target))
        return Status::OnTrack;
    if (shortfall <= StatusRules::toleranceFor(measure, target) + slack(target))
        return Status::AtRisk;
    return Status::OffTrack;
}

} // namespace

std::optional<double> StatusRules::score(Status status)
{
    switch (status) {
    case Status::OnTrack:
    case Status::Complete:
        return 1.0;
    case Status::AtRisk:
        return 0.5;
    case Status::OffTrack:
        return 0.0;
    case Status::NotStarted:
    case Status::NoData:
    case Status::NoTarget:
    case Status::NotYetDue:
    case Status::Discontinued:
        break;
    }
    return std::nullopt;
}

Status StatusRules::fromMean(double mean)
{
    if (mean >= 0.75 - slack(1))
        return Status::OnTrack;
    if (mean >= 0.4 - slack(1))
        return Status::AtRisk;
    return Status::OffTrack;
}

std::optional<double> StatusRules::mean(const std::vector<std::optional<double>> &scores)
{
    double sum = 0;
    int count = 0;
    for (const auto &value : scores) {
        if (value) {
            sum += *value;
            ++count;
        }
    }
    return count == 0 ? std::nullopt : std::optional<double>(sum / count);
}

std::optional<YearTarget> StatusRules::targetFor(const Measure &measure, SchoolYear year)
{
    if (const auto explicitTarget = measure.targets.find(year); explicitTarget != measure.targets.end())
        return YearTarget{explicitTarget->second, false};
    const auto &final = measure.finalTarget;
    if (final.year && final.value && *final.year == year)
        return YearTarget{*final.value, false};
    const auto &baseline = measure.baseline;
    if (!baseline.year || !baseline.value || !final.year || !final.value)
        return std::nullopt;
    if (year <= *baseline.year || year >= *final.year)
        return std::nullopt;
    const double share = double(year.start() - baseline.year->start()) / double(final.year->start() - baseline.year->start());
    return YearTarget{*baseline.value + (*final.value - *baseline.value) * share, true};
}

double StatusRules::toleranceFor(const Measure &measure, double target)
{
    return measure.tolerance.value_or(DefaultToleranceShare * std::abs(target));
}

const Assessment *StatusRules::assessmentFor(const std::vector<Assessment> &assessments, SchoolYear year)
{
    const auto it = std::find_if(assessments.begin(), assessments.end(), [&](const Assessment &a) { return a.year == year; });
    return it == assessments.end() ? nullptr : &*it;
}

QDate StatusRules::judgedOn(SchoolYear year, QDate asOf)
{
    return std::min(asOf, year.lastDay());
}

Judgement StatusRules::measure(const Measure &measure, SchoolYear year, SchoolYear reportYear, QDate asOf)
{
    if (const Assessment *assessment = assessmentFor(measure.assessments, year))
        return manualJudgement(*assessment);

    Judgement judgement;
    switch (measure.type) {
    case MeasureType::Milestone:
        // Completed after the year ended, it was still open in that year.
        if (measure.completedDate.isValid() && measure.completedDate <= year.lastDay())
            judgement.status = Status::Complete;
        else if (measure.dueDate.isValid() && measure.dueDate < judgedOn(year, asOf))
            judgement.status = Status::OffTrack;
        else
            judgement.status = Status::NotYetDue;
        return judgement;
    case MeasureType::Narrative:
        judgement.status = Status::NoData;
        return judgement;
    case MeasureType::Numeric:
        break;
    }

    judgement.target = targetFor(measure, year);
    if (const auto actual = measure.actuals.find(year); actual != measure.actuals.end())
        judgement.actual = actual->second.value;
    if (year > reportYear)
        judgement.status = Status::NotYetDue;
    else if (!judgement.target)
        judgement.status = Status::NoTarget;
    else if (!judgement.actual)
        judgement.status = Status::NoData;
    else
        judgement.status = numericStatus(measure, judgement.target->value, *judgement.actual);
    return judgement;
}

bool StatusRules::isUnderWay(const Action &action, SchoolYear year)
{
    return !action.start.isAfter(year);
}

bool StatusRules::isPastDue(const Action &action, SchoolYear year, QDate asOf)
{
    const Timepoint &due = action.due;
    return (due.kind() == Timepoint::Kind::Year && due.year() < year)
           || (due.kind() == Timepoint::Kind::Date && due.date() < judgedOn(year, asOf));
}

bool StatusRules::isOverdue(const Action &action, SchoolYear year, QDate asOf)
{
    return !action.recurring && action.status != ActionStatus::Complete && action.status != ActionStatus::Discontinued && isUnderWay(action, year)
           && isPastDue(action, year, asOf);
}

bool StatusRules::isReportedIn(const Action &action, SchoolYear year, QDate asOf)
{
    const QDate last = judgedOn(year, asOf);
    return std::any_of(action.notes.begin(), action.notes.end(), [&](const ProgressNote &note) {
        return note.date.isValid() && note.date >= year.firstDay() && note.date <= last;
    });
}

Judgement StatusRules::recurringYear(const Action &action, SchoolYear year, QDate asOf)
{
    Judgement judgement;
    if (isReportedIn(action, year, asOf))
        judgement.status = Status::OnTrack;
    else if (action.status == ActionStatus::Delayed || action.status == ActionStatus::OnHold)
        judgement.status = Status::AtRisk;
    else if (judgedOn(year, asOf) == year.lastDay())
        judgement.status = Status::NoData; // the year is over and nobody said it was done
    else
        judgement.status = Status::NotStarted;
    return judgement;
}

Judgement StatusRules::action(const Action &action, SchoolYear year, QDate asOf)
{
    if (const Assessment *assessment = assessmentFor(action.assessments, year))
        return manualJudgement(*assessment);

    Judgement judgement;
    if (!isUnderWay(action, year)) {
        judgement.status = Status::NotYetDue;
        return judgement;
    }
    if (action.recurring && action.status != ActionStatus::Complete && action.status != ActionStatus::Discontinued)
        return recurringYear(action, year, asOf);
    const bool pastDue = isPastDue(action, year, asOf);
    switch (action.status) {
    case ActionStatus::Complete:
        judgement.status = Status::Complete;
        break;
    case ActionStatus::Discontinued:
        judgement.status = Status::Discontinued;
        break;
    case ActionStatus::Delayed:
    case ActionStatus::OnHold:
        judgement.status = Status::AtRisk;
        break;
    case ActionStatus::InProgress:
        judgement.status = pastDue ? Status::OffTrack : Status::OnTrack;
        break;
    case ActionStatus::NotStarted:
        judgement.status = pastDue ? Status::OffTrack : Status::NotStarted;
        break;
    }
    return judgement;
}

std::optional<double> StatusRules::progress(const Measure &measure, SchoolYear reportYear)
{
    const auto &baseline = measure.baseline.value;
    const auto &final = measure.finalTarget.value;
    if (measure.type != MeasureType::Numeric || !baseline || !final || std::abs(*final - *baseline) <= slack(*final))
        return std::nullopt;
    // The latest actual up to the report year.
    const auto after = measure.actuals.upper_bound(reportYear);
    if (after == measure.actuals.begin())
        return std::nullopt;
    const double latest = std::prev(after)->second.value;
    return std::clamp((latest - *baseline) / (*final - *baseline), 0.0, 1.0);
}

std::optional<double> StatusRules::progress(const Action &action, SchoolYear year, QDate asOf)
{
    if (action.status == ActionStatus::Discontinued || !isUnderWay(action, year))
        return std::nullopt;
    if (action.status == ActionStatus::Complete)
        return 1.0;
    if (action.recurring)
        return isReportedIn(action, year, asOf) ? 1.0 : 0.0;
    return std::clamp(action.percentComplete, 0, 100) / 100.0;
}

} // namespace cairn
