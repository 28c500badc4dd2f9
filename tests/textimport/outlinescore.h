#pragma once

#include "core/plan.h"

#include <QJsonObject>

namespace cairn::test {

// How much of an expected outline a recognised plan holds: per kind, the
// expected items found with the right parent and the right fields.
struct KindScore {
    int expected = 0;
    int right = 0;
    QStringList misses; // "1.2-L3: final target 75 ≠ none"

    double share() const { return expected == 0 ? 1.0 : double(right) / expected; }
};

struct OutlineScore {
    KindScore goals, objectives, actions, measures;
    KindScore about; // mission, vision, theory of action, core values, profile attributes, sections
    int extra = 0; // recognised items that match nothing expected

    QString summary(const QString &name) const;
};

// `expected` is a corpus outline (tests/data/plans-text/*.expected.json):
// goals with objectives, actions and measures, each with its code, its text
// as the plan writes it and, for measures, the fields the text states; and
// "about": the plan's statements and the names of its values and sections.
OutlineScore scoreOutline(const Plan &plan, const QJsonObject &expected);

} // namespace cairn::test
