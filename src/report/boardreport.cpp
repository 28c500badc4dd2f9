#include "boardreport.h"

#include "reportcontent.h"

#include "core/planstatus.h"
#include "core/plantexts.h"
#include "core/publishedvalues.h"
#include "i18n/documentlanguage.h"
#include "i18n/language.h"

namespace cairn {

BoardReport::BoardReport(const Plan &written, const ReportOptions &options)
    : PagedReport(options.language, written.numbers)
{
    const DocumentLanguage speaking(options.language, written.numbers);
    // The plan's own words in the report's language where it has them.
    const Plan plan = PlanTexts::inLanguage(written, Language::installed());
    // Small groups' values are taken out before anything is judged or drawn,
    // as on the website, so no table, chart or status carries them.
    const PublishedValues values = PublishedValues::of(plan, PublishedValues::ruleFor(plan, options.suppression));
    const PlanStatus status = PlanStatus::evaluate(values.plan, options.year, options.asOf);
    std::optional<report::SchoolPlansData> schoolPlans;
    if (!options.schools.empty())
        schoolPlans = report::SchoolPlansData::of(values, status, options.schools, options.year, options.asOf);
    report::ReportContent content(values, status, options, schoolPlans ? &*schoolPlans : nullptr);
    const QString subject = tr("Progress Report — School Year %1").arg(options.year.label());
    PdfInfo info;
    info.title = plan.title + QStringLiteral(" — ") + subject;
    info.author = plan.organization;
    info.subject = subject;
    info.keywords = tr("strategic plan, progress report, %1").arg(options.year.label());
    info.creator = QStringLiteral("Cairn " CAIRN_VERSION);
    const Furniture furniture{plan.organization, plan.title,
                              tr("Progress Report · School Year %1 · %2")
                                  .arg(options.year.label(), DocumentLanguage::date(options.reportDate)),
                              true};
    report::ContentsBlock *contents = content.contents();
    layOut(std::move(content.blocks()), contents,
           QPageSize(options.paper == ReportOptions::Paper::A4 ? QPageSize::A4 : QPageSize::Letter), furniture, info);
}

} // namespace cairn
