#pragma once

#include "core/publishedvalues.h"

#include <QCoreApplication>

namespace cairn::report {

// A measure's value for one school year as a published page prints it: the
// value ("42%", "42%*" when preliminary), what readers see in its place when
// it was withheld to protect a small student group ("not shown", ">95%"),
// or "—".
// Shared by the goal sections' tables and the School plans section, so that
// a school's value goes through the same redaction as the district's.
struct PublishedCell {
    Q_DECLARE_TR_FUNCTIONS(cairn::report::PublishedCell)

public:
    QString text;
    bool preliminary = false;
    bool withheld = false;

    // `values` is the plan the measure belongs to, as published.
    static PublishedCell of(const PublishedValues &values, const Measure &measure, SchoolYear year);
    // What a narrow table cell says of a value withheld under `values`' rule:
    // "not shown", or the coded ">95%", "<5%"; the sentence under the table says why.
    static QString withheldText(const PublishedValues &values, Publication mark);
};

} // namespace cairn::report
