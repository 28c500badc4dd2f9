#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cairn {

// A due date as plans write it. A date ("2022-01-31", "January 31, 2022")
// is that day; a month ("By January 2022", "Jan. 2022", "end of March
// 2023") is its last day; a season is the last day of its last month
// (Winter: February, Spring: May, Summer: August, Fall or Autumn:
// December), as a school calendar reads them. The words as written are kept
// for display when they are not a plain date.
struct DueDate {
    QDate date;
    QString text; // "By January 2022"; empty for a date written as a date

    // What a person reads: the words as written, else the date (ISO).
    QString display() const;

    // Nothing when `text` names no day, month or season of a year.
    static std::optional<DueDate> parse(const QString &text);
};

} // namespace cairn
