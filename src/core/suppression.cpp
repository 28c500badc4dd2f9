#include "suppression.h"

#include <algorithm>

namespace cairn {

bool SuppressionRule::tooSmall(int n) const
{
    switch (preset) {
    case Preset::None: return false;
    case Preset::Texas: return n >= 1 && n <= 4;
    case Preset::Wisconsin: return n <= 5;
    case Preset::Delaware: return n <= 15;
    case Preset::California: return n < 11;
    case Preset::MinimumN: return n < minimumN;
    }
    return false;
}

bool SuppressionRule::complementary() const
{
    return preset == Preset::Texas || preset == Preset::Wisconsin;
}

bool SuppressionRule::codesExtremes() const
{
    return preset == Preset::Delaware;
}

QString SuppressionRule::token() const
{
    switch (preset) {
    case Preset::None: return {};
    case Preset::Texas: return QStringLiteral("tx");
    case Preset::Wisconsin: return QStringLiteral("wi");
    case Preset::Delaware: return QStringLiteral("de");
    case Preset::California: return QStringLiteral("ca");
    case Preset::MinimumN: return QStringLiteral("min-n:%1").arg(minimumN);
    }
    return {};
}

std::optional<SuppressionRule> SuppressionRule::parse(const QString &token)
{
    const QString text = token.trimmed().toLower();
    if (text.isEmpty() || text == QLatin1String("none"))
        return SuppressionRule{};
    const std::pair<const char *, Preset> presets[] = {
        {"tx", Preset::Texas}, {"wi", Preset::Wisconsin}, {"de", Preset::Delaware}, {"ca", Preset::California}};
    for (const auto &[name, preset] : presets) {
        if (text == QLatin1String(name))
            return SuppressionRule{preset, 0};
    }
    if (text.startsWith(QLatin1String("min-n:"))) {
        bool ok = false;
        const int n = text.mid(6).toInt(&ok);
        if (ok && n >= 1 && n <= 1000)
            return SuppressionRule{Preset::MinimumN, n};
    }
    return std::nullopt;
}

std::vector<Publication> Suppression::decide(const SuppressionRule &rule, const std::vector<Group> &groups)
{
    std::vector<Publication> fate(groups.size(), Publication::Shown);
    if (!rule.suppresses())
        return fate;
    int hiddenCount = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (!groups[i].n)
            fate[i] = Publication::NoCount;
        else if (rule.tooSmall(*groups[i].n))
            fate[i] = Publication::TooSmall;
        hiddenCount += hidden(fate[i]) ? 1 : 0;
    }
    // One hidden group could be worked out from the others and the total:
    // the smallest group still shown goes too.
    if (rule.complementary() && hiddenCount == 1) {
        std::optional<std::size_t> smallest;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (fate[i] == Publication::Shown && (!smallest || *groups[i].n < *groups[*smallest].n))
                smallest = i;
        }
        if (smallest)
            fate[*smallest] = Publication::Complement;
    }
    if (rule.codesExtremes()) {
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (fate[i] != Publication::Shown || !groups[i].percent)
                continue;
            if (groups[i].value > 95)
                fate[i] = Publication::AboveCap;
            else if (groups[i].value < 5)
                fate[i] = Publication::BelowFloor;
        }
    }
    return fate;
}

QString Suppression::shown(Publication publication, const SuppressionRule &rule)
{
    switch (publication) {
    case Publication::Shown: return {};
    case Publication::AboveCap: return tr(">95%");
    case Publication::BelowFloor: return tr("<5%");
    case Publication::TooSmall:
    case Publication::Complement:
    case Publication::NoCount: return rule.suppresses() ? tr("not shown (small group)") : QString();
    }
    return {};
}

QString Suppression::explanation(const SuppressionRule &rule)
{
    switch (rule.preset) {
    case SuppressionRule::Preset::None: return {};
    case SuppressionRule::Preset::Texas:
        return tr("To protect students' privacy, values of student groups of 1 to 4 students are not shown, nor the next-smallest "
                  "group's, from which they could be worked out (Texas' rule).");
    case SuppressionRule::Preset::Wisconsin:
        return tr("To protect students' privacy, values of student groups of 5 or fewer students are not shown, nor another "
                  "group's from which they could be worked out (Wisconsin's rule).");
    case SuppressionRule::Preset::Delaware:
        return tr("To protect students' privacy, values of student groups of 15 or fewer students are not shown, and "
                  "percentages above 95 or below 5 are shown as \">95%\" or \"<5%\" (Delaware's rule).");
    case SuppressionRule::Preset::California:
        return tr("To protect students' privacy, values of student groups of fewer than 11 students are not shown (California's rule).");
    case SuppressionRule::Preset::MinimumN:
        return tr("To protect students' privacy, values of student groups of fewer than %1 students are not shown.").arg(rule.minimumN);
    }
    return {};
}

std::optional<int> Suppression::readGroupSize(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 0 || n > MaxGroupSize)
        return std::nullopt;
    return n;
}

QString Suppression::groupSizeRule()
{
    return tr("a group size is a whole number of students, 0 or more");
}

} // namespace cairn
