#pragma once

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace cairn {

// Small student groups protected in what is published (issue 19): a
// state's rule as a named preset, or a minimum group size.
struct SuppressionRule {
    enum class Preset {
        None,
        Texas,      // "tx": groups of 1 to 4 masked, and the next-smallest group too
        Wisconsin,  // "wi": groups of 5 or fewer masked, with complementary suppression
        Delaware,   // "de": groups of 15 or fewer masked; percentages above 95 and below 5 coded
        California, // "ca": groups of fewer than 11 masked
        MinimumN,   // "min-n:N": groups of fewer than N masked
    };
    Preset preset = Preset::None;
    int minimumN = 0; // MinimumN only

    bool suppresses() const { return preset != Preset::None; }
    // Whether a group of `n` students is too small to publish.
    bool tooSmall(int n) const;
    // Whether one more group is hidden when only one is, so that the small
    // one cannot be worked out from the others and the total.
    bool complementary() const;
    // Whether percentages above 95 and below 5 are shown as ">95%", "<5%".
    bool codesExtremes() const;

    // "tx", "wi", "de", "ca", "min-n:10", "" for none: as stored and typed.
    QString token() const;
    static std::optional<SuppressionRule> parse(const QString &token);

    bool operator==(const SuppressionRule &) const = default;
};

// What becomes of one group's value when it is published.
enum class Publication {
    Shown,
    TooSmall,   // the group is below the rule's threshold
    Complement, // hidden so that a small group cannot be worked out
    NoCount,    // the group's size is not recorded, so it cannot be known to be safe
    AboveCap,   // shown as ">95%"
    BelowFloor, // shown as "<5%"
};

class Suppression
{
    Q_DECLARE_TR_FUNCTIONS(cairn::Suppression)

public:
    struct Group {
        double value = 0;
        std::optional<int> n;
        bool percent = false;
    };
    // The fate of each of one measure's groups (its child measures) in one
    // year, in their order. Table-tested per preset in tests/core.
    static std::vector<Publication> decide(const SuppressionRule &rule, const std::vector<Group> &groups);

    static bool hidden(Publication publication)
    {
        return publication == Publication::TooSmall || publication == Publication::Complement || publication == Publication::NoCount;
    }
    // What a reader sees instead of the value: "<5%", "n < 5", …
    static QString shown(Publication publication, const SuppressionRule &rule);
    // One sentence for the published page: which values were left out and why.
    static QString explanation(const SuppressionRule &rule);

    static constexpr int MaxGroupSize = 10'000'000;
    // A group's size as typed in a table or a sheet: a whole number of
    // students from 0 to MaxGroupSize; nothing when the text is not one.
    static std::optional<int> readGroupSize(const QString &text);
    // Why a group size was refused, for a message that names the cell.
    static QString groupSizeRule();
};

} // namespace cairn
