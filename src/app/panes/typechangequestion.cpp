#include "typechangequestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace cairn {

namespace {

using Words = TypeChangeQuestion;

// "a, b and c"
QString listed(QStringList parts)
{
    const QString last = parts.takeLast();
    return parts.isEmpty() ? last : Words::tr("%1 and %2").arg(parts.join(Words::tr(", ")), last);
}

// What a measure of its type holds that a measure of another type does not show.
QStringList ownFields(const Measure &measure)
{
    QStringList fields;
    switch (measure.type) {
    case MeasureType::Numeric:
        if (const auto count = measure.targets.size())
            fields.append(count == 1 ? Words::tr("1 target") : Words::tr("%1 targets").arg(count));
        if (const auto count = measure.actuals.size())
            fields.append(count == 1 ? Words::tr("1 actual value") : Words::tr("%1 actual values").arg(count));
        if (measure.baseline.value)
            fields.append(Words::tr("a baseline"));
        if (measure.finalTarget.value)
            fields.append(Words::tr("a final target"));
        break;
    case MeasureType::Milestone:
        if (measure.dueDate.isValid())
            fields.append(Words::tr("a due date"));
        if (measure.completedDate.isValid())
            fields.append(Words::tr("a completed date"));
        if (!measure.evidence.isEmpty())
            fields.append(Words::tr("evidence"));
        break;
    case MeasureType::Narrative:
        break;
    }
    return fields;
}

struct TypeWords {
    QString subject; // "A milestone"
    QString button;  // "Change to Milestone"
    QString back;    // "to a milestone"
};

TypeWords words(MeasureType type)
{
    switch (type) {
    case MeasureType::Numeric:
        return {Words::tr("A measure of numbers"), Words::tr("Change to &Numbers"), Words::tr("to numbers")};
    case MeasureType::Milestone:
        return {Words::tr("A milestone"), Words::tr("Change to &Milestone"), Words::tr("to a milestone")};
    case MeasureType::Narrative:
        return {Words::tr("A narrative measure"), Words::tr("Change to &Narrative"), Words::tr("to a narrative")};
    }
    return {};
}

} // namespace

bool TypeChangeQuestion::confirm(QWidget *parent, const Measure &measure, MeasureType type)
{
    const QStringList hidden = ownFields(measure);
    if (type == measure.type || hidden.isEmpty())
        return true;
    const TypeWords to = words(type);
    QMessageBox ask(QMessageBox::Question, tr("Change the type of measure %1?").arg(measure.code),
                    tr("Measure %1 has %2. %3 does not show them; they are kept, and come back if you change it back %4.")
                        .arg(measure.code, listed(hidden), to.subject, words(measure.type).back),
                    QMessageBox::NoButton, parent);
    ask.setObjectName(QStringLiteral("typeChangeQuestion"));
    QPushButton *change = ask.addButton(to.button, QMessageBox::AcceptRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    return ask.clickedButton() == change;
}

} // namespace cairn
