#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cairn {

// The student groups a plan's text names ("English learners", "emergent
// bilingual students", "students with disabilities", in English or
// Spanish), found by the words and abbreviations plans use for them, so
// that the plan-quality rubric can ask for an outcome for each group the
// plan names.
class StudentGroups
{
    Q_DECLARE_TR_FUNCTIONS(cairn::StudentGroups)

public:
    // The keys of the groups `text` names ("english-learners"), in the
    // order of the table, each once.
    static QStringList named(const QString &text);
    // The group's name as people read it: "English learners".
    static QString label(const QString &key);
};

} // namespace cairn
