#pragma once

#include "schoolyear.h"

#include <QCoreApplication>
#include <QDate>

namespace cairn {

// The limits every value of a plan keeps, whichever way it comes in: the
// JSON reader, the values sheet, the editor panes; PlanCheck reports a plan
// that breaks them. Holding them in one place means that whatever Cairn
// accepts one way it can export and import again (docs/file-format.md,
// "Rules for every value").
//
// Each check returns what is wrong as a phrase that callers put after their
// own context ("line 4: ...", "plan.title: ..."), or an empty string.
class PlanRules
{
    Q_DECLARE_TR_FUNCTIONS(cairn::PlanRules)

public:
    // Values, targets, baselines and tolerances. A double holds every whole
    // number up to 2^53 (about 9e15) exactly; 1e15 leaves room for the
    // differences and sums the status rules make.
    static constexpr double MaxMagnitude = 1e15;
    // Characters in a text, by what the text is.
    static constexpr int MaxCodeLength = 40;
    static constexpr int MaxNameLength = 1'000; // names, titles, owners, sources
    static constexpr int MaxUnitLength = 100;
    static constexpr int MaxTextLength = 100'000; // descriptions, notes
    static constexpr int MaxDecimals = 6;

    // `what` names the value in the message: "the tolerance", "the note".
    static QString numberProblem(const QString &what, double value);
    static QString textProblem(const QString &what, const QString &text, int maxLength);
    static QString requiredTextProblem(const QString &what, const QString &text, int maxLength);
    static QString wholeNumberProblem(const QString &what, int value, int min, int max);
    // Dates are those of school years Cairn knows, from 1900 to 2201.
    static QString dateProblem(const QString &what, const QDate &date);

    // A code identifies an item; uniqueness is ItemCodes' part.
    static QString codeProblem(const QString &code);
    // How far a value may miss its target and still be at risk: a number,
    // not negative.
    static QString toleranceProblem(double tolerance);

    // A collection keyed by school year (targets, actuals, assessments) met
    // the year `year` a second time, written `first` and then `second`.
    static QString sameYearProblem(const QString &first, const QString &second, SchoolYear year);
};

} // namespace cairn
