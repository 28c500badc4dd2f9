#include "schoolplansdata.h"

#include "publishedcell.h"
#include "valuetext.h"

#include "core/alignedmeasure.h"
#include "core/alignment.h"
#include "core/statusrules.h"
#include "core/statustext.h"

namespace cairn::report {

namespace {

SchoolPlansData::Value valueOf(const PublishedValues &values, const PlanStatus &status, const Measure &measure, const QString &school,
                               SchoolYear year, SchoolPlansData &data)
{
    const PublishedCell cell = PublishedCell::of(values, measure, year);
    data.withheld = data.withheld || cell.withheld;
    data.preliminary = data.preliminary || cell.preliminary;
    SchoolPlansData::Value value{school, measure.code, measure.name.simplified(), cell.text, {}, std::nullopt};
    if (const auto target = StatusRules::targetFor(measure, year))
        value.target = SchoolPlansData::tr("target %1").arg(ValueText::format(ValueFormat::of(measure), target->value, target->derived ? 1 : 0));
    // As in the goal sections: the status of a value not shown is not shown either.
    if (!Suppression::hidden(values.mark(measure.code, year))) {
        const ItemStatus *judged = status.find(measure.code);
        value.status = judged ? judged->judgement.status : Status::NoData;
    }
    return value;
}

} // namespace

SchoolPlansData SchoolPlansData::of(const PublishedValues &district, const PlanStatus &status, const std::vector<Plan> &schools,
                                    SchoolYear year, QDate asOf)
{
    SchoolPlansData data;
    data.year = year;
    data.rule = district.rule;
    std::vector<PublishedValues> published;
    std::vector<Plan> plans;
    std::vector<PlanStatus> statuses;
    for (const Plan &school : schools) {
        published.push_back(PublishedValues::of(school, district.rule));
        plans.push_back(published.back().plan);
        statuses.push_back(PlanStatus::evaluate(plans.back(), year, asOf));
    }

    const Alignment alignment = Alignment::compute(district.plan, plans, year, asOf);
    for (const AlignedSchool &school : alignment.schools)
        data.schools.append(school.name);
    for (const AlignmentRow &row : alignment.rows) {
        Row out{row.kind, row.code, row.title.simplified(), {}};
        for (std::size_t school = 0; school < row.cells.size(); ++school) {
            const SchoolCell &cell = row.cells[school];
            if (cell.count > 0)
                out.schools.push_back(Support{alignment.schools[school].name, cell.count, cell.status});
        }
        if (row.kind == ItemKind::Objective)
            ++data.objectives;
        data.rows.push_back(std::move(out));
    }
    data.unsupported = alignment.unsupported;
    for (const BrokenLink &link : alignment.broken)
        data.broken.append(tr("%1 · %2 %3 names %4")
                               .arg(alignment.schools[link.item.school].name, StatusText::word(link.item.kind), link.item.code, link.missing));

    for (const QString &code : AlignedMeasure::supported(district.plan, plans)) {
        MeasureRow row;
        row.district = valueOf(district, status, *AlignedMeasure::districtMeasure(district.plan, code), {}, year, data);
        for (const SupportingMeasure &support : AlignedMeasure::supporting(district.plan, plans, code)) {
            const auto index = std::size_t(support.school - plans.data());
            row.schools.push_back(valueOf(published[index], statuses[index], *support.measure, Alignment::schoolName(*support.school), year, data));
        }
        data.measures.push_back(std::move(row));
    }
    return data;
}

} // namespace cairn::report
