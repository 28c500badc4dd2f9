#include "valueapproval.h"

#include "planwalk.h"

#include <QLocale>

#include <algorithm>

namespace cairn {

namespace {

// The figure and what describes it, without its approval state.
bool sameEntry(const Actual &a, const Actual &b)
{
    return a.value == b.value && a.note == b.note && a.n == b.n && a.source == b.source && a.asOf == b.asOf;
}

} // namespace

std::vector<ValueApproval::Pending> ValueApproval::queue(const Plan &plan)
{
    std::vector<Pending> pending;
    forEachItem(plan, [&](const ItemView &item) {
        if (!item.measure)
            return;
        for (const auto &[year, actual] : item.measure->actuals)
            if (actual.preliminary)
                pending.push_back({item.measure->id, item.code, item.title, item.owner(), year, actual});
    });
    // Outline order within a year is kept: a stable sort by year alone.
    std::stable_sort(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) { return b.year < a.year; });
    return pending;
}

void ValueApproval::markEntered(const Measure &before, Measure &after, bool waitForApproval)
{
    for (auto &[year, actual] : after.actuals) {
        const auto old = before.actuals.find(year);
        if (old != before.actuals.end() && sameEntry(old->second, actual))
            continue;
        actual.returned.clear();
        if (waitForApproval)
            actual.preliminary = true;
    }
}

Actual ValueApproval::approved(Actual actual)
{
    actual.preliminary = false;
    actual.returned.clear();
    return actual;
}

Actual ValueApproval::returned(Actual actual, const QString &note)
{
    actual.preliminary = true;
    actual.returned = note;
    return actual;
}

QString ValueApproval::dueText(const Plan &plan, const QDate &today)
{
    const QString year = plan.reportYear.label();
    if (!plan.dataCallDue.isValid())
        return tr("The coordinator has set no due date for the %1 values.").arg(year);
    const QString date = QLocale().toString(plan.dataCallDue, QLocale::LongFormat);
    const qint64 days = today.daysTo(plan.dataCallDue);
    if (days == 0)
        return tr("The %1 values are due today, %2.").arg(year, date);
    if (days > 0)
        return tr("The %1 values are due %2, %3.").arg(year, date, tr("in %n days", nullptr, int(days)));
    return tr("The %1 values were due %2, %3.").arg(year, date, tr("%n days ago", nullptr, int(-days)));
}

OwnerUpdates OwnerUpdates::of(const Plan &plan, const QStringList &names)
{
    OwnerUpdates updates;
    forEachItem(plan, [&](const ItemView &item) {
        if (!names.contains(item.owner(), Qt::CaseInsensitive))
            return;
        if (item.action)
            updates.actions.push_back(item.action);
        else if (item.measure && item.measure->type == MeasureType::Numeric) {
            const auto actual = item.measure->actuals.find(plan.reportYear);
            updates.measures.push_back({item.measure, actual == item.measure->actuals.end() ? nullptr : &actual->second});
        }
    });
    return updates;
}

QStringList OwnerUpdates::namesOf(const Plan &plan, const QString &name, const QString &role)
{
    QStringList names;
    auto add = [&](const QString &text) {
        if (!text.trimmed().isEmpty() && !names.contains(text.trimmed(), Qt::CaseInsensitive))
            names.append(text.trimmed());
    };
    add(name);
    add(role);
    for (const Person &person : plan.people)
        if (!name.trimmed().isEmpty() && person.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            add(person.role);
    return names;
}

int OwnerUpdates::missing() const
{
    return int(std::count_if(measures.begin(), measures.end(), [](const MeasureRow &row) { return !row.actual; }));
}

int OwnerUpdates::returned() const
{
    return int(std::count_if(measures.begin(), measures.end(),
                             [](const MeasureRow &row) { return row.actual && !row.actual->returned.isEmpty(); }));
}

int OwnerUpdates::waiting() const
{
    return int(std::count_if(measures.begin(), measures.end(), [](const MeasureRow &row) {
        return row.actual && row.actual->preliminary && row.actual->returned.isEmpty();
    }));
}

} // namespace cairn
