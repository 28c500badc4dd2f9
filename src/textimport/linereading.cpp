#include "linereading.h"

#include <QRegularExpression>

#include <array>

namespace cairn::textimport {

namespace {

using Role = LineReading::Role;

constexpr auto Case = QRegularExpression::CaseInsensitiveOption;

// What may stand between a code and its text: "Goal 1: ", "1.1A – ", "P1. ".
#define SEP R"(\s*(?:[:.)\-–—]\s*)?)"

struct Pattern {
    const char *expression;
    Role role;
    ItemKind kind;
};

// Tried in order; the first that matches says what the line is. Group 1 is
// the code, group 2 the rest.
constexpr std::array itemPatterns{
    Pattern{R"(^(?:strategic\s+)?(?:goal|priority|meta|prioridad)(?:\s+area)?(?:\s+#?|\s*#)\s*(\d+|[IVX]+|[A-Z])\b)" SEP R"((.*)$)",
            Role::Item, ItemKind::Goal},
    Pattern{R"(^(P\d+)\s*[:.\-–—]\s*(.*)$)", Role::Item, ItemKind::Goal},
    // "1. Goal: …" once its list marker is read: the marker numbers it.
    Pattern{R"(^(?:strategic\s+)?(?:goal|priority|meta|prioridad)()\s*[:\-–—]\s*(.+)$)", Role::Item, ItemKind::Goal},
    Pattern{R"(^(?:strategic\s+)?(?:objective|objetivo)(?:(?:\s+#?|\s*#)\s*(\d+(?:\.\d+)*[a-z]?|[A-Z]))?\b)" SEP R"((.*)$)", Role::Item,
            ItemKind::Objective},
    Pattern{R"(^(?:action(?:\s+step)?|strategy|activity|step|acci[oó]n|estrategia|actividad))"
            R"((?:(?:\s+#?|\s*#)\s*(\d+(?:\.\d+)*[A-Za-z]?|[A-Za-z]))?\b\s*[:.)\-–—]\s*(.*)$)",
            Role::Item, ItemKind::Action},
    Pattern{R"(^(?:measure|indicator|metric|kpi|outcome|medida|indicador|resultado))"
            R"((?:(?:\s+#?|\s*#)\s*(\d+(?:\.\d+)*(?:-?[A-Za-z]+\d*)?))?\b\s*[:.)\-–—]\s*(.*)$)",
            Role::Item, ItemKind::Measure},
    Pattern{R"(^(\d+(?:\.\d+)+[A-Z])\b)" SEP R"((.*)$)", Role::Item, ItemKind::Action},
    Pattern{R"(^(\d+\.\d+\.\d+)\.?\s+(.*)$)", Role::Item, ItemKind::Action},
    Pattern{R"(^(\d+\.\d+)\.?\s*[:\-–—]?\s+(.*)$)", Role::Item, ItemKind::Objective},
};

#undef SEP

struct Heading {
    const char *expression; // the whole heading, or the label before ":" with text after
    Role role;
};

constexpr std::array headings{
    Heading{R"((?:our\s+)?(?:mission(?:\s+statement)?|misi[oó]n))", Role::Mission},
    Heading{R"((?:our\s+)?(?:vision(?:\s+statement)?|visi[oó]n))", Role::Vision},
    Heading{R"((?:our\s+)?(?:theory\s+of\s+action|teor[ií]a\s+de\s+acci[oó]n))", Role::TheoryOfAction},
    Heading{R"((?:our\s+)?(?:core\s+values|values|valores(?:\s+fundamentales)?))", Role::CoreValues},
    Heading{R"((?:.*\b)?(?:we\s+believe|beliefs|creemos|creencias))", Role::Beliefs},
    Heading{R"((?:(?:portrait|profile)\s+of\s+a\s+graduate|(?:portrait|profile)\s+of\s+the\s+graduate|perfil\s+del\s+graduado))",
            Role::Profile},
    Heading{R"((?:research\s+and\s+practice\s+)?rationale|justificaci[oó]n)", Role::Rationale},
    Heading{R"((?:person\s+)?responsib(?:le|ility|ilities)|lead|owner|responsables?)", Role::Responsibility},
    Heading{R"(timeline|timeframe|when|cronograma|plazo|fecha)", Role::Timeline},
};

struct Label {
    const char *expression;
    ItemKind kind;
    MeasureKind measureKind;
};

constexpr std::array labels{
    Label{R"((?:strategic\s+)?(?:goals|priorities|metas|prioridades)|our\s+\w+\s+(?:primary\s+)?(?:strategic\s+)?goals)",
          ItemKind::Goal, MeasureKind::LongTerm},
    Label{R"((?:strategic\s+)?(?:objectives|objetivos))", ItemKind::Objective, MeasureKind::LongTerm},
    Label{R"((?:strategic\s+|key\s+)?(?:actions|action\s+steps|strategies|activities|steps|acciones|estrategias|actividades))",
          ItemKind::Action, MeasureKind::LongTerm},
    Label{R"((?:progress\s+measures|progress\s+indicators|evidence|indicadores\s+de\s+progreso))", ItemKind::Measure,
          MeasureKind::Progress},
    Label{R"((?:long[\s-]term\s+measures|(?:key\s+)?(?:measures|indicators|outcomes|metrics|results)|)"
          R"(measures\s+of\s+success|medidas|indicadores|resultados))",
          ItemKind::Measure, MeasureKind::LongTerm},
};

QRegularExpression whole(const char *expression)
{
    return QRegularExpression(QStringLiteral("^(?:") + QString::fromUtf8(expression) + QStringLiteral(R"()\s*:?\s*$)"), Case);
}

QRegularExpression leading(const char *expression)
{
    return QRegularExpression(QStringLiteral("^(") + QString::fromUtf8(expression) + QStringLiteral(R"()\s*:\s*(.+)$)"), Case);
}

// The patterns above, compiled once.
struct Compiled {
    QList<QRegularExpression> items, labelled, wholeHeadings, leadingHeadings;

