#include "outlinescore.h"

#include "core/enums.h"
#include "core/planwalk.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cairn::test {

namespace {

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QSet<QString> words;
    for (const QString &word : text.toLower().split(separator, Qt::SkipEmptyParts))
        words.insert(word);
    return words;
}

// The share of the expected words that the recognised text holds.
double overlap(const QSet<QString> &expected, const QSet<QString> &found)
{
    if (expected.isEmpty())
        return 0;
    int held = 0;
    for (const QString &word : expected)
        held += found.contains(word) ? 1 : 0;
    return double(held) / double(expected.size());
}

struct Found {
    ItemKind kind;
    QString code;
    QSet<QString> words;
    const Measure *measure = nullptr;
    int parent = -1;      // index of the item it sits under
    int goal = -1;        // index of its goal
    bool taken = false;
};

void addMeasures(const std::vector<Measure> &measures, int parent, int goal, std::vector<Found> &found)
{
    for (const Measure &measure : measures) {
        found.push_back({ItemKind::Measure, measure.code, wordsOf(measure.name + QLatin1Char(' ') + measure.description), &measure,
                         parent, goal});
        addMeasures(measure.children, int(found.size()) - 1, goal, found);
    }
}

std::vector<Found> flatten(const Plan &plan)
{
    std::vector<Found> found;
    for (const Goal &goal : plan.goals) {
        const int g = int(found.size());
        found.push_back({ItemKind::Goal, goal.code, wordsOf(goal.title + QLatin1Char(' ') + goal.shortName), nullptr, -1, g});
        addMeasures(goal.measures, g, g, found);
        for (const Objective &objective : goal.objectives) {
            const int o = int(found.size());
            found.push_back({ItemKind::Objective, objective.code, wordsOf(objective.title + QLatin1Char(' ') + objective.description),
                             nullptr, g, g});
            for (const Action &action : objective.actions)
                found.push_back({ItemKind::Action, action.code, wordsOf(action.description), nullptr, o, g});
            addMeasures(objective.measures, o, g, found);
        }
    }
    return found;
}

QString yearText(const std::optional<SchoolYear> &year)
{
    return year ? year->label() : QStringLiteral("none");
}

QString valueText(const std::optional<double> &value)
{
    return value ? QString::number(*value) : QStringLiteral("none");
}

// What differs between the fields the expected measure states and the measure read.
QStringList measureDifferences(const QJsonObject &expected, const Measure &measure)
{
    QStringList differences;
    const auto compare = [&](const QString &field, const QString &want, const QString &got) {
        if (want != got)
            differences.append(QStringLiteral("%1 %2 ≠ %3").arg(field, want, got));
    };
    if (expected.contains(QStringLiteral("kind")))
        compare(QStringLiteral("kind"), expected.value(QStringLiteral("kind")).toString(), toToken(measure.kind));
    if (expected.contains(QStringLiteral("type")))
        compare(QStringLiteral("type"), expected.value(QStringLiteral("type")).toString(), toToken(measure.type));
    if (expected.contains(QStringLiteral("unit")))
        compare(QStringLiteral("unit"), expected.value(QStringLiteral("unit")).toString(), toToken(measure.unit));
    if (expected.contains(QStringLiteral("direction")))
        compare(QStringLiteral("direction"), expected.value(QStringLiteral("direction")).toString(), toToken(measure.direction));
    for (const QString &which : {QStringLiteral("baseline"), QStringLiteral("finalTarget")}) {
        if (!expected.contains(which))
            continue;
        const QJsonObject want = expected.value(which).toObject();
        const bool base = which == QLatin1String("baseline");
        const auto year = base ? measure.baseline.year : measure.finalTarget.year;
        const auto value = base ? measure.baseline.value : measure.finalTarget.value;
        if (want.contains(QStringLiteral("year")))
            compare(which + QStringLiteral(".year"), want.value(QStringLiteral("year")).toString(), yearText(year));
        compare(which + QStringLiteral(".value"),
                want.contains(QStringLiteral("value")) ? QString::number(want.value(QStringLiteral("value")).toDouble())
                                                       : QStringLiteral("none"),
                valueText(value));
    }
    if (expected.contains(QStringLiteral("targets"))) {
        QStringList want, got;
        const QJsonObject targets = expected.value(QStringLiteral("targets")).toObject();
        for (auto it = targets.begin(); it != targets.end(); ++it)
            want.append(it.key() + QLatin1Char('=') + QString::number(it.value().toDouble()));
        for (const auto &[year, value] : measure.targets)
            got.append(year.label() + QLatin1Char('=') + QString::number(value));
        compare(QStringLiteral("targets"), want.join(QLatin1Char(',')), got.join(QLatin1Char(',')));
    }
    if (expected.contains(QStringLiteral("due")))
        compare(QStringLiteral("due"), expected.value(QStringLiteral("due")).toString(), measure.dueDate.toString(Qt::ISODate));
    return differences;
}

// Whether `found` holds at least four in five of the words of `expected`.
bool holds(const QString &expected, const QString &found)
{
    return overlap(wordsOf(expected), wordsOf(found)) >= 0.8;
}

