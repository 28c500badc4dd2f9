#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "core/planstatus.h"
#include "core/reviewcompare.h"
#include "core/statustext.h"
#include "report/minutesreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cairn::cli {

namespace {

// A moment to compare: a review's frozen snapshot, or the plan now.
struct Moment {
    QString label;
    std::vector<SnapshotEntry> snapshot;
    QDate date;
};

// "now", or a review.
std::optional<Moment> momentOf(const QString &name, const Plan &plan, SchoolYear year, QDate asOf, QTextStream &err)
{
    if (name.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0)
        return Moment{Commands::tr("now (%1)").arg(year.label()), ReviewCompare::snapshotOf(PlanStatus::evaluate(plan, year, asOf)), asOf};
    if (const Review *review = PlanIo::findReview(plan, name, err))
        return Moment{review->title, review->snapshot, review->date};
    return std::nullopt;
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : Commands::tr("none");
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString kindWord(ItemChange::Kind kind)
{
    switch (kind) {
    case ItemChange::Kind::Status:
        return QStringLiteral("status");
    case ItemChange::Kind::Actual:
        return QStringLiteral("actual");
    case ItemChange::Kind::Target:
        return QStringLiteral("target");
    case ItemChange::Kind::Added:
        return QStringLiteral("added");
    case ItemChange::Kind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QJsonArray recommendationsJson(const std::vector<RecommendationChange> &changes)
{
    QJsonArray array;
    for (const RecommendationChange &change : changes)
        array.append(QJsonObject{{QStringLiteral("review"), change.review},
                                 {QStringLiteral("text"), change.text},
                                 {QStringLiteral("item"), change.item.isEmpty() ? QJsonValue() : QJsonValue(change.item)},
                                 {QStringLiteral("state"), toToken(change.state)},
                                 {QStringLiteral("date"), change.date.toString(Qt::ISODate)}});
    return array;
}

QByteArray comparisonJson(const Comparison &comparison)
{
    QJsonArray changes;
    for (const ItemChange &change : comparison.changes) {
        QJsonObject object{{QStringLiteral("change"), kindWord(change.kind)},
                           {QStringLiteral("kind"), toToken(change.item)},
                           {QStringLiteral("code"), change.code},
                           {QStringLiteral("title"), change.title}};
        if (change.statusBefore)
            object.insert(QStringLiteral("statusBefore"), toToken(*change.statusBefore));
        if (change.statusAfter)
            object.insert(QStringLiteral("statusAfter"), toToken(*change.statusAfter));
        if (change.kind == ItemChange::Kind::Actual || change.kind == ItemChange::Kind::Target) {
            object.insert(QStringLiteral("before"), jsonNumber(change.before));
            object.insert(QStringLiteral("after"), jsonNumber(change.after));
        }
        changes.append(object);
    }
    const QJsonObject root{{QStringLiteral("from"), comparison.from},
                           {QStringLiteral("to"), comparison.to},
                           {QStringLiteral("changes"), changes},
                           {QStringLiteral("recommendationsOpened"), recommendationsJson(comparison.opened)},
                           {QStringLiteral("recommendationsDecided"), recommendationsJson(comparison.closed)}};
    return QJsonDocument(root).toJson();
}

void printComparison(const Comparison &comparison, QTextStream &out)
{
    out << Commands::tr("From %1 to %2").arg(comparison.from, comparison.to) << "\n\n";
    const auto status = [](const std::optional<Status> &value) {
        return value ? StatusText::symbol(*value) + QLatin1Char(' ') + StatusText::word(*value) : QString();
    };
    if (comparison.changes.empty())
        out << Commands::tr("No item changed.") << '\n';
    for (const ItemChange &change : comparison.changes) {
        out << "  " << change.code.leftJustified(10) << ' ';
        switch (change.kind) {
        case ItemChange::Kind::Status:
            out << Commands::tr("status %1 → %2").arg(status(change.statusBefore), status(change.statusAfter));
            break;
        case ItemChange::Kind::Actual:
            out << Commands::tr("actual %1 → %2").arg(number(change.before), number(change.after));
            break;
        case ItemChange::Kind::Target:
            out << Commands::tr("target %1 → %2").arg(number(change.before), number(change.after));
            break;
        case ItemChange::Kind::Added:
            out << Commands::tr("added: %1").arg(change.title.simplified());
            break;
        case ItemChange::Kind::Removed:
            out << Commands::tr("removed: %1").arg(change.title.simplified());
            break;
        }
        out << '\n';
    }
    const auto recommendations = [&out](const QString &heading, const std::vector<RecommendationChange> &list) {
        out << '\n' << heading << '\n';
        if (list.empty())
            out << "  " << Commands::tr("none") << '\n';
        for (const RecommendationChange &change : list)
            out << "  " << change.date.toString(Qt::ISODate) << "  " << StatusText::word(change.state).leftJustified(24) << change.text << '\n';
    };
    recommendations(Commands::tr("Recommendations proposed:"), comparison.opened);
    recommendations(Commands::tr("Recommendations decided:"), comparison.closed);
}

int list(Context &context)
{
    CommandLine line(QStringLiteral("review list"), Commands::tr("Lists the plan's reviews: date, school year, attendees, notes and "
                                                                 "recommendations by state."));
    line.addPositional(QStringLiteral("IN.cairn"), Commands::tr("the plan file (or a JSON plan) to read"));
    if (const auto stop = line.parse(context))
        return *stop;
    const auto plan = PlanIo::read(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    if (plan->reviews.empty())
        context.out << Commands::tr("The plan has no reviews yet.") << '\n';
    for (std::size_t i = 0; i < plan->reviews.size(); ++i) {
        const Review &review = plan->reviews[i];
        QMap<int, int> states;
        for (const Recommendation &recommendation : review.recommendations)
            ++states[int(recommendation.state())];
        QStringList counts;
        for (auto it = states.begin(); it != states.end(); ++it)
            counts.append(QStringLiteral("%1 %2").arg(it.value()).arg(StatusText::inText(RecommendationState(it.key()))));
        context.out << i + 1 << ". " << review.title << " — " << review.date.toString(Qt::ISODate) << ", "
                    << Commands::tr("school year %1").arg(review.year.label()) << '\n'
                    << "   " << Commands::tr("%1 attendees, %2 items in the snapshot, %3 notes").arg(review.attendees.size()).arg(review.snapshot.size()).arg(review.notes.size())
                    << '\n'
                    << "   " << Commands::tr("%1 recommendations%2").arg(review.recommendations.size()).arg(counts.isEmpty() ? QString() : QStringLiteral(": ") + counts.join(QStringLiteral(", ")))
                    << '\n';
    }
    return Success;
}

int compare(Context &context)
{
    CommandLine line(QStringLiteral("review compare"),
                     Commands::tr("Compares two reviews, or a review and now: items whose status, actual or target changed, items added "
                                  "or removed, and recommendations proposed and decided in between."));
    line.addPositional(QStringLiteral("IN.cairn"), Commands::tr("the plan file (or a JSON plan) to read"));
    line.addPositional(QStringLiteral("A"), Commands::tr("the earlier review: its number in \"review list\", its title, or now"));
    line.addPositional(QStringLiteral("B"), Commands::tr("the later review, or now"));
    line.addValueOption(QStringLiteral("year"), Commands::tr("for now: the school year to judge; default: the plan's report year"),
                        QStringLiteral("Y"));
    line.addAsOfOption();
    line.addFormatOption(Commands::tr("text or json"));
    if (const auto stop = line.parse(context))
        return *stop;
    const auto format = line.format(context);
    if (const int *stop = std::get_if<int>(&format))
        return *stop;
    const auto asOf = line.asOf(context);
    if (const int *stop = std::get_if<int>(&asOf))
        return *stop;
    const auto plan = PlanIo::read(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    const auto year = line.year(context, *plan);
    if (const int *stop = std::get_if<int>(&year))
        return *stop;
    const auto from = momentOf(line.positional().at(1), *plan, std::get<SchoolYear>(year), std::get<QDate>(asOf), context.err);
    const auto to = momentOf(line.positional().at(2), *plan, std::get<SchoolYear>(year), std::get<QDate>(asOf), context.err);
    if (!from || !to)
        return Refused;
    const Comparison comparison = ReviewCompare::compare(*plan, from->label, from->snapshot, from->date, to->label, to->snapshot, to->date);
    if (std::get<CommandLine::Format>(format) == CommandLine::Format::Json) {
        context.out.flush();
        return PlanIo::writeOutput(QStringLiteral("-"), comparisonJson(comparison), false, context.out, context.err) ? Success : Refused;
    }
    printComparison(comparison, context.out);
    return Success;
}

int minutes(Context &context)
{
    CommandLine line(QStringLiteral("review minutes"),
                     Commands::tr("Writes a review's minutes as a PDF: attendees, summary, goal by goal the status at the meeting "
                                  "with its notes and assessments, and the recommendations with their history."));
    line.addPositional(QStringLiteral("IN.cairn"), Commands::tr("the plan file (or a JSON plan) to read"));
    line.addPositional(QStringLiteral("REVIEW"), Commands::tr("the review: its number in \"review list\" or its title"));
    line.addOutputOption(Commands::tr("the PDF to write"));
    line.addPaperOption();
    line.addFlag(QStringLiteral("force"), Commands::tr("replace OUT.pdf if it exists"));
    line.addLanguageOption();
    if (const auto stop = line.parse(context))
        return *stop;
    if (const auto stop = line.useLanguage(context))
        return *stop;
    const QString output = line.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err << Commands::tr("Name the PDF to write with -o OUT.pdf.") << '\n';
        return Usage;
    }
    const auto paper = line.paper(context);
    if (const int *stop = std::get_if<int>(&paper))
        return *stop;
    if (!PlanIo::mayWrite(output, line.isSet(QStringLiteral("force")), context.err))
        return Refused;
    const auto plan = PlanIo::read(line.positional().at(0), context.err);
    if (!plan)
        return Refused;
    const Review *review = PlanIo::findReview(*plan, line.positional().at(1), context.err);
    if (!review)
        return Refused;
    const MinutesReport minutes(*plan, *review, std::get<ReportOptions::Paper>(paper));
    if (const QString problem = minutes.writePdf(output); !problem.isEmpty()) {
        context.err << problem << '\n';
        return Refused;
    }
    context.out << Commands::tr("Wrote the minutes of the %1 (%2 pages) to %3.").arg(review->title).arg(minutes.pageCount()).arg(output) << '\n';
    return Success;
}

} // namespace

int Commands::review(Context &context)
{
    const QString sub = context.arguments.value(1);
    Context inner{context.arguments.mid(1), context.out, context.err};
    if (sub == QLatin1String("list"))
        return list(inner);
    if (sub == QLatin1String("compare"))
        return compare(inner);
    if (sub == QLatin1String("minutes"))
        return minutes(inner);
    context.err << tr("Use \"cairn-cli review list\", \"review compare\" or \"review minutes\"; add --help to any for its options.") << '\n';
    return Usage;
}

} // namespace cairn::cli
