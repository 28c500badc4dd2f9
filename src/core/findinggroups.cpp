#include "findinggroups.h"

#include <algorithm>

namespace cairn {

QStringList FindingGroup::codes() const
{
    QStringList codes;
    for (const Finding &finding : findings) {
        if (!finding.item.isEmpty() && !codes.contains(finding.item))
            codes.append(finding.item);
    }
    return codes;
}

bool FindingGroup::specific() const
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &finding) { return finding.specific; });
}

std::vector<FindingGroup> FindingGroups::group(const std::vector<Finding> &findings)
{
    std::vector<FindingGroup> groups;
    for (const Finding::Severity severity : {Finding::Severity::Error, Finding::Severity::Warning}) {
        for (const Finding &finding : findings) {
            if (finding.severity != severity)
                continue;
            const QString heading = finding.group.isEmpty() ? finding.message : finding.group;
            auto found = std::find_if(groups.begin(), groups.end(), [&](const FindingGroup &group) {
                return group.severity == severity && group.heading == heading && !finding.group.isEmpty();
            });
            if (found == groups.end())
                groups.push_back(FindingGroup{severity, heading, {finding}});
            else
                found->findings.push_back(finding);
        }
    }
    return groups;
}

QString FindingGroups::codeList(const QStringList &codes, int shown)
{
    if (shown <= 0 || codes.size() <= shown)
        return codes.join(QStringLiteral(", "));
    return tr("%1, … and %n more", nullptr, int(codes.size() - shown)).arg(codes.mid(0, shown).join(QStringLiteral(", ")));
}

QString FindingGroups::summary(const FindingGroup &group, int shown)
{
    const QStringList codes = group.codes();
    if (group.findings.size() == 1 && codes.size() <= 1 && group.findings.front().group.isEmpty())
        return group.heading;
    if (codes.isEmpty())
        return tr("%1: %2").arg(group.heading).arg(group.findings.size());
    return tr("%1: %2 (%3)").arg(group.heading).arg(group.findings.size()).arg(codeList(codes, shown));
}

} // namespace cairn
