#include "qualitytext.h"

#include "core/findinggroups.h"

namespace cairn::cli {

void QualityText::printFindings(const std::vector<Finding> &findings, QTextStream &out)
{
    for (const FindingGroup &group : FindingGroups::group(findings)) {
        const QString severity = group.severity == Finding::Severity::Error ? tr("error") : tr("warning");
        if (!group.specific()) {
            out << severity << '\t' << FindingGroups::summary(group, ShownCodes) << '\n';
            continue;
        }
        if (group.findings.size() == 1 && group.findings.front().group.isEmpty()) {
            const Finding &finding = group.findings.front();
            out << severity << '\t' << (finding.item.isEmpty() ? finding.message : finding.item + QLatin1Char('\t') + finding.message)
                << '\n';
            continue;
        }
        out << severity << '\t' << tr("%1: %2").arg(group.heading).arg(group.findings.size()) << '\n';
        for (const Finding &finding : group.findings)
            out << '\t' << (finding.item.isEmpty() ? tr("plan") : finding.item) << '\t' << finding.message << '\n';
    }
}

void QualityText::printRubric(const RubricCriteria &criteria, const std::vector<RubricResult> &results, QTextStream &out)
{
    out << '\n' << tr("Plan quality by %1:").arg(criteria.name.isEmpty() ? tr("the rubric given") : criteria.name) << '\n';
    int counts[4] = {};
    for (const RubricResult &result : results) {
        ++counts[int(result.rating)];
        const QString state = Rubric::symbol(result.rating) + QLatin1Char(' ') + Rubric::word(result.rating);
        out << "  " << state.leftJustified(18) << ' ' << result.label() << ": " << result.found << '\n';
        for (const RubricGap &gap : result.toAdd) {
            QStringList names;
            for (const RubricItem &item : gap.items)
                names.append(item.code.isEmpty() ? item.title : item.code);
            out << "      " << gap.text;
            if (!names.isEmpty())
                out << ' ' << FindingGroups::codeList(names, ShownCodes);
            out << '\n';
        }
    }
    const int reviewed = int(results.size()) - counts[int(Rating::DoesNotApply)];
    out << tr("Components met: %1 of %2 · partly met: %3 · missing: %4")
               .arg(counts[int(Rating::Met)])
               .arg(reviewed)
               .arg(counts[int(Rating::PartlyMet)])
               .arg(counts[int(Rating::Missing)])
        << '\n';
}

} // namespace cairn::cli
