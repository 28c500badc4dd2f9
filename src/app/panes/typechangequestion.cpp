#include "typechangequestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace cairn {

namespace {

// "a, b and c"
QString listed(QStringList parts)
{
    const QString last = parts.takeLast();
    return parts.isEmpty() ? last : TypeChangeQuestion::tr("%1 and %2").arg(parts.join(TypeChangeQuestion::tr(", ")), last);
}

// What a measure of its type holds that a measure of another type does not show.
QStringList ownFields(const Measure &measure)
{
    QStringList fields;
    switch (measure.type) {
    case MeasureType::Numeric:
        if (const auto count = measure.targets.size())
            fields.append(count == 1 ? TypeChangeQuestion::tr("1 target") : TypeChangeQuestion::tr("%1 targets").arg(count));
        if (const auto count = measure.actuals.size())
            fields.append(count == 1 ? TypeChangeQuestion::tr("1 actual value") : TypeChangeQuestion::tr("%1 actual values").arg(count));
        if (measure.baseline.value)
            fields.append(TypeChangeQuestion::tr("a baseline"));
        if (measure.finalTarget.value)
            fields.append(TypeChangeQuestion::tr("a final target"));
        break;
    case MeasureType::Milestone:
        if (measure.dueDate.isValid())
            fields.append(TypeChangeQuestion::tr("a due date"));
        if (measure.completedDate.isValid())
            fields.append(TypeChangeQuestion::tr("a completed date"));
        if (!measure.evidence.isEmpty())
            fields.append(TypeChangeQuestion::tr("evidence"));
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
        return {TypeChangeQuestion::tr("A measure of numbers"), TypeChangeQuestion::tr("Change to &Numbers"), TypeChangeQuestion::tr("to numbers")};
    case MeasureType::Milestone:
        return {TypeChangeQuestion::tr("A milestone"), TypeChangeQuestion::tr("Change to &Milestone"), TypeChangeQuestion::tr("to a milestone")};
    case MeasureType::Narrative:
        return {TypeChangeQuestion::tr("A narrative measure"), TypeChangeQuestion::tr("Change to &Narrative"), TypeChangeQuestion::tr("to a narrative")};
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
