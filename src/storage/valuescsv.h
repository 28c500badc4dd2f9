#pragma once

#include "core/plan.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cairn {

// The yearly collection sheet: measure values out to a spreadsheet and back
// (docs/collecting-values.md).
class ValuesCsv
{
    Q_DECLARE_TR_FUNCTIONS(cairn::ValuesCsv)

public:
    struct Selection {
        SchoolYear year;
        QString owner;     // only measures of this owner (their own or inherited)
        QString goal;      // only measures under this goal code
        bool missingOnly = false;
    };

    // UTF-8 with a byte-order mark, comma-separated, CRLF line ends, so that
    // Excel and LibreOffice open it with accents intact. Columns: code,
    // measure, owner, unit, school year, target, actual, n (the student
    // group's size), note, source, status, as of.
    static QByteArray write(const Plan &plan, const Selection &selection);

    struct Change {
        int line = 0;
        qint64 measureId = 0;
        QString code;
        SchoolYear year;
        std::optional<Actual> before;
        Actual after;
    };
    struct Problem {
        int line = 0; // 0: the file as a whole
        QString message;
        QString toString() const;
    };
    struct Reading {
        std::vector<Change> changes;
        std::vector<Problem> problems;
        // Values imported as they are but worth a look: far beyond what
        // their measure has had (ValuePlausibility::doubt).
        std::vector<Problem> warnings;
        int unchanged = 0; // rows that repeat what the plan holds, or are blank
    };

    // Reads a sheet, as written above or saved by Excel or LibreOffice
    // (comma, semicolon or tab separated; quoted fields; CRLF; with or
    // without a byte-order mark; decimal point or comma). Every row is
    // checked; nothing is applied here. New values are recorded as entered
    // by `who` at `when`.
    static Reading read(const Plan &plan, const QByteArray &bytes, const QString &who, const QDateTime &when);

    // The measures the changes touch, as they are and as they will be (one
    // entry per measure, however many years change).
    struct Applied {
        std::vector<Measure> before;
        std::vector<Measure> after;
    };
    static Applied apply(const Plan &plan, const std::vector<Change> &changes);

    // Splits CSV text into rows of fields, detecting the separator from the
    // first line. Exposed for tests.
    static QList<QStringList> parse(const QString &text, QChar *separator = nullptr);
};

} // namespace cairn
