#pragma once

#include "plan.h"
#include "statusrules.h"

#include <QCoreApplication>

namespace cairn {

// A school (or department) plan as the alignment names it.
struct AlignedSchool {
    QString name; // the plan's unit, else its title
    QString title;
    PlanRef alignsTo;
    int links = 0; // the school's items that support an item of the district plan
};

// A school item that supports a district goal or objective (directly, or
// through one of its measures or actions), with its status for the year.
struct SupportingItem {
    std::size_t school = 0; // index into Alignment::schools
    ItemKind kind = ItemKind::Goal;
    QString code;
    QString title;
    Status status = Status::NoData;
    std::optional<double> score;
    // The district codes it names that lead to this row ("1.2-L1" for
    // objective 1.2), in the order it names them.
    QStringList names;
    // For a goal's row: it names the goal or one of the goal's own measures,
    // not only items of its objectives (always true for an objective's row).
    bool direct = true;
};

// What one school gives one district goal or objective: how many of its
// items support it, and their status rolled up by the usual rules.
struct SchoolCell {
    int count = 0;
    Status status = Status::NoData;
    std::optional<double> score;
};

// One district goal or objective with the school items behind it.
struct AlignmentRow {
    ItemKind kind = ItemKind::Goal;
    QString code;
    QString title;
    std::vector<SupportingItem> items; // in school order, then outline order
    std::vector<SchoolCell> cells;     // one per school
};

// A school item named by the lists below.
struct SchoolItem {
    std::size_t school = 0;
    ItemKind kind = ItemKind::Goal;
    QString code;
    QString title;
};

// A link to a code the district plan does not have (after a renumbering),
// with the district item whose title is nearest the school item's.
struct BrokenLink {
    SchoolItem item;
    QString missing;
    QString suggestion; // empty when no district title shares a word
    QString suggestionTitle;
};

// How the school plans line up behind one district plan in one school year:
// the coverage matrix, and what needs fixing.
struct Alignment {
    Q_DECLARE_TR_FUNCTIONS(cairn::Alignment)

public:
    PlanRef district;
    SchoolYear year;
    std::vector<AlignedSchool> schools;       // the plans aligned to this district plan (or naming none)
    std::vector<AlignedSchool> elsewhere;     // plans aligned to another district plan: left out
    std::vector<AlignmentRow> rows;           // district goals and objectives, in outline order
    std::vector<std::size_t> unsupported;     // indexes into rows: district objectives no school supports
    std::vector<SchoolItem> unaligned;        // school goals and objectives that support nothing
    std::vector<BrokenLink> broken;

    // The school plans are matched to the district plan by its id: a plan
    // that aligns to another id is listed in `elsewhere` and left out; one
    // that names no district plan is read against this one.
    static Alignment compute(const Plan &district, const std::vector<Plan> &schools, SchoolYear year, QDate asOf);

    // Whether `school` says it aligns to a plan other than `district`.
    static bool alignsElsewhere(const Plan &district, const Plan &school);
    // Whether a school goal, or anything in it, names a district item.
    static bool supportsDistrict(const Goal &goal);
    // Whether a school objective names one: itself, anything in it, or its
    // goal by naming one itself (an objective of such a goal serves it).
    static bool supportsDistrict(const Goal &goal, const Objective &objective);
    // Why `school` cannot be read as a school plan of `district` (in a board
    // report, where every school named must be one): a district plan, a plan
    // naming no district plan, or one aligned to another district plan.
    // Empty when it can. `name` is how the user named it (its file).
    static QString refusal(const Plan &district, const Plan &school, const QString &name);
    // A school plan as people name it: its unit, else its title.
    static QString schoolName(const Plan &school);
    // "Eastlake Elementary aligns to "…" (id …), not to this district plan "…" (id …); it is left out."
    QString elsewhereText(const AlignedSchool &school) const;
    // "Supports 1.4, which the district plan does not have; did you mean 1.3 "…"?"
    static QString fixText(const BrokenLink &link);
};

} // namespace cairn