void scoreAbout(const Plan &plan, const QJsonObject &expected, KindScore &score)
{
    const auto statement = [&](const char *field, const QString &found) {
        if (!expected.contains(QLatin1String(field)))
            return;
        const QString want = expected.value(QLatin1String(field)).toString();
        ++score.expected;
        if (holds(want, found))
            ++score.right;
        else
            score.misses.append(QStringLiteral("%1 \"%2\": not found").arg(QLatin1String(field), want.left(50)));
    };
    statement("mission", plan.mission);
    statement("vision", plan.vision);
    statement("theoryOfAction", plan.theoryOfAction);
    const auto names = [&](const char *field, const QStringList &found) {
        for (const QJsonValue value : expected.value(QLatin1String(field)).toArray()) {
            const QString want = value.toString();
            ++score.expected;
            if (std::any_of(found.begin(), found.end(), [&](const QString &name) { return holds(want, name); }))
                ++score.right;
            else
                score.misses.append(QStringLiteral("%1 \"%2\": not found").arg(QLatin1String(field), want));
        }
    };
    const auto namesOf = [](const std::vector<NamedText> &entries) {
        QStringList out;
        for (const NamedText &entry : entries)
            out.append(entry.name);
        return out;
    };
    QStringList headings;
    for (const Section &section : plan.sections)
        headings.append(section.heading);
    names("coreValues", namesOf(plan.coreValues));
    names("profileAttributes", namesOf(plan.profileAttributes));
    names("sections", headings);
}

class Scorer
{
public:
    Scorer(const Plan &plan)
        : m_plan(plan)
        , m_found(flatten(plan))
    {
    }

    OutlineScore score(const QJsonObject &expected)
    {
        for (const QJsonValue goal : expected.value(QStringLiteral("goals")).toArray())
            item(goal.toObject(), ItemKind::Goal, -1, -1);
        for (const Found &found : m_found)
            m_score.extra += found.taken ? 0 : 1;
        scoreAbout(m_plan, expected.value(QStringLiteral("about")).toObject(), m_score.about);
        return m_score;
    }

private:
    KindScore &scoreOf(ItemKind kind)
    {
        switch (kind) {
        case ItemKind::Goal: return m_score.goals;
        case ItemKind::Objective: return m_score.objectives;
        case ItemKind::Action: return m_score.actions;
        case ItemKind::Measure: break;
        }
        return m_score.measures;
    }

    int bestMatch(ItemKind kind, const QSet<QString> &words, const QString &code)
    {
        int best = -1;
        double bestOverlap = 0.8; // at least four words in five of the plan's own
        for (int i = 0; i < int(m_found.size()); ++i) {
            const Found &found = m_found[std::size_t(i)];
            if (found.taken || found.kind != kind)
                continue;
            const double share = overlap(words, found.words) + (found.code == code ? 0.01 : 0.0);
            if (share > bestOverlap) {
                bestOverlap = share;
                best = i;
            }
        }
        return best;
    }

    // Scores one expected item and those under it; `parent` and `goal` are the
    // recognised items their expected parent and goal matched (-1: none).
    void item(const QJsonObject &expected, ItemKind kind, int parent, int goal)
    {
        KindScore &score = scoreOf(kind);
        ++score.expected;
        const QString code = expected.value(QStringLiteral("code")).toString();
        const QString text = expected.value(QStringLiteral("text")).toString();
        const int match = bestMatch(kind, wordsOf(text), code);
        QStringList wrong;
        if (match < 0) {
            wrong.append(QStringLiteral("not found"));
        } else {
            Found &found = m_found[std::size_t(match)];
            found.taken = true;
            // An action the plan writes directly under a goal sits under an objective Cairn gives that goal.
            const bool placed = kind == ItemKind::Goal
                                || (expected.value(QStringLiteral("underGoal")).toBool() ? found.goal == goal : found.parent == parent);
            if (!placed || parent == -2)
                wrong.append(QStringLiteral("under the wrong parent"));
            if (!code.isEmpty() && found.code != code)
                wrong.append(QStringLiteral("code %1 ≠ %2").arg(code, found.code));
            if (kind == ItemKind::Measure && found.measure)
                wrong.append(measureDifferences(expected, *found.measure));
        }
        if (wrong.isEmpty())
            ++score.right;
        else
            score.misses.append(QStringLiteral("%1 \"%2\": %3").arg(code, text.left(50), wrong.join(QStringLiteral("; "))));
        const int self = match < 0 ? -2 : match;
        const int itsGoal = kind == ItemKind::Goal ? self : goal;
        const auto children = [&](const char *key, ItemKind childKind, bool underGoal) {
            for (const QJsonValue child : expected.value(QLatin1String(key)).toArray()) {
                QJsonObject object = child.toObject();
                if (underGoal)
                    object.insert(QStringLiteral("underGoal"), true);
                item(object, childKind, self, itsGoal);
            }
        };
        children("objectives", ItemKind::Objective, false);
        children("actions", ItemKind::Action, kind == ItemKind::Goal);
        children("measures", ItemKind::Measure, false);
        children("children", ItemKind::Measure, false);
    }

    const Plan &m_plan;
    std::vector<Found> m_found;
    OutlineScore m_score;
};

QString share(const KindScore &score)
{
    if (score.expected == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1/%2 (%3%)").arg(score.right).arg(score.expected).arg(100.0 * score.share(), 0, 'f', 1);
}

} // namespace

QString OutlineScore::summary(const QString &name) const
{
    return QStringLiteral("%1: goals %2, objectives %3, actions %4, measures %5, about the plan %6; %7 extra")
        .arg(name, share(goals), share(objectives), share(actions), share(measures), share(about))
        .arg(extra);
}

OutlineScore scoreOutline(const Plan &plan, const QJsonObject &expected)
{
    return Scorer(plan).score(expected);
}

} // namespace cairn::test
