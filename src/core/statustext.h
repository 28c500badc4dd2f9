#pragma once

#include "enums.h"

#include <QCoreApplication>

namespace cairn {

// How a status is shown to people: a word and a shape, never colour alone.
// The outline, dashboard, charts, CLI and report all take them from here.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(cairn::StatusText)

public:
    // "On track", "At risk", …
    static QString word(Status status);
    // A shape that tells the statuses apart in black and white:
    // ● on track, ▲ at risk, ◆ off track, ✔ complete, ○ not started,
    // ◌ no data, ◇ no target, … not yet due, ✕ discontinued.
    static QString symbol(Status status);
    // How many items have the status, in words that agree with the number:
    // "34 on track", "1 complete"; "10 completados" in Spanish.
    static QString counted(Status status, int count);
    // The same after the status's shape, held together so that a line never
    // breaks inside it: "● 34 on track".
    static QString tally(Status status, int count);
    // "Proposed", "Forwarded to the board", …
    static QString word(RecommendationState state);
    // The same in running text: "proposed", "forwarded to the board" (a
    // name keeps its capitals: "enviada a la Junta Directiva").
    static QString inText(RecommendationState state);
    // "goal", "objective", "action", "measure": in running text.
    static QString word(ItemKind kind);
    // "1 goal", "18 objectives": a number of items, in words that agree with it.
    static QString counted(ItemKind kind, int count);
};

} // namespace cairn
