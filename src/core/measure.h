#pragma once

#include "assessment.h"
#include "translation.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace cairn {

// A recorded value for one school year, with its provenance: whether it is
// preliminary or final, where it comes from, the date it describes, who
// entered it and when.
struct Actual {
    double value = 0;
    QString note;
    QString who;
    QDateTime when;
    // Preliminary until final: a value an owner enters waits in the
    // coordinator's queue until approved.
    bool preliminary = false;
    // The coordinator's note when they sent the value back to its owner
    // (still preliminary); empty otherwise. Entering the value again clears it.
    QString returned;
    QString source; // when it differs from the measure's data source
    QDate asOf;
    std::optional<int> n; // how many students the value is about (a student group's size)

    static Actual of(double value, const QString &note = {}, const QString &who = {})
    {
        Actual actual;
        actual.value = value;
        actual.note = note;
        actual.who = who;
        return actual;
    }

    bool operator==(const Actual &) const = default;
};

// Where a measure starts. The year may be known while the value is still
// to be collected ("baseline data to be gathered in 2022-23").
struct Baseline {
    std::optional<SchoolYear> year;
    std::optional<double> value;
    QString note;
    std::optional<int> n; // how many students the value is about (a student group's baseline)

    bool isPending() const { return year.has_value() && !value.has_value(); }
    bool operator==(const Baseline &) const = default;
};

struct FinalTarget {
    std::optional<SchoolYear> year;
    std::optional<double> value;

    bool operator==(const FinalTarget &) const = default;
};

struct Measure {
    qint64 id = 0; // row id in the plan file; 0 until stored
    QString code;
    QString name;
    QString description;
    Translation es; // "name", "description"
    MeasureKind kind = MeasureKind::LongTerm;
    MeasureType type = MeasureType::Numeric;
    QString owner;

    // Numeric measures
    Unit unit = Unit::Unspecified;
    QString customUnit; // the unit's name when unit is Custom ("hours", "MOUs")
    int decimals = 0;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> tolerance; // in the measure's unit; default 5 % of the target
    QString source;
    Baseline baseline;
    FinalTarget finalTarget;
    std::map<SchoolYear, double> targets; // explicit yearly targets
    std::map<SchoolYear, Actual> actuals;

    // Milestone measures
    QDate dueDate;
    QString dueText; // the due date as the plan writes it ("By January 2022"); empty for a plain date
    QDate completedDate;
    QString evidence;

    // Components (Approaches / Meets / Masters) or student groups.
    std::vector<Measure> children;
    QStringList supports; // codes of the district plan's items this item of a school plan supports
    std::vector<Assessment> assessments;

    bool operator==(const Measure &) const = default;
};

} // namespace cairn
