#include "testsupport.h"

#include "core/timepoint.h"

using cairn::SchoolYear;
using cairn::Timepoint;

TEST_CASE("action timepoints are a school year, a date, ongoing or unset", "[timepoint]")
{
    const auto [text, kind, shown] = GENERATE(table<const char *, Timepoint::Kind, const char *>({
        {"", Timepoint::Kind::None, ""},
        {"ongoing", Timepoint::Kind::Ongoing, "ongoing"},
        {"Ongoing", Timepoint::Kind::Ongoing, "ongoing"},
        {"2025-26", Timepoint::Kind::Year, "2025-26"},
        {"2025-2026", Timepoint::Kind::Year, "2025-26"},
        {"2026-06-30", Timepoint::Kind::Date, "2026-06-30"},
    }));
    INFO(text);
    const auto point = Timepoint::parse(QString::fromUtf8(text));
    REQUIRE(point.has_value());
    CHECK(point->kind() == kind);
    CHECK(point->toText() == QString::fromUtf8(shown));
}

TEST_CASE("timepoints refuse text that is none of them", "[timepoint]")
{
    const char *text = GENERATE("soon", "2026-13-01", "June 2026", "2026-02-30", "3000-01-01");
    INFO(text);
    CHECK_FALSE(Timepoint::parse(QString::fromUtf8(text)).has_value());
}

TEST_CASE("a year timepoint keeps its school year", "[timepoint]")
{
    const Timepoint point = Timepoint::ofYear(SchoolYear(2024));
    CHECK(point.year() == SchoolYear(2024));
    CHECK(point == *Timepoint::parse(QStringLiteral("2024-25")));
}

TEST_CASE("a timepoint is after a school year when it falls past its last day", "[timepoint]")
{
    const SchoolYear year(2023);
    CHECK(Timepoint::ofYear(SchoolYear(2024)).isAfter(year));
    CHECK_FALSE(Timepoint::ofYear(year).isAfter(year));
    CHECK_FALSE(Timepoint::ofYear(SchoolYear(2022)).isAfter(year));
    CHECK(Timepoint::ofDate(QDate(2024, 7, 1)).isAfter(year));
    CHECK_FALSE(Timepoint::ofDate(QDate(2024, 6, 30)).isAfter(year));
    CHECK_FALSE(Timepoint::ongoing().isAfter(year));
    CHECK_FALSE(Timepoint().isAfter(year));
}
