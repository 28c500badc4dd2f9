#pragma once

#include "action.h"

#include <QCoreApplication>

#include <optional>

namespace cairn {

// An action's timeline as plans write it: "2021-22, then every year",
// "2022-23 and ongoing", "2022-23 to 2024-25", "from 2023-24", "by
// 2024-06-30", or "" when the plan gives none.
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(cairn::TimelineText)

public:
    static QString of(const Action &action);

    // A start as plans write it: "2021-22", "2021-22 (and recurring)",
    // "2022-23 (and ongoing)", "2021-22, then every year", "2022-23 and
    // ongoing". Nothing when the text is none of these.
    struct Start {
        Timepoint start;
        bool recurring = false; // "(and recurring)", ", then every year"
        bool ongoing = false;   // "(and ongoing)": due is "ongoing"
    };
    static std::optional<Start> parseStart(const QString &text);
};

} // namespace cairn
