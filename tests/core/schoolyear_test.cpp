#include "testsupport.h"

#include "core/schoolyear.h"

using cairn::SchoolYear;

TEST_CASE("school years are labelled by their start and end", "[schoolyear]")
{
    CHECK(SchoolYear(2023).label() == QStringLiteral("2023-24"));
    CHECK(SchoolYear(1999).label() == QStringLiteral("1999-00"));
    CHECK(SchoolYear(2009).label() == QStringLiteral("2009-10"));
    CHECK(SchoolYear(2023).next() == SchoolYear(2024));
    CHECK(SchoolYear(2022) < SchoolYear(2023));
}

TEST_CASE("school years parse from the forms plans are written in", "[schoolyear]")
{
    const auto [text, start] = GENERATE(table<const char *, int>({
        {"2021-22", 2021},
        {"2021-2022", 2021},
        {"2026-27", 2026},
        {"2026-2027", 2026},
        {" 2023-24 ", 2023},
        {"2023 - 24", 2023},
        {"2023\u201324", 2023}, // en dash, as word processors write it
        {"2023/24", 2023},
        {"2024", 2024},
        {"1999-00", 1999},
        {"1999-2000", 1999},
    }));
    const auto year = SchoolYear::parse(QString::fromUtf8(text));
    INFO(text);
    REQUIRE(year.has_value());
    CHECK(year->start() == start);
}

TEST_CASE("school years refuse what is not one", "[schoolyear]")
{
    const char *text = GENERATE("", "2023-25", "2023-2025", "23-24", "2023-4", "abc", "2023-24x", "1899-00", "2201-02",
                                "56%", "2023 24 25");
    INFO(text);
    CHECK_FALSE(SchoolYear::parse(QString::fromUtf8(text)).has_value());
}

TEST_CASE("label and parse are inverses across the allowed range", "[schoolyear]")
{
    for (int start = SchoolYear::MinStart; start <= SchoolYear::MaxStart; ++start) {
        const auto parsed = SchoolYear::parse(SchoolYear(start).label());
        REQUIRE(parsed.has_value());
        REQUIRE(parsed->start() == start);
    }
}

TEST_CASE("a school year runs from 1 July to 30 June", "[schoolyear]")
{
    const SchoolYear year(2023);
    CHECK(year.firstDay() == QDate(2023, 7, 1));
    CHECK(year.lastDay() == QDate(2024, 6, 30));
    CHECK(year.lastDay().addDays(1) == year.next().firstDay());
}
