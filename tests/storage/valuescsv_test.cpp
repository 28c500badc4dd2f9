#include "planfixtures.h"

#include "storage/repository.h"
#include "storage/valuescsv.h"
#include "core/planwalk.h"

using namespace cairn;
using namespace cairn::test;

namespace {

const QDateTime now(QDate(2025, 10, 1), QTime(9, 0), Qt::UTC);

ValuesCsv::Reading readSheet(const Plan &plan, const QString &name)
{
    return ValuesCsv::read(plan, readAll(dataPath(QStringLiteral("values/") + name)), QStringLiteral("ana"), now);
}


// The sample as a plan file holds it, with row ids.
Plan storedSample()
{
    QTemporaryDir dir;
    return Repository::create(dir.filePath(QStringLiteral("sample.cairn")), readPlanJson(socorroSample()))->load();
}

} // namespace

TEST_CASE("an exported sheet read back unchanged changes nothing", "[values]")
{
    const Plan plan = readPlanJson(socorroSample());
    const QByteArray sheet = ValuesCsv::write(plan, {SchoolYear(2024), {}, {}, false});
    CHECK(sheet.startsWith("\xEF\xBB\xBF" "code,measure,owner,unit,school year,target,actual,n,note,source,status,as of\r\n"));
    const auto reading = ValuesCsv::read(plan, sheet, QStringLiteral("ana"), now);
    CHECK(reading.problems.empty());
    CHECK(reading.changes.empty());
    CHECK(reading.unchanged == 32); // every numeric measure, one row each
}

TEST_CASE("the sheet can be narrowed to an owner, a goal or missing values", "[values]")
{
    const Plan plan = readPlanJson(socorroSample());
    auto rows = [&](const ValuesCsv::Selection &selection) { return ValuesCsv::parse(QString::fromUtf8(ValuesCsv::write(plan, selection))).size() - 1; };
    CHECK(rows({SchoolYear(2024), QStringLiteral("Chief Financial Officer"), {}, false}) == 2);
    CHECK(rows({SchoolYear(2024), {}, QStringLiteral("P2"), false}) == 14);
    const int missing = int(rows({SchoolYear(2024), {}, {}, true}));
    CHECK(missing > 0);
    CHECK(missing < 32);
}

TEST_CASE("an edited sheet applies exactly the edits", "[values]")
{
    const Plan plan = storedSample();
    const auto reading = readSheet(plan, QStringLiteral("edited.csv"));
    REQUIRE(reading.problems.empty());
    REQUIRE(reading.changes.size() == 2);
    CHECK(reading.unchanged == 1); // the blank actual
    CHECK(reading.changes[0].code == QStringLiteral("1.2-L1"));
    CHECK(reading.changes[0].line == 2);
    CHECK(reading.changes[0].before->value == 72);
    CHECK(reading.changes[0].after.value == 75);
    CHECK(reading.changes[0].after.note == QStringLiteral("Revised"));
    CHECK(reading.changes[0].after.source.isEmpty()); // the measure's own source
    CHECK(reading.changes[0].after.who == QStringLiteral("ana"));
    CHECK(reading.changes[1].after.preliminary);

    const auto applied = ValuesCsv::apply(plan, reading.changes);
    REQUIRE(applied.after.size() == 2);
    CHECK(applied.after[0].actuals.at(SchoolYear(2024)).value == 75);
    CHECK(applied.after[0].actuals.at(SchoolYear(2023)).value == 71); // other years untouched
}

TEST_CASE("sheets saved by Excel and LibreOffice are understood", "[values]")
{
    const Plan plan = readPlanJson(socorroSample());
    struct Case {
        const char *file;
        const char *code;
        double value;
    };
    const Case cases[] = {
        {"libreoffice-semicolon.csv", "1.2-L1", 74.5}, // semicolons, decimal comma, LF
        {"excel-tab.csv", "1.2-L1", 76},                // tabs, BOM, CRLF, quotes, "76%", 2024-2025
        {"excel-latin1.csv", "1.2-L1", 73},             // Windows text, no BOM
        {"thousands.csv", "2.1-L1", 1234.5},            // "1,234.5" (a percentage: a count is whole)
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const auto reading = readSheet(plan, QString::fromLatin1(c.file));
        for (const auto &problem : reading.problems)
            UNSCOPED_INFO(problem.toString().toStdString());
        REQUIRE(reading.problems.empty());
        REQUIRE_FALSE(reading.changes.empty());
        CHECK(reading.changes[0].code == QLatin1String(c.code));
        CHECK(reading.changes[0].after.value == Approx(c.value));
    }
    CHECK(readSheet(plan, QStringLiteral("excel-tab.csv")).changes[0].after.note == QStringLiteral("Note with \"quotes\""));
    CHECK(readSheet(plan, QStringLiteral("excel-latin1.csv")).changes[0].after.note == QStringLiteral("Revisi\u00f3n"));
    CHECK(readSheet(plan, QStringLiteral("libreoffice-semicolon.csv")).changes[1].after.value == Approx(9.0));
}

