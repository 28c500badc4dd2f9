#pragma once

#include "planstatus.h"

#include <QCoreApplication>

namespace cairn {

// A rolled-up status told with what it stands on, and a rollup's progress
// told honestly: the dashboard, the report and the CLI all take the words
// from here.
class CoverageText
{
    Q_DECLARE_TR_FUNCTIONS(cairn::CoverageText)

public:
    // "14 of 46 measures reported", "no measures", or "" when there is
    // nothing under the item.
    static QString reported(const Coverage &coverage);
    // "On track · 14 of 46 measures reported"; "(assessed)" follows the
    // word of a manual assessment.
    static QString status(const ItemStatus &item);

    // How far a rollup is, 0..1: its progress when some of its measures
    // have a progress figure; else the share of its actions complete and
    // dated outcomes met; else none.
    static std::optional<double> progressShare(const ItemStatus &item);
    enum class Form {
        Sentence, // "46% of the way from the baselines to the final targets"
        Short,    // "46% of the way to the final targets", for a narrow bar
        Cell,     // "46%" or "6 of 11 actions", for a table column headed Progress
    };
    // How far a rollup is, in words: from its measures, or else
    // "6 of 11 actions complete · 2 of 3 dated outcomes met" (Cell: "6 of
    // 11 actions · 2 of 3 outcomes"), or else "No progress measured yet"
    // (Cell: "—").
    static QString progress(const ItemStatus &item, Form form = Form::Sentence);
    // Whether a rollup's progress comes from its measures (some have a
    // progress figure); else its actions tell how far it is.
    static bool fromMeasures(const ItemStatus &item);
};

} // namespace cairn
