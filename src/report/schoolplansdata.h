#pragma once

#include "core/planstatus.h"
#include "core/publishedvalues.h"

#include <QCoreApplication>

namespace cairn::report {

// What the board report's "School plans" section says, computed apart from
// how it is drawn: for each district goal and objective, the schools whose
// plans support it and the rolled-up status of their items; the district
// objectives no school supports; links to codes the district plan does not
// have; and each district measure's value beside those of the school
// measures that support it. Every school plan is taken as published, under
// the district report's small-group rule, before anything is judged or shown.
struct SchoolPlansData {
    Q_DECLARE_TR_FUNCTIONS(cairn::report::SchoolPlansData)

public:
    struct Support {
        QString school;
        int count = 0; // the school's items that support the row's item
        Status status = Status::NoData;
    };
    struct Row {
        ItemKind kind = ItemKind::Goal;
        QString code;
        QString title;
        std::vector<Support> schools; // only the schools that support it
    };
    // One measure's value in the report year, as published.
    struct Value {
        QString school; // empty for the district's own measure
        QString code;
        QString name;
        QString value;  // "42%", "n < 10", "—"
        QString target; // "target 45%"; empty when none
        std::optional<Status> status; // nothing when its value is not shown
    };
    struct MeasureRow {
        Value district;
        std::vector<Value> schools;
    };

    SchoolYear year;
    QStringList schools;           // the school plans, as people name them
    std::vector<Row> rows;         // district goals and objectives, in outline order
    std::vector<std::size_t> unsupported; // indexes into rows: district objectives no school supports
    int objectives = 0;            // the district plan's objectives
    QStringList broken;            // "Cerro Alto Middle School · Objective G2.1 names 1.4"
    std::vector<MeasureRow> measures;
    bool withheld = false;         // some value was left out or coded
    bool preliminary = false;      // some value is preliminary
    SuppressionRule rule;

    // `district`: the district plan as published and `status` its statuses
    // for the report; `schools`: plans already checked to align to it.
    static SchoolPlansData of(const PublishedValues &district, const PlanStatus &status, const std::vector<Plan> &schools,
                              SchoolYear year, QDate asOf);
};

} // namespace cairn::report
