#pragma once

#include "storage/jsonnode.h"

#include "core/plancheck.h"
#include "core/rubric.h"

#include <QByteArray>

namespace cairn {

// A plan-quality rubric as a district writes its state's (docs/plan-quality.md):
// which components the state reviews, in its order, with its labels and
// thresholds; and what `cairn-cli check --format json` writes.
class QualityJson
{
    Q_DECLARE_TR_FUNCTIONS(cairn::QualityJson)

public:
    static constexpr const char *Format = "cairn-rubric";
    static constexpr int Version = 1;

    struct Read {
        std::optional<RubricCriteria> criteria;
        std::vector<JsonProblem> problems; // each with its path; none when criteria is set
        QString unreadable;                // why the file could not be read at all
    };
    // Checks the whole document first: any problem and nothing is read.
    static Read readCriteria(const QByteArray &text);
    // The rubric in the file at `path`, or why the file cannot be read.
    static Read readCriteriaFile(const QString &path);

    // The check of one plan: its findings one by one (with their group) and,
    // when a rubric was given, each component's rating and what to add.
    static QByteArray writeCheck(const QString &file, const std::vector<Finding> &findings, const RubricCriteria *criteria,
                                 const std::vector<RubricResult> &results);
};

} // namespace cairn
