#include "columns.h"

#include "sqlvalues.h"

#include <array>

namespace cairn {

using namespace sqlvalue;

namespace {

// Text members are by far the most common column; this keeps them to one line.
#define CAIRN_TEXT(Type, column, field, member)                                                                        \
    Column<Type>                                                                                                       \
    {                                                                                                                  \
        column, field, [](const Type &v) -> QVariant { return v.member; },                                             \
            [](Type &v, const QVariant &value) { v.member = value.toString(); }                                        \
    }

// The item's texts in the second language, in one column.
#define CAIRN_TRANSLATION(Type)                                                                                        \
    Column<Type>                                                                                                       \
    {                                                                                                                  \
        "es", "es", [](const Type &v) { return fromTranslation(v.es); },                                               \
            [](Type &v, const QVariant &value) { v.es = toTranslation(value); }                                        \
    }

const std::array planTable{
    CAIRN_TEXT(Plan, "uuid", "id", uuid),
    Column<Plan>{"kind", "kind", [](const Plan &p) { return fromEnum(p.kind); },
                 [](Plan &p, const QVariant &v) { p.kind = toEnum(v, PlanKind::District); }},
    CAIRN_TEXT(Plan, "unit", "unit", unit),
    CAIRN_TEXT(Plan, "aligns_to_id", "alignsTo.id", alignsTo.id),
    CAIRN_TEXT(Plan, "aligns_to_title", "alignsTo.title", alignsTo.title),
    CAIRN_TEXT(Plan, "organization", "organization", organization),
    CAIRN_TEXT(Plan, "title", "title", title),
    CAIRN_TEXT(Plan, "description", "description", description),
    Column<Plan>{"first_year", "firstYear", [](const Plan &p) -> QVariant { return p.firstYear.start(); },
                 [](Plan &p, const QVariant &v) { p.firstYear = SchoolYear(v.toInt()); }},
    Column<Plan>{"last_year", "lastYear", [](const Plan &p) -> QVariant { return p.lastYear.start(); },
                 [](Plan &p, const QVariant &v) { p.lastYear = SchoolYear(v.toInt()); }},
    Column<Plan>{"report_year", "reportYear", [](const Plan &p) -> QVariant { return p.reportYear.start(); },
                 [](Plan &p, const QVariant &v) { p.reportYear = SchoolYear(v.toInt()); }},
    CAIRN_TEXT(Plan, "mission", "mission", mission),
    CAIRN_TEXT(Plan, "vision", "vision", vision),
    CAIRN_TEXT(Plan, "theory_of_action", "theoryOfAction", theoryOfAction),
    CAIRN_TEXT(Plan, "needs_assessment", "needsAssessment", needsAssessment),
    CAIRN_TRANSLATION(Plan),
    CAIRN_TEXT(Plan, "suppression", "suppression", suppression),
    Column<Plan>{"numbers", "numbers", [](const Plan &p) { return fromEnum(p.numbers); },
                 [](Plan &p, const QVariant &v) { p.numbers = toEnum(v, NumberStyle::CommaPoint); }},
    Column<Plan>{"data_call_due", "dataCallDue", [](const Plan &p) { return fromDate(p.dataCallDue); },
                 [](Plan &p, const QVariant &v) { p.dataCallDue = toDate(v); }},
};

const std::array goalTable{
    CAIRN_TEXT(Goal, "code", "code", code),
    CAIRN_TEXT(Goal, "title", "title", title),
    CAIRN_TEXT(Goal, "short_name", "shortName", shortName),
    CAIRN_TEXT(Goal, "description", "description", description),
    CAIRN_TRANSLATION(Goal),
    Column<Goal>{"rationale", "rationale", [](const Goal &g) { return fromList(g.rationale); },
                 [](Goal &g, const QVariant &v) { g.rationale = toList(v); }},
    CAIRN_TEXT(Goal, "owner", "owner", owner),
    Column<Goal>{"tags", "tags", [](const Goal &g) { return fromList(g.tags); },
                 [](Goal &g, const QVariant &v) { g.tags = toList(v); }},
    Column<Goal>{"supports", "supports", [](const Goal &g) { return fromList(g.supports); },
                 [](Goal &g, const QVariant &v) { g.supports = toList(v); }},
};

const std::array objectiveTable{
    CAIRN_TEXT(Objective, "code", "code", code),
    CAIRN_TEXT(Objective, "title", "title", title),
    CAIRN_TEXT(Objective, "description", "description", description),
    CAIRN_TRANSLATION(Objective),
    CAIRN_TEXT(Objective, "owner", "owner", owner),
    Column<Objective>{"tags", "tags", [](const Objective &o) { return fromList(o.tags); },
                      [](Objective &o, const QVariant &v) { o.tags = toList(v); }},
    Column<Objective>{"supports", "supports", [](const Objective &o) { return fromList(o.supports); },
                      [](Objective &o, const QVariant &v) { o.supports = toList(v); }},
};

const std::array actionTable{
    CAIRN_TEXT(Action, "code", "code", code),
    CAIRN_TEXT(Action, "description", "description", description),
    CAIRN_TRANSLATION(Action),
    CAIRN_TEXT(Action, "owner", "owner", owner),
    Column<Action>{"status", "status", [](const Action &a) { return fromEnum(a.status); },
                   [](Action &a, const QVariant &v) { a.status = toEnum(v, ActionStatus::NotStarted); }},
    Column<Action>{"percent_complete", "percentComplete", [](const Action &a) -> QVariant { return a.percentComplete; },
                   [](Action &a, const QVariant &v) { a.percentComplete = v.toInt(); }},
    Column<Action>{"start", "start", [](const Action &a) { return fromTimepoint(a.start); },
                   [](Action &a, const QVariant &v) { a.start = toTimepoint(v); }},
    Column<Action>{"due", "due", [](const Action &a) { return fromTimepoint(a.due); },
                   [](Action &a, const QVariant &v) { a.due = toTimepoint(v); }},
    Column<Action>{"recurring", "recurring", [](const Action &a) -> QVariant { return a.recurring ? 1 : 0; },
                   [](Action &a, const QVariant &v) { a.recurring = v.toInt() != 0; }},
    Column<Action>{"supports", "supports", [](const Action &a) { return fromList(a.supports); },
                   [](Action &a, const QVariant &v) { a.supports = toList(v); }},
};

const std::array measureTable{
    CAIRN_TEXT(Measure, "code", "code", code),
    CAIRN_TEXT(Measure, "name", "name", name),
    CAIRN_TEXT(Measure, "description", "description", description),
    CAIRN_TRANSLATION(Measure),
    Column<Measure>{"kind", "kind", [](const Measure &m) { return fromEnum(m.kind); },
                    [](Measure &m, const QVariant &v) { m.kind = toEnum(v, MeasureKind::LongTerm); }},
    Column<Measure>{"type", "type", [](const Measure &m) { return fromEnum(m.type); },
                    [](Measure &m, const QVariant &v) { m.type = toEnum(v, MeasureType::Numeric); }},
    CAIRN_TEXT(Measure, "owner", "owner", owner),
    Column<Measure>{"unit", "unit", [](const Measure &m) { return fromEnum(m.unit); },
                    [](Measure &m, const QVariant &v) { m.unit = toEnum(v, Unit::Unspecified); }},
    CAIRN_TEXT(Measure, "custom_unit", "customUnit", customUnit),
    Column<Measure>{"decimals", "decimals", [](const Measure &m) -> QVariant { return m.decimals; },
                    [](Measure &m, const QVariant &v) { m.decimals = v.toInt(); }},
    Column<Measure>{"direction", "direction", [](const Measure &m) { return fromEnum(m.direction); },
                    [](Measure &m, const QVariant &v) { m.direction = toEnum(v, Direction::HigherIsBetter); }},
    Column<Measure>{"tolerance", "tolerance", [](const Measure &m) { return fromOptional(m.tolerance); },
                    [](Measure &m, const QVariant &v) { m.tolerance = toOptionalDouble(v); }},
    CAIRN_TEXT(Measure, "source", "source", source),
    Column<Measure>{"baseline_year", "baseline.year", [](const Measure &m) { return fromYear(m.baseline.year); },
                    [](Measure &m, const QVariant &v) { m.baseline.year = toOptionalYear(v); }},
    Column<Measure>{"baseline_value", "baseline.value", [](const Measure &m) { return fromOptional(m.baseline.value); },
                    [](Measure &m, const QVariant &v) { m.baseline.value = toOptionalDouble(v); }},
    CAIRN_TEXT(Measure, "baseline_note", "baseline.note", baseline.note),
    Column<Measure>{"baseline_n", "baseline.n", [](const Measure &m) { return fromOptional(m.baseline.n); },
                    [](Measure &m, const QVariant &v) { m.baseline.n = toOptionalInt(v); }},
    Column<Measure>{"final_year", "finalTarget.year", [](const Measure &m) { return fromYear(m.finalTarget.year); },
                    [](Measure &m, const QVariant &v) { m.finalTarget.year = toOptionalYear(v); }},
    Column<Measure>{"final_value", "finalTarget.value", [](const Measure &m) { return fromOptional(m.finalTarget.value); },
                    [](Measure &m, const QVariant &v) { m.finalTarget.value = toOptionalDouble(v); }},
    Column<Measure>{"due_date", "due", [](const Measure &m) { return fromDate(m.dueDate); },
                    [](Measure &m, const QVariant &v) { m.dueDate = toDate(v); }},
    CAIRN_TEXT(Measure, "due_text", "dueText", dueText),
    Column<Measure>{"completed_date", "completed", [](const Measure &m) { return fromDate(m.completedDate); },
                    [](Measure &m, const QVariant &v) { m.completedDate = toDate(v); }},
    CAIRN_TEXT(Measure, "evidence", "evidence", evidence),
    Column<Measure>{"supports", "supports", [](const Measure &m) { return fromList(m.supports); },
                    [](Measure &m, const QVariant &v) { m.supports = toList(v); }},
};

#undef CAIRN_TEXT
#undef CAIRN_TRANSLATION

} // namespace

std::span<const Column<Plan>> planColumns()
{
    return planTable;
}

std::span<const Column<Goal>> goalColumns()
{
    return goalTable;
}

std::span<const Column<Objective>> objectiveColumns()
{
    return objectiveTable;
}

std::span<const Column<Action>> actionColumns()
{
    return actionTable;
}

std::span<const Column<Measure>> measureColumns()
{
    return measureTable;
}

} // namespace cairn
