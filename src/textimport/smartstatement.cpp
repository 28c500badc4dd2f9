#include "smartstatement.h"

#include "core/duedate.h"

#include <QRegularExpression>

namespace cairn::textimport {

namespace {

constexpr auto Case = QRegularExpression::CaseInsensitiveOption;

#define NUM R"((-?\d+(?:[.,]\d+)?))"
#define YEAR R"((\d{4}(?:\s*[-–/]\s*\d{2,4})?))"
#define PCT R"(\s*(%|\s*percent\b|\s*por\s*ciento\b)?)"

QRegularExpression re(const char *expression)
{
    return QRegularExpression(QString::fromUtf8(expression), Case);
}

double number(const QString &text)
{
    return QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
}

std::optional<SchoolYear> year(const QString &text)
{
    QString written = text;
    written.remove(QLatin1Char(' '));
    return SchoolYear::parse(written);
}

void notePercent(Measure &measure, const QString &sign)
{
    if (!sign.isEmpty())
        measure.unit = Unit::Percent;
}

} // namespace

Unit unitOfText(const QString &text, double value)
{
    static const QRegularExpression percent = re(R"(%|\bpercent(age)?\b|\brate\b|\bporcentaje\b|\btasa\b)");
    static const QRegularExpression money = re(R"(\$|\bdollars?\b|\bbudget\b)");
    static const QRegularExpression rating = re(R"(\bratings?\b|\bscore\b|\bpuntaje\b|\bcalificaci[oó]n\b)");
    static const QRegularExpression days = re(R"(\bdays\b|\bd[ií]as\b)");
    static const QRegularExpression count = re(
        R"(\bnumber\s+of\b|\bstudents\b|\bmeetings\b|\bMOUs\b|\bhours\b|\bcredits?\b|\bcertificates?\b|\bfairs\b|)"
        R"(\bn[uú]mero\s+de\b|\bestudiantes\b|\breuniones\b|\(\d+\+?\))");
    if (percent.match(text).hasMatch())
        return Unit::Percent;
    if (money.match(text).hasMatch())
        return Unit::Currency;
    if (rating.match(text).hasMatch())
        return value <= 5 ? Unit::Rating : Unit::Score;
    if (days.match(text).hasMatch())
        return Unit::Days;
    if (count.match(text).hasMatch())
        return Unit::Count;
    return Unit::Unspecified;
}

namespace {

bool setFinal(Measure &measure, const QString &value, const QString &sign, const QString &when = {})
{
    measure.type = MeasureType::Numeric;
    measure.finalTarget.value = number(value);
    if (const auto parsed = year(when))
        measure.finalTarget.year = *parsed;
    notePercent(measure, sign);
    return true;
}

void setBaseline(Measure &measure, const QString &value, const QString &sign, const QString &how, const QString &when)
{
    measure.type = MeasureType::Numeric;
    measure.baseline.value = number(value);
    if (auto parsed = year(when)) {
        static const QRegularExpression before = re(R"(prior\s+to|before|antes\s+de)");
        if (before.match(how).hasMatch()) {
            parsed = SchoolYear(parsed->start() - 1);
            measure.baseline.note = how.left(1).toUpper() + how.mid(1).toLower() + QLatin1Char(' ') + when;
        }
        measure.baseline.year = *parsed;
    }
    notePercent(measure, sign);
}

// "from 88 in 2021-22 to 94 in 2026-27", "from 2 prior to 2022-2023 to 6 by
// 2026-2027", "de 45% en 2022-23 a 70% en 2026-27", "from 77 to 90".
bool readFromTo(const QString &text, Measure &measure)
{
    static const QRegularExpression fromTo = re(
        R"(\b(?:from|de|desde)\s+(?:an?\s+|un\s+)?)" NUM PCT R"(\s*(?:(in|as\s+of|prior\s+to|before|en|antes\s+de)\s+(?:the\s+)?)" YEAR
        R"()?.*?\b(?:to|a|hasta)\s+(?:an?\s+|un\s+)?)" NUM PCT R"((?:\s*(?:in|by|en|para)\s+(?:the\s+)?)" YEAR R"()?)");
    const auto match = fromTo.match(text);
    if (!match.hasMatch())
        return false;
    setBaseline(measure, match.captured(1), match.captured(2), match.captured(3), match.captured(4));
    setFinal(measure, match.captured(5), match.captured(6), match.captured(7));
    return true;
}

// A baseline alone, as progress measures give one: "(11 for 2022-2023: ...)",
// "(Current for 2022-2023 96%)", "as of 2022-2023 – 3", "prior to
// 2022-2023 – 2", "(2 total as of 2021-2022)".
bool readBaseline(const QString &text, Measure &measure)
{
    static const QRegularExpression valueFirst = re(R"(\()" NUM PCT R"(\s+(?:total\s+)?(for|as\s+of|in|en)\s+)" YEAR);
    static const QRegularExpression yearFirst =
        re(R"(\b(current\s+for|as\s+of|prior\s+to|in|actual\s+en|antes\s+de)\s+)" YEAR R"(\s*[:–\-]?\s*)" NUM PCT R"(\)?\s*$)");
    if (const auto match = valueFirst.match(text); match.hasMatch()) {
        setBaseline(measure, match.captured(1), match.captured(2), match.captured(3), match.captured(4));
        return true;
    }
    if (const auto match = yearFirst.match(text); match.hasMatch()) {
        setBaseline(measure, match.captured(3), match.captured(4), match.captured(1), match.captured(2));
        return true;
    }
    return false;
}

// A final target with no baseline.
bool readFinal(const QString &text, Measure &measure)
{
    static const QRegularExpression schoolYearAt =
        re(R"(\b(?:for|in|by)\s+the\s+)" YEAR R"(\s+school\s+year\s+will\s+be\s+(?:at\s+)?)" NUM PCT);
    static const QRegularExpression counted = re(R"(\()" NUM R"(\+?\).*?\b(?:for|in|by)\s+the\s+)" YEAR R"(\s+school\s+year)");
    static const QRegularExpression countedAfter = re(R"(\b(?:for|in|by)\s+the\s+)" YEAR R"(\s+school\s+year.*?\()" NUM R"(\+?\))");
    static const QRegularExpression toBy = re(R"(\b(?:to|a)\s+(?:an?\s+)?)" NUM PCT R"(\b.*?\b(?:by|in|para|en)\s+)" YEAR);
    static const QRegularExpression totalOf = re(R"(\btotal\s+of\s+)" NUM PCT R"(.*?)" R"((?:\bby\s+)" YEAR R"()?)");
    static const QRegularExpression totalBy = re(R"(\bby\s+)" YEAR R"(\b.*?\btotal\s+of\s+)" NUM PCT);
    static const QRegularExpression between = re(R"(\bbetween\s+)" NUM R"(\s*(?:-|–|and|y)\s*)" NUM PCT);
    static const QRegularExpression changeBy =
        re(R"(\b(increase|decrease|reduce|grow|aumentar|disminuir|reducir)\w*\b.*?\bby\s+)" NUM R"((?:\s*[-–]\s*\d+(?:\.\d+)?)?)" PCT);
    static const QRegularExpression orBetter = re(
        R"(\b(?:meet\s+or\s+exceed|at\s+least|a\s+minimum\s+of|minimum\s+of|al\s+menos)\s+)" NUM PCT R"(|)" NUM PCT
        R"(\s+or\s+(?:better|more|higher|above|greater)\b)");
    static const QRegularExpression orLess = re(R"(\b(?:no\s+more\s+than|at\s+most)\s+)" NUM PCT R"(|)" NUM PCT
                                                R"(\s+or\s+(?:less|lower|fewer|below)\b)");
    static const QRegularExpression betterFor = re(R"(\bor\s+(?:better|higher|above)\s+for\s+)" NUM PCT);
    static const QRegularExpression beAt = re(R"(\b(?:be\s+at|reach|to\s+be|alcanzar|llegar\s+a)\s+)" NUM PCT);
    static const QRegularExpression anyYear = re(R"(\b(?:by|in|for|para|en)\s+(?:the\s+end\s+of\s+)?)" YEAR);

    QString when;
    if (const auto match = anyYear.match(text); match.hasMatch())
        when = match.captured(1);
    if (const auto match = schoolYearAt.match(text); match.hasMatch())
        return setFinal(measure, match.captured(2), match.captured(3), match.captured(1));
    if (const auto match = counted.match(text); match.hasMatch())
        return setFinal(measure, match.captured(1), {}, match.captured(2));
    if (const auto match = countedAfter.match(text); match.hasMatch())
        return setFinal(measure, match.captured(2), {}, match.captured(1));
    if (const auto match = totalOf.match(text); match.hasMatch())
        return setFinal(measure, match.captured(1), match.captured(2), match.captured(3).isEmpty() ? when : match.captured(3));
    if (const auto match = totalBy.match(text); match.hasMatch())
        return setFinal(measure, match.captured(2), match.captured(3), match.captured(1));
    if (const auto match = toBy.match(text); match.hasMatch())
        return setFinal(measure, match.captured(1), match.captured(2), match.captured(3));
    if (const auto match = between.match(text); match.hasMatch())
        return setFinal(measure, match.captured(1), match.captured(3), when);
    if (const auto match = orLess.match(text); match.hasMatch()) {
        measure.direction = Direction::LowerIsBetter;
        const bool first = match.capturedStart(1) >= 0;
        return setFinal(measure, match.captured(first ? 1 : 3), match.captured(first ? 2 : 4), when);
    }
    if (const auto match = orBetter.match(text); match.hasMatch()) {
        const bool first = match.capturedStart(1) >= 0;
        return setFinal(measure, match.captured(first ? 1 : 3), match.captured(first ? 2 : 4), when);
    }
    if (const auto match = betterFor.match(text); match.hasMatch())
        return setFinal(measure, match.captured(1), match.captured(2), when);
    if (const auto match = changeBy.match(text); match.hasMatch()) {
        const QString verb = match.captured(1).toLower();
        const bool down = verb.startsWith(QLatin1String("decrease")) || verb.startsWith(QLatin1String("reduc"))
                          || verb.startsWith(QLatin1String("dismin"));
        if (down)
            measure.direction = Direction::LowerIsBetter;
        return setFinal(measure, (down ? QStringLiteral("-") : QString()) + match.captured(2), match.captured(3), when);
    }
    if (const auto match = beAt.match(text); match.hasMatch())
        return setFinal(measure, match.captured(1), match.captured(2), when);
    return false;
}

// "By 2026, SISD will ...", "By the end of 2024, ...", "By March 2022, ...".
bool readMilestone(const QString &text, Measure &measure)
{
    static const QRegularExpression byYear = re(R"(^(?:by|before|no\s+later\s+than|para)\s+(the\s+end\s+of\s+|fines\s+de\s+)?(\d{4})\b(?![-–/]))");
    static const QRegularExpression byYearOf = re(R"(^(?:by|para)\s+(?:the\s+end\s+of\s+)?)" YEAR R"(\b)");
    static const QRegularExpression lead = re(R"(^((?:by|before|no\s+later\s+than)\s+[^,]+),)");
    if (const auto match = byYear.match(text); match.hasMatch()) {
        const int calendar = match.captured(2).toInt();
        measure.dueDate = match.captured(1).isEmpty() ? QDate(calendar, 6, 30) : QDate(calendar, 12, 31);
    } else if (const auto match = byYearOf.match(text); match.hasMatch() && year(match.captured(1))) {
        measure.dueDate = year(match.captured(1))->lastDay();
    } else if (const auto match = lead.match(text); match.hasMatch()) {
        const auto due = DueDate::parse(match.captured(1));
        if (!due)
            return false;
        measure.dueDate = due->date;
        measure.dueText = due->text;
    } else {
        return false;
    }
    measure.type = MeasureType::Milestone;
    return true;
}

// "Number of job fairs (11 for 2022-2023: ...)": the name, and the details
// the parentheses hold.
void nameAndDetails(const QString &text, Measure &measure)
{
    static const QRegularExpression trailing(QStringLiteral(R"(^(.{3,}?)\s*\((.*)\)\s*\.?$)"));
    const auto match = trailing.match(text);
    if (match.hasMatch() && !match.captured(1).contains(QLatin1Char('('))) {
        measure.name = match.captured(1);
        measure.description = match.captured(2);
    } else {
        measure.name = text;
    }
    while (measure.name.endsWith(QLatin1Char(':')))
        measure.name.chop(1);
}

} // namespace

Statement readStatement(const QString &text, MeasureKind kind)
{
    Statement statement;
    Measure &measure = statement.measure;
    measure.kind = kind;
    measure.type = MeasureType::Narrative;
    nameAndDetails(text.simplified(), measure);

    static const QRegularExpression anyNumber = re(R"(\d)");
    static const QRegularExpression every =
        re(R"(\b(?:per\s+year|each\s+(?:fiscal\s+|school\s+)?year|every\s+year|cada\s+año|por\s+año|al\s+año)\b)");
    bool read = readMilestone(text, measure);
    if (!read) {
        if (readFromTo(text, measure))
            read = true;
        else if (kind == MeasureKind::Progress && readBaseline(text, measure))
            read = true;
        else
            read = readFinal(text, measure);
        if (read && !measure.baseline.value && every.match(text).hasMatch())
            statement.everyYear = true;
    }
    if (measure.type == MeasureType::Numeric && measure.unit == Unit::Unspecified)
        measure.unit = unitOfText(text, measure.finalTarget.value.value_or(measure.baseline.value.value_or(0)));
    if (measure.type == MeasureType::Numeric) {
        const auto fraction = [](const std::optional<double> &value) { return value && *value != std::floor(*value); };
        if (fraction(measure.finalTarget.value) || fraction(measure.baseline.value))
            measure.decimals = 1;
    }
    // A statement that has numbers the rules did not read is left for a person to check.
    statement.understood = read || !anyNumber.match(text).hasMatch();
    return statement;
}

bool readYearLine(const QString &line, Measure &measure)
{
    static const QRegularExpression yearLine = re(R"(^)" YEAR R"(\s*(?:[:–\-]\s*(.*))?$)");
    static const QRegularExpression baselineWords = re(R"(\bbaseline\b|\bl[ií]nea\s+(?:de\s+)?base\b)");
    static const QRegularExpression value = re(R"(^)" NUM PCT R"(\s*$)");
    const auto match = yearLine.match(line.simplified());
    if (!match.hasMatch())
        return false;
    const auto school = year(match.captured(1));
    if (!school)
        return false;
    const QString rest = match.captured(2).trimmed();
    if (rest.isEmpty())
        return true; // a year whose target is still to be set
    if (baselineWords.match(rest).hasMatch()) {
        measure.type = MeasureType::Numeric;
        measure.baseline.year = *school;
        measure.baseline.note = rest;
        return true;
    }
    const auto target = value.match(rest);
    if (!target.hasMatch())
        return false;
    measure.type = MeasureType::Numeric;
    notePercent(measure, target.captured(2));
    if (measure.baseline.year == *school && !measure.baseline.value)
        measure.baseline.value = number(target.captured(1));
    if (measure.baseline.year != *school)
        measure.targets[*school] = number(target.captured(1));
    return true;
}

bool isStudentGroup(const QString &text)
{
    static const QRegularExpression group = re(
        R"(^(?:students\s+with\s+disabilities|special\s+education|sped|emergent\s+bilinguals?|english\s+(?:language\s+)?learners?|)"
        R"(ells?|els|economically\s+disadvantaged|low[-\s]income|hispanic(?:/latino)?|latino|white|black|african\s+american|)"
        R"(asian|native\s+american|american\s+indian|pacific\s+islander|two\s+or\s+more\s+races|gifted(?:\s+and\s+talented)?|)"
        R"(homeless|foster\s+care|migrant|male|female|all\s+students|educaci[oó]n\s+especial|bilingües\s+emergentes|)"
        R"(estudiantes\s+de\s+inglés|econ[oó]micamente\s+desfavorecidos)(?:\s+students)?\.?$)");
    return group.match(text.simplified()).hasMatch();
}

Components splitComponents(const QString &text)
{
    static const QRegularExpression marker = re(R"(\s*\bcomponents?\s+of\s+(?:the\s+)?[\w\s]*?(?=\s+[A-Z]\w*\s*[–\-]\s*(?:increase|decrease)))");
    static const QRegularExpression component = re(R"(\s*([A-Z][\w ]*?)\s*[–\-]\s*((?:increase|decrease)\s+from\s+\d+(?:\.\d+)?%?\s+to\s+\d+(?:\.\d+)?%?))");
    Components parts;
    const auto found = marker.match(text);
    if (!found.hasMatch()) {
        parts.statement = text;
        return parts;
    }
    parts.statement = text.left(found.capturedStart()).trimmed();
    qsizetype at = found.capturedEnd();
    for (auto match = component.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
         match.hasMatch();
         match = component.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)) {
        parts.components.append(match.captured(1) + QStringLiteral(" – ") + match.captured(2));
        at = match.capturedEnd();
    }
    parts.after = text.mid(at).trimmed();
    return parts;
}

#undef NUM
#undef YEAR
#undef PCT

} // namespace cairn::textimport
