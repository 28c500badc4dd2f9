#include "testsupport.h"

#include "core/suppression.h"

using namespace cairn;

namespace {

using P = Publication;
using Preset = SuppressionRule::Preset;

Suppression::Group g(int n, double value = 50, bool percent = true)
{
    return {value, n, percent};
}

} // namespace

TEST_CASE("small groups are hidden by each state's rule, with complementary suppression where the rule asks for it", "[rules][suppression]")
{
    struct Row {
        const char *rule;
        std::vector<Suppression::Group> groups;
        std::vector<Publication> expected;
    };
    const Row row = GENERATE(values<Row>({
        // No rule: everything is shown, sizes or not.
        {"", {g(1), {40, std::nullopt, true}}, {P::Shown, P::Shown}},
        // Texas: 1 to 4 masked; one masked group takes the next-smallest with it.
        {"tx", {g(120), g(3), g(40), g(25)}, {P::Shown, P::TooSmall, P::Shown, P::Complement}},
        {"tx", {g(120), g(4), g(2), g(25)}, {P::Shown, P::TooSmall, P::TooSmall, P::Shown}}, // two hide each other
        {"tx", {g(120), g(5), g(40)}, {P::Shown, P::Shown, P::Shown}},                        // 5 is published
        {"tx", {g(120), g(0)}, {P::Shown, P::Shown}},                                          // nobody to protect
        {"tx", {g(3)}, {P::TooSmall}},                                                         // nothing else to hide
        // Wisconsin: 5 or fewer masked, with complementary suppression.
        {"wi", {g(200), g(5), g(30), g(12)}, {P::Shown, P::TooSmall, P::Shown, P::Complement}},
        {"wi", {g(200), g(6), g(30)}, {P::Shown, P::Shown, P::Shown}},
        // Delaware: 15 or fewer masked, no complement; extreme percentages coded.
        {"de", {g(200, 97), g(15), g(16, 3), g(40, 50)}, {P::AboveCap, P::TooSmall, P::BelowFloor, P::Shown}},
        {"de", {g(200, 97, false), g(40, 95), g(40, 5)}, {P::Shown, P::Shown, P::Shown}}, // counts and the bounds themselves
        // California: fewer than 11 masked, no complement.
        {"ca", {g(200), g(10), g(11)}, {P::Shown, P::TooSmall, P::Shown}},
        // A minimum of one's own.
        {"min-n:20", {g(200), g(19), g(20)}, {P::Shown, P::TooSmall, P::Shown}},
        // A value without its group's size is never published under a rule,
        // and counts as hidden for the complement.
        {"ca", {g(200), {40, std::nullopt, true}}, {P::Shown, P::NoCount}},
        {"tx", {g(200), {40, std::nullopt, true}, g(30)}, {P::Shown, P::NoCount, P::Complement}},
    }));
    const auto rule = SuppressionRule::parse(QString::fromLatin1(row.rule));
    REQUIRE(rule);
    INFO("rule " << row.rule);
    CHECK(Suppression::decide(*rule, row.groups) == row.expected);
}

TEST_CASE("a suppression rule is named by its preset and read back", "[rules][suppression]")
{
    struct Row {
        const char *text;
        std::optional<SuppressionRule> rule;
        const char *token;
    };
    const Row row = GENERATE(values<Row>({
        {"", SuppressionRule{}, ""},
        {"none", SuppressionRule{}, ""},
        {"TX", SuppressionRule{Preset::Texas, 0}, "tx"},
        {" wi ", SuppressionRule{Preset::Wisconsin, 0}, "wi"},
        {"de", SuppressionRule{Preset::Delaware, 0}, "de"},
        {"ca", SuppressionRule{Preset::California, 0}, "ca"},
        {"min-n:10", SuppressionRule{Preset::MinimumN, 10}, "min-n:10"},
        {"min-n:0", std::nullopt, ""},
        {"min-n:x", std::nullopt, ""},
        {"ny", std::nullopt, ""},
    }));
    INFO(row.text);
    const auto rule = SuppressionRule::parse(QString::fromLatin1(row.text));
    CHECK(rule == row.rule);
    if (rule)
        CHECK(rule->token() == QString::fromLatin1(row.token));
}

TEST_CASE("a published page says why values are missing", "[rules][suppression]")
{
    CHECK(Suppression::explanation(SuppressionRule{}).isEmpty());
    CHECK(Suppression::explanation(*SuppressionRule::parse(QStringLiteral("tx"))).contains(QStringLiteral("1 to 4 students")));
    CHECK(Suppression::explanation(*SuppressionRule::parse(QStringLiteral("min-n:12"))).contains(QStringLiteral("fewer than 12")));
    CHECK(Suppression::shown(Publication::AboveCap, SuppressionRule{Preset::Delaware, 0}) == QStringLiteral(">95%"));
}
