#include "outcometable.h"

#include "html.h"

#include "core/coveragetext.h"
#include "core/duedate.h"

namespace cairn::web {

namespace {

QString latestAssessment(const Measure &measure, SchoolYear year)
{
    QString text;
    for (const Assessment &assessment : measure.assessments) {
        if (assessment.year <= year)
            text = assessment.rationale;
    }
    return text;
}

} // namespace

QString OutcomeTable::html(const SiteContext &site, const std::vector<const Measure *> &measures, const QString &caption)
{
    QString rows;
    for (const Measure *measure : measures) {
        if (measure->type == MeasureType::Numeric)
            continue;
        const ItemStatus *item = site.status.find(measure->code);
        const QString status = item ? Html::status(item->judgement.status, CoverageText::status(*item)) : QString();
        const QString due = measure->dueDate.isValid() ? DueDate{measure->dueDate, measure->dueText}.display() : QString();
        const QString done = measure->completedDate.isValid() && measure->completedDate <= site.options.year.lastDay()
                                 ? measure->completedDate.toString(Qt::ISODate)
                                 : QString();
        const QString note = measure->type == MeasureType::Milestone ? measure->evidence : latestAssessment(*measure, site.options.year);
        rows += QStringLiteral("<tr id=\"%1\"><th scope=\"row\">%2%3</th><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(Html::anchor(QStringLiteral("measure"), measure->code),
                         Html::escaped(tr("%1 %2").arg(measure->code, measure->name).trimmed()), Html::parts(measure->description),
                         Html::escaped(due.isEmpty() ? QStringLiteral("—") : due), Html::escaped(done.isEmpty() ? QStringLiteral("—") : done),
                         status, Html::parts(note));
    }
    if (rows.isEmpty())
        return {};
    const QString table = QStringLiteral("<table class=\"outcomes\">\n<caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th>"
                                         "<th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th>"
                                         "<th scope=\"col\">%6</th></tr></thead>\n<tbody>\n%7</tbody>\n</table>\n")
                              .arg(Html::escaped(caption), Html::escaped(tr("Outcome")), Html::escaped(tr("Due")), Html::escaped(tr("Completed")),
                                   Html::escaped(tr("Status")), Html::escaped(tr("Evidence or assessment")), rows);
    return Html::scrollable(caption, table);
}

} // namespace cairn::web