TEST_CASE("each malformed sheet is refused with its line", "[values]")
{
    const Plan plan = readPlanJson(socorroSample());
    struct Case {
        const char *file;
        int line;
        const char *words;
    };
    const Case cases[] = {
        {"unknown-code.csv", 2, "no measure with the code \"9.9-X\""},
        {"year-outside.csv", 2, "outside the plan's school years"},
        {"year-not-year.csv", 2, "\"next year\" is not a school year"},
        {"text-actual.csv", 2, "the actual of 1.2-L1 for 2024-25: \"about fifty\" is not a number"},
        {"duplicate.csv", 3, "2024-25 appears a second time; keep one (the first is on line 2)"},
        {"changed-target.csv", 2, "targets are not imported"},
        {"narrative.csv", 2, "not a numeric measure"},
        {"bad-status.csv", 2, "neither preliminary nor final"},
        {"percent-text.csv", 2, "\"56%%\""},
        {"good-then-bad.csv", 3, "\"n/a\""},
        {"no-header.csv", 1, "the header has no"},
        {"missing-actual-column.csv", 1, "no \"actual\" column"},
        {"empty.csv", 0, "the file is empty"},
        {"mixed-decimals.csv", 0, "one convention throughout"},
        {"not-csv.csv", 1, "the header has no"},
        {"bad-as-of.csv", 2, "\"June 2025\" is not a date"},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const auto reading = readSheet(plan, QString::fromLatin1(c.file));
        REQUIRE_FALSE(reading.problems.empty());
        const bool named = std::any_of(reading.problems.begin(), reading.problems.end(), [&](const ValuesCsv::Problem &p) {
            return p.line == c.line && p.message.contains(QString::fromUtf8(c.words));
        });
        for (const auto &problem : reading.problems)
            UNSCOPED_INFO(problem.toString().toStdString());
        CHECK(named);
    }
}

TEST_CASE("a preliminary value becomes final, and the file records where it came from", "[values]")
{
    QTemporaryDir dir;
    Plan plan = readPlanJson(socorroSample());
    Measure &ccmr = const_cast<Measure &>(measureOf(plan, QStringLiteral("1.2-L1")));
    ccmr.actuals[SchoolYear(2024)].preliminary = true;
    const QString path = dir.filePath(QStringLiteral("plan.cairn"));
    const auto repository = Repository::create(path, plan);
    const Plan stored = repository->load();

    const auto reading = readSheet(stored, QStringLiteral("prelim-to-final.csv"));
    REQUIRE(reading.problems.empty());
    REQUIRE(reading.changes.size() == 1);
    CHECK(reading.changes[0].before->preliminary);
    CHECK_FALSE(reading.changes[0].after.preliminary);

    const auto applied = ValuesCsv::apply(stored, reading.changes);
    repository->updateMeasures({{applied.before[0], applied.after[0]}}, QStringLiteral("prelim-to-final.csv"));
    const Plan after = repository->load();
    CHECK_FALSE(measureOf(after, QStringLiteral("1.2-L1")).actuals.at(SchoolYear(2024)).preliminary);
    CHECK(after.audit.back().field == QStringLiteral("actual 2024-25"));
    CHECK(after.audit.back().oldValue == QStringLiteral("72 (preliminary; Illustrative)"));
    CHECK(after.audit.back().who.endsWith(QStringLiteral("from prelim-to-final.csv")));
}