    Compiled()
    {
        for (const Pattern &pattern : itemPatterns)
            items.append(QRegularExpression(QString::fromUtf8(pattern.expression), Case));
        for (const Label &label : labels)
            labelled.append(whole(label.expression));
        for (const Heading &heading : headings) {
            wholeHeadings.append(whole(heading.expression));
            leadingHeadings.append(leading(heading.expression));
        }
    }
};

const Compiled &compiled()
{
    static const Compiled patterns;
    return patterns;
}

// "College 1.2.1A – ..." or "Career: 1.2.2A – ...": one or two words before a code.
const QRegularExpression &labelledCode()
{
    static const QRegularExpression re(QStringLiteral(R"(^([A-Z][\w/&]*(?:\s+[\w/&]+)?)\s*:?\s+(\d+(?:\.\d+)+[A-Z]\b.*)$)"));
    return re;
}

} // namespace

bool looksLikeHeading(const QString &text)
{
    static const QRegularExpression end(QStringLiteral(R"([.;,]$)"));
    if (text.size() > 80 || end.match(text).hasMatch() || text.split(QLatin1Char(' ')).size() > 9)
        return false;
    return text == text.toUpper() && text != text.toLower();
}

LineReading readLine(const QString &text)
{
    LineReading reading;
    reading.rest = text;
    const Compiled &patterns = compiled();
    for (std::size_t i = 0; i < itemPatterns.size(); ++i) {
        const auto match = patterns.items.at(qsizetype(i)).match(text);
        if (!match.hasMatch())
            continue;
        reading.role = itemPatterns[i].role;
        reading.kind = itemPatterns[i].kind;
        reading.code = match.captured(1);
        reading.rest = match.captured(2).trimmed();
        return reading;
    }
    if (const auto match = labelledCode().match(text); match.hasMatch()) {
        LineReading inner = readLine(match.captured(2));
        if (inner.role == Role::Item && inner.kind == ItemKind::Action) {
            inner.label = match.captured(1);
            return inner;
        }
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (patterns.labelled.at(qsizetype(i)).match(text).hasMatch()) {
            reading.role = Role::Label;
            reading.kind = labels[i].kind;
            reading.measureKind = labels[i].measureKind;
            reading.label = text;
            return reading;
        }
    }
    for (std::size_t i = 0; i < headings.size(); ++i) {
        if (patterns.wholeHeadings.at(qsizetype(i)).match(text).hasMatch()) {
            reading.role = headings[i].role;
            reading.label = text;
            reading.rest.clear();
            return reading;
        }
        if (const auto match = patterns.leadingHeadings.at(qsizetype(i)).match(text); match.hasMatch()) {
            reading.role = headings[i].role;
            reading.label = match.captured(1);
            reading.rest = match.captured(2).trimmed();
            return reading;
        }
    }
    if (looksLikeHeading(text)) {
        reading.role = Role::Section;
        reading.label = text;
        reading.rest.clear();
    }
    return reading;
}

} // namespace cairn::textimport
