#include "core/duedate.h"
#include "core/timelinetext.h"

#include <catch2/catch.hpp>

using namespace cairn;

TEST_CASE("due dates are read as plans write them", "[duedate]")
{
    struct Row {
        const char *text;
        QDate date;
        bool keepsText;
    };
    const Row rows[] = {
        {"2022-01-31", QDate(2022, 1, 31), false},
        {"By January 2022", QDate(2022, 1, 31), true},
        {"by march 2022", QDate(2022, 3, 31), true},
        {"January 2022", QDate(2022, 1, 31), true},
        {"Jan. 2022", QDate(2022, 1, 31), true},
        {"Sept 2023", QDate(2023, 9, 30), true},
        {"February 2024", QDate(2024, 2, 29), true},
        {"By the end of June 2023", QDate(2023, 6, 30), true},
        {"Spring 2022", QDate(2022, 5, 31), true},
        {"By Fall 2022", QDate(2022, 12, 31), true},
        {"Winter 2023", QDate(2023, 2, 28), true},
        {"Summer 2023", QDate(2023, 8, 31), true},
        {"June 15, 2023", QDate(2023, 6, 15), true},
        {"By 2022-01-31", QDate(2022, 1, 31), true},
        {"  By   May 2024 ", QDate(2024, 5, 31), true},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        const auto due = DueDate::parse(QString::fromUtf8(row.text));
        REQUIRE(due);
        CHECK(due->date == row.date);
        CHECK(due->text.isEmpty() == !row.keepsText);
        CHECK(due->display() == (row.keepsText ? QString::fromUtf8(row.text).simplified() : QString::fromUtf8(row.text)));
    }
    for (const char *text : {"", "soon", "Ma 2022", "Smarch 2022", "June 31, 2023", "2022", "January", "13/2022", "By 2022-13-01"}) {
        INFO(text);
        CHECK_FALSE(DueDate::parse(QString::fromUtf8(text)));
    }
}

TEST_CASE("an action's timeline reads as plans write it", "[timeline]")
{
    struct Row {
        const char *name;
        Timepoint start;
        Timepoint due;
        bool recurring;
        const char *text;
    };
    const Timepoint y2021 = Timepoint::ofYear(SchoolYear(2021));
    const Timepoint y2024 = Timepoint::ofYear(SchoolYear(2024));
    const Row rows[] = {
        {"recurring", y2021, Timepoint::ongoing(), true, "2021-22, then every year"},
        {"recurring without a start", Timepoint(), Timepoint(), true, "every year"},
        {"ongoing", y2021, Timepoint::ongoing(), false, "2021-22 and ongoing"},
        {"ongoing without a start", Timepoint(), Timepoint::ongoing(), false, "ongoing"},
        {"a span", y2021, y2024, false, "2021-22 to 2024-25"},
        {"one year", y2024, y2024, false, "2024-25"},
        {"from", y2021, Timepoint(), false, "from 2021-22"},
        {"by a date", Timepoint(), Timepoint::ofDate(QDate(2024, 6, 30)), false, "by 2024-06-30"},
        {"nothing", Timepoint(), Timepoint(), false, ""},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        Action action;
        action.start = row.start;
        action.due = row.due;
        action.recurring = row.recurring;
        CHECK(TimelineText::of(action) == QString::fromUtf8(row.text));
    }
}

TEST_CASE("an action's start is read as plans write it", "[timeline]")
{
    struct Row {
        const char *text;
        Timepoint start;
        bool recurring;
        bool ongoing;
    };
    const Timepoint y2021 = Timepoint::ofYear(SchoolYear(2021));
    const Row rows[] = {
        {"2021-22", y2021, false, false},
        {"2021-22 (and recurring)", y2021, true, false},
        {"2021-2022 (And Recurring)", y2021, true, false},
        {"2021-22, then every year", y2021, true, false},
        {"2021-22 (and ongoing)", y2021, false, true},
        {"2021-22 and ongoing", y2021, false, true},
        {"2021-09-01 (and recurring)", Timepoint::ofDate(QDate(2021, 9, 1)), true, false},
        {"", Timepoint(), false, false},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        const auto start = TimelineText::parseStart(QString::fromUtf8(row.text));
        REQUIRE(start);
        CHECK(start->start == row.start);
        CHECK(start->recurring == row.recurring);
        CHECK(start->ongoing == row.ongoing);
    }
    for (const char *text : {"(and recurring)", "soon (and recurring)", "2021-22 (and sometimes)", "2021-22 recurring"}) {
        INFO(text);
        CHECK_FALSE(TimelineText::parseStart(QString::fromUtf8(text)));
    }
}
