#include "cli.h"

#include "commandline.h"
#include "planio.h"

#include "core/plancheck.h"
#include "core/planwalk.h"
#include "textimport/outlineplan.h"
#include "textimport/textimport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cairn::cli {

namespace {

QString kindWord(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Goal: return Commands::tr("Goal");
    case ItemKind::Objective: return Commands::tr("Objective");
    case ItemKind::Action: return Commands::tr("Action");
    case ItemKind::Measure: break;
    }
    return Commands::tr("Measure");
}

int depthOf(const ItemView &item)
{
    switch (item.kind) {
    case ItemKind::Goal: return 0;
    case ItemKind::Objective: return 1;
    case ItemKind::Action: return 2;
    case ItemKind::Measure: break;
    }
    return (item.objective ? 2 : 1) + (item.parentMeasure ? 1 : 0);
}

void printText(const Plan &plan, const QHash<QString, QString> &doubts, const QStringList &unplaced, QTextStream &out)
{
    forEachItem(plan, [&](const ItemView &item) {
        out << QString(depthOf(item) * 2, QLatin1Char(' ')) << kindWord(item.kind) << ' ' << item.code << "  "
            << item.title.section(QLatin1Char('\n'), 0, 0);
        if (doubts.contains(item.code))
            out << "  [" << Commands::tr("uncertain: %1").arg(doubts.value(item.code)) << ']';
        out << '\n';
        if (item.kind != ItemKind::Action)
            return;
        const QString indent((depthOf(item) + 1) * 2, QLatin1Char(' '));
        for (const Responsibility &responsibility : item.action->responsibilities)
            out << indent << (responsibility.duty.isEmpty() ? responsibility.role
                                                             : Commands::tr("%1: %2").arg(responsibility.role, responsibility.duty))
                << '\n';
    });
    if (!unplaced.isEmpty()) {
        out << '\n' << Commands::tr("Paragraphs not placed in the outline:") << '\n';
        for (const QString &paragraph : unplaced)
            out << "  " << paragraph << '\n';
    }
}

QByteArray json(const Plan &plan, const QHash<QString, QString> &doubts, const QStringList &unplaced)
{
    QJsonArray items;
    forEachItem(plan, [&](const ItemView &item) {
        QJsonObject object{{QStringLiteral("kind"), toToken(item.kind)},
                           {QStringLiteral("code"), item.code},
                           {QStringLiteral("title"), item.title},
                           {QStringLiteral("depth"), depthOf(item)}};
        if (doubts.contains(item.code))
            object.insert(QStringLiteral("uncertain"), doubts.value(item.code));
        if (item.kind == ItemKind::Action && !item.action->owner.isEmpty())
            object.insert(QStringLiteral("owner"), item.action->owner);
        if (item.kind == ItemKind::Action && !item.action->responsibilities.empty()) {
            QJsonArray duties;
            for (const Responsibility &responsibility : item.action->responsibilities)
                duties.append(QJsonObject{{QStringLiteral("role"), responsibility.role}, {QStringLiteral("duty"), responsibility.duty}});
            object.insert(QStringLiteral("responsibilities"), duties);
        }
        items.append(object);
    });
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("unplaced"), QJsonArray::fromStringList(unplaced)}})
        .toJson();
}

} // namespace

int Commands::importText(Context &context)
{
    CommandLine line(QStringLiteral("import-text"),
                     tr("Builds a plan file from the text of a plan document (plain text, markdown or HTML): prints the "
                        "outline it recognised, the uncertain readings and the paragraphs it could not place."));
    line.addPositional(QStringLiteral("IN"), tr("the plan document as .txt, .md or .html"));
    line.addPositional(QStringLiteral("OUT.cairn"), tr("the plan file to create"));
    line.addFlag(QStringLiteral("dry-run"), tr("print the outline only; write nothing"));
    line.addFlag(QStringLiteral("force"), tr("replace OUT.cairn if it exists"));
    line.addValueOption(QStringLiteral("format"), tr("text (the default) or json"), QStringLiteral("FORMAT"));
    if (const auto stop = line.parse(context))
        return *stop;
    const QString input = line.positional().at(0);
    const QString output = line.positional().at(1);
    const QString format = line.isSet(QStringLiteral("format")) ? line.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        context.err << tr("--format must be text or json, not \"%1\".").arg(format) << '\n';
        return Usage;
    }

    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("Cannot read %1: %2. Nothing was written.").arg(input, file.errorString()) << '\n';
        return Refused;
    }
    const textimport::Outline outline = textimport::readPlanText(QString::fromUtf8(file.readAll()), textimport::formatOfFile(input));
    if (outline.goals.empty()) {
        context.err << tr("No goal, priority or objective was recognised in %1. Nothing was written.").arg(input) << '\n';
        return Refused;
    }
    QHash<QString, QString> doubts;
    const QDate today = QDate::currentDate();
    const Plan plan = textimport::planOf(outline, SchoolYear(today.month() >= 7 ? today.year() : today.year() - 1), &doubts);
    if (format == QLatin1String("json"))
        context.out << json(plan, doubts, outline.unplaced);
    else
        printText(plan, doubts, outline.unplaced, context.out);

    if (PlanCheck::hasErrors(PlanCheck::run(plan))) {
        context.err << tr("The plan read from %1 does not pass check. Nothing was written.").arg(input) << '\n';
        return Refused;
    }
    if (line.isSet(QStringLiteral("dry-run")))
        return Success;
    if (!PlanIo::createPlan(output, plan, line.isSet(QStringLiteral("force")), context.err))
        return Refused;
    context.err << tr("Wrote %1 (%2 uncertain readings to check, %3 paragraphs not placed).")
                       .arg(output)
                       .arg(doubts.size())
                       .arg(outline.unplaced.size())
                << '\n';
    return Success;
}

} // namespace cairn::cli