namespace {

const char *const sheetHeader = "code,measure,owner,unit,school year,target,actual,note,source,status\r\n";

// A sheet for measure 1.2-L1 (whose 2024-25 target is 77), one row per entry.
QByteArray sheetOf(const QStringList &rows)
{
    QByteArray sheet(sheetHeader);
    for (const QString &row : rows)
        sheet += row.toUtf8() + "\r\n";
    return sheet;
}

bool refusedOnLine(const ValuesCsv::Reading &reading, int line, const QString &words)
{
    for (const auto &problem : reading.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    return std::any_of(reading.problems.begin(), reading.problems.end(), [&](const ValuesCsv::Problem &p) {
        return p.line == line && p.message.contains(words);
    });
}

} // namespace

TEST_CASE("two rows for one measure and school year are refused however the year is written", "[values]")
{
    const Plan plan = readPlanJson(socorroSample());
    const auto [first, second] = GENERATE(table<const char *, const char *>({
        {"2024-25", "2024"},
        {"2024", "2024-2025"},
        {"2024/25", "2024-25"},
        {"2024\u201325", "2024-25"},
        {"2024-25", "2024-25"},
    }));
    const QString one = QString::fromUtf8(first);
    const QString two = QString::fromUtf8(second);
    INFO(first << " then " << second);
    const auto reading = ValuesCsv::read(plan, sheetOf({QStringLiteral("1.2-L1,x,x,percent,%1,77,70,first,,").arg(one),
                                                        QStringLiteral("1.2-L1,x,x,percent,%1,77,71,second,,").arg(two)}),
                                         QStringLiteral("ana"), now);
    const QString words = one == two ? QStringLiteral("2024-25 appears a second time; keep one")
                                     : QStringLiteral("\"%1\" and \"%2\" are the same school year (2024-25); keep one").arg(one, two);
    CHECK(refusedOnLine(reading, 3, words));
    CHECK(refusedOnLine(reading, 3, QStringLiteral("line 2")));
    CHECK(std::none_of(reading.changes.begin(), reading.changes.end(), [](const ValuesCsv::Change &c) { return c.line == 3; }));
}

TEST_CASE("a value or note beyond the plan's limits is refused by its line and changes nothing", "[values]")
{
    const Plan plan = readPlanJson(socorroSample());
    const QString longNote(100'001, QLatin1Char('n'));
    struct Case {
        QString actual;
        QString note;
        const char *words;
    };
    const std::vector<Case> cases{
        {QStringLiteral("1e20"), {}, "between -1e15 and 1e15"},
        {QStringLiteral("1") + QString(300, QLatin1Char('0')), {}, "between -1e15 and 1e15"},
        {QStringLiteral("-1e16"), {}, "between -1e15 and 1e15"},
        {QStringLiteral("1000000000000001"), {}, "between -1e15 and 1e15"},
        {QStringLiteral("NaN"), {}, "is not a number"},
        {QStringLiteral("nan"), {}, "is not a number"},
        {QStringLiteral("inf"), {}, "is not a number"},
        {QStringLiteral("-Infinity"), {}, "is not a number"},
        {QStringLiteral("1e999"), {}, "is not a number"},
        {QStringLiteral("70"), longNote, "100001 characters long; at most 100000"},
    };
    for (const Case &c : cases) {
        INFO(c.actual.left(20).toStdString());
        const auto reading = ValuesCsv::read(plan, sheetOf({QStringLiteral("1.2-L1,x,x,percent,2024-25,77,%1,%2,,").arg(c.actual, c.note)}),
                                             QStringLiteral("ana"), now);
        CHECK(refusedOnLine(reading, 2, QString::fromUtf8(c.words)));
        CHECK(reading.changes.empty());
    }
}

TEST_CASE("a value of exactly 1e15 and a note at the length limit are accepted", "[values]")
{
    const Plan plan = readPlanJson(socorroSample());
    const QString note(100'000, QLatin1Char('n')); // the limit docs/file-format.md gives
    const auto [actual, value] = GENERATE(table<const char *, double>({
        {"1e15", 1e15},
        {"-1e15", -1e15},
        {"1000000000000000", 1e15},
        {"-1000000000000000", -1e15},
        {"1E+15", 1e15},
    }));
    INFO(actual);
    const auto reading = ValuesCsv::read(plan, sheetOf({QStringLiteral("1.2-L1,x,x,percent,2024-25,77,%1,%2,,").arg(QString::fromUtf8(actual), note)}),
                                         QStringLiteral("ana"), now);
    for (const auto &problem : reading.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    CHECK(reading.problems.empty());
    REQUIRE(reading.changes.size() == 1);
    CHECK(reading.changes[0].after.value == value);
    CHECK(reading.changes[0].after.note.size() == 100'000);
}

TEST_CASE("a sheet's value in a unit its measure does not have is refused by its line; one far beyond what the measure "
          "has had is imported with a warning",
          "[values][plausibility]")
{
    const Plan plan = readPlanJson(socorroSample());
    // 1.2-L7 counts students (targets 125, actuals up to 131); 1.2-L1 is a percentage.
    const auto reading = ValuesCsv::read(plan,
                                         sheetOf({QStringLiteral("1.2-L7,x,x,count,2024-25,125,24.5%,,,"),
                                                  QStringLiteral("1.2-L7,x,x,count,2025-26,125,\"130.5\",,,"),
                                                  QStringLiteral("1.2-L1,x,x,percent,2024-25,77,$70,,,"),
                                                  QStringLiteral("1.2-L7,x,x,count,2026-27,125,\"2,400\",,,"),
                                                  QStringLiteral("1.2-L1,x,x,percent,2025-26,84,80,,,")}),
                                         QStringLiteral("ana"), now);
    CHECK(refusedOnLine(reading, 2, QStringLiteral("the actual of 1.2-L7 for 2024-25: \"24.5%\": 1.2-L7 is a count, so \"%\" is not its unit")));
    CHECK(refusedOnLine(reading, 3, QStringLiteral("1.2-L7 is a count of whole things")));
    CHECK(refusedOnLine(reading, 4, QStringLiteral("1.2-L1 is a percentage, so \"$\" is not its unit")));
    CHECK(reading.problems.size() == 3);
    REQUIRE(reading.changes.size() == 2);
    CHECK(reading.changes[0].after.value == 2400); // "2,400" read exactly
    REQUIRE(reading.warnings.size() == 1);
    CHECK(reading.warnings[0].line == 5);
    CHECK(reading.warnings[0].message.contains(QStringLiteral("check the actual of 1.2-L7 for 2026-27")));
    CHECK(reading.warnings[0].message.contains(QStringLiteral("more than 3 times the largest value in the baseline, targets and actuals of 1.2-L7 (131)")));
}

TEST_CASE("a student group's size goes out in the sheet's n column and comes back", "[values][suppression]")
{
    Plan plan = storedSample();
    const SchoolYear year(2022);
    Measure *group = nullptr;
    forEachItem(plan, [&](const ItemView &item) {
        if (item.kind == ItemKind::Measure && item.code == QStringLiteral("1.1-L1c"))
            group = const_cast<Measure *>(item.measure);
    });
    REQUIRE(group);
    group->actuals.at(year).n = 14;
    const QByteArray sheet = ValuesCsv::write(plan, {year, {}, {}, false});
    CHECK(sheet.startsWith("\xEF\xBB\xBF" "code,measure,owner,unit,school year,target,actual,n,note,source,status,as of\r\n"));
    CHECK(sheet.contains(",21,14,Illustrative,"));

    // Read back as it is: nothing changes.
    const auto same = ValuesCsv::read(plan, sheet, QStringLiteral("ana"), now);
    CHECK(same.problems.empty());
    CHECK(same.changes.empty());

    // An owner fills in a size, and corrects another.
    QByteArray edited = sheet;
    edited.replace(",21,14,Illustrative,", ",21,9,Illustrative,");
    edited.replace(",47,,Illustrative,", ",47,230,Illustrative,");
    const auto reading = ValuesCsv::read(plan, edited, QStringLiteral("ana"), now);
    REQUIRE(reading.problems.empty());
    REQUIRE(reading.changes.size() == 2);
    CHECK(reading.changes[0].code == QStringLiteral("1.1-L1b"));
    CHECK(reading.changes[0].after.n == 230);
    CHECK(reading.changes[0].after.value == 47);
    CHECK(reading.changes[1].code == QStringLiteral("1.1-L1c"));
    CHECK(reading.changes[1].before->n == 14);
    CHECK(reading.changes[1].after.n == 9);
}

TEST_CASE("a group size that is not a whole number of students is refused by its line", "[values][suppression]")
{
    const Plan plan = storedSample();
    for (const char *n : {"12.5", "-3", "a few", "20000000"}) {
        INFO(n);
        const QByteArray sheet = QByteArray("code,school year,actual,n\r\n1.1-L1c,2022-23,21,") + n + "\r\n";
        const auto reading = ValuesCsv::read(plan, sheet, QStringLiteral("ana"), now);
        CHECK(reading.changes.empty());
        REQUIRE(reading.problems.size() == 1);
        CHECK(reading.problems[0].line == 2);
        CHECK(reading.problems[0].message
              == QStringLiteral("the group size (n) of 1.1-L1c for 2022-23, \"%1\": a group size is a whole number of students, 0 or more")
                     .arg(QString::fromLatin1(n)));
    }
}
