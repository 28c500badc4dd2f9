#include "chartplans.h"
#include "testsupport.h"

#include "report/chartimage.h"

#include <QXmlStreamReader>

using namespace cairn;
using namespace cairn::test;

namespace {

// What an SVG holds that a browser or an editor would act on.
struct SvgContent {
    QString error; // empty when the file is well-formed XML
    QStringList elements;
    QString title;      // the document's <title>
    QStringList texts;  // what its <text> elements say
};

SvgContent read(const QString &path)
{
    SvgContent content;
    QXmlStreamReader reader(readAll(path));
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        content.elements.append(name);
        if (name == QLatin1String("title") && content.title.isNull())
            content.title = reader.readElementText();
        else if (name == QLatin1String("text"))
            content.texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (reader.hasError())
        content.error = reader.errorString() + QStringLiteral(" at line %1").arg(reader.lineNumber());
    return content;
}

// The SVG `cairn-cli chart` writes for a measure named `name`.
SvgContent svgOfMeasureNamed(const QString &name)
{
    Measure measure = numeric(QStringLiteral("1.2-L1"), Unit::Percent, Direction::HigherIsBetter, 56, 91);
    measure.name = name;
    measure.actuals[SchoolYear(2023)] = Actual::of(64);
    const Plan plan = planOf({measure});
    const ChartFigure figure = AnnualChartBuilder::figure(plan, plan.goals[0].measures[0], plan.reportYear, QDate(2025, 6, 30));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    REQUIRE(ChartImage::write(figure, path, QSize(1200, 700)).isEmpty());
    return read(path);
}

} // namespace

TEST_CASE("a measure's name is the SVG's title as text, never as markup", "[chart][svg]")
{
    const QString names[] = {
        QStringLiteral("</title><script>alert(1)</script><title>"),
        QStringLiteral("Fish & chips <3 \"quoted\" — año escolar"),
    };
    for (const QString &name : names) {
        INFO("measure named " << name);
        const SvgContent svg = svgOfMeasureNamed(name);
        CHECK(svg.error.isEmpty());
        CHECK(svg.elements.count() > 10); // the whole chart was read, not a fragment
        CHECK_FALSE(svg.elements.contains(QStringLiteral("script"), Qt::CaseInsensitive));
        CHECK(svg.title == QStringLiteral("1.2-L1 ") + name);
        // The title drawn above the chart reads the same.
        CHECK(svg.texts.contains(QStringLiteral("1.2-L1  ") + name));
    }
}

TEST_CASE("control characters in a measure's name leave the SVG well-formed", "[chart][svg]")
{
    const SvgContent svg = svgOfMeasureNamed(QStringLiteral("Reading\u0001 level\u0008"));
    CHECK(svg.error.isEmpty());
    CHECK(svg.title == QStringLiteral("1.2-L1 Reading level"));
    CHECK(svg.texts.contains(QStringLiteral("1.2-L1  Reading level")));
}
