#include "planrules.h"

#include <cmath>

namespace cairn {

QString PlanRules::numberProblem(const QString &what, double value)
{
    if (std::isfinite(value) && std::abs(value) <= MaxMagnitude)
        return {};
    // Sixteen digits: enough to show why 1000000000000001 is refused.
    return tr("%1 %2 is not between -1e15 and 1e15").arg(what, QString::number(value, 'g', 16));
}

QString PlanRules::textProblem(const QString &what, const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return {};
    return tr("%1 is %2 characters long; at most %3 are allowed").arg(what).arg(text.size()).arg(maxLength);
}

QString PlanRules::requiredTextProblem(const QString &what, const QString &text, int maxLength)
{
    if (text.trimmed().isEmpty())
        return tr("%1 is required and must not be blank").arg(what);
    return textProblem(what, text, maxLength);
}

QString PlanRules::wholeNumberProblem(const QString &what, int value, int min, int max)
{
    if (value >= min && value <= max)
        return {};
    return tr("%1 is %2; use a whole number from %3 to %4").arg(what).arg(value).arg(min).arg(max);
}

QString PlanRules::dateProblem(const QString &what, const QDate &date)
{
    if (!date.isValid() || (date.year() >= SchoolYear::MinStart && date.year() <= SchoolYear::MaxStart + 1))
        return {};
    return tr("%1 %2 is not between %3 and %4")
        .arg(what, date.toString(Qt::ISODate))
        .arg(SchoolYear::MinStart)
        .arg(SchoolYear::MaxStart + 1);
}

QString PlanRules::codeProblem(const QString &code)
{
    return requiredTextProblem(tr("the code"), code, MaxCodeLength);
}

QString PlanRules::toleranceProblem(double tolerance)
{
    const QString what = tr("the tolerance");
    if (const QString problem = numberProblem(what, tolerance); !problem.isEmpty())
        return problem;
    return tolerance < 0 ? tr("%1 must not be negative").arg(what) : QString();
}

QString PlanRules::sameYearProblem(const QString &first, const QString &second, SchoolYear year)
{
    if (first.trimmed() == second.trimmed())
        return tr("%1 appears a second time; keep one").arg(year.label());
    return tr("\"%1\" and \"%2\" are the same school year (%3); keep one").arg(first, second, year.label());
}

} // namespace cairn
