// --lang es: cairn-cli status, the board report, the minutes and the website in Spanish, whatever the
// machine's language; English when not asked.
#include "clirun.h"
#include "pdftext.h"
#include "planfixtures.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace cairn::test;

namespace {

QString importedSample(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));
    REQUIRE(cli({QStringLiteral("import"), socorroSample(), file}).exitCode == 0);
    return file;
}

// Each of `fixedText` is in the English document and none is in the
// Spanish one, which holds each of `spanishText`.
void checkTranslated(const QString &english, const QString &spanish, const QStringList &fixedText, const QStringList &spanishText)
{
    for (const QString &words : fixedText) {
        INFO(words.toStdString());
        CHECK(english.contains(words));
        CHECK_FALSE(spanish.contains(words));
    }
    for (const QString &words : spanishText) {
        INFO(words.toStdString());
        CHECK(spanish.contains(words));
    }
}

} // namespace

TEST_CASE("status --lang es writes the outline's words and statuses in Spanish", "[cli][language]")
{
    QTemporaryDir dir;
    const QString file = importedSample(dir);
    const Run english = cli({QStringLiteral("status"), file, QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    const Run spanish = cli({QStringLiteral("status"), file, QStringLiteral("--as-of"), QStringLiteral("2025-06-30"),
                             QStringLiteral("--lang"), QStringLiteral("es")});
    REQUIRE(english.exitCode == 0);
    REQUIRE(spanish.exitCode == 0);
    for (const char *words : {"School year 2024-25", "On track", "Off track", "target "}) {
        INFO(words);
        CHECK(english.out.contains(QLatin1String(words)));
        CHECK_FALSE(spanish.out.contains(QLatin1String(words)));
    }
    CHECK(spanish.out.contains(QStringLiteral("Año escolar 2024-25")));
    CHECK(spanish.out.contains(QStringLiteral("En buen camino")));
    CHECK(spanish.out.contains(QStringLiteral("valor meta ")));
    // The longer Spanish status words keep the progress column in line:
    // every item's line has its percent sign at the same place.
    QList<qsizetype> columns;
    for (const QString &line : spanish.out.split(QLatin1Char('\n')))
        if (line.contains(QStringLiteral(" %")) && line.size() > 70)
            columns.append(line.indexOf(QStringLiteral(" %"), 64));
    REQUIRE(columns.size() > 10);
    CHECK(std::all_of(columns.begin(), columns.end(), [&](qsizetype at) { return at == columns.first(); }));

    const Run french = cli({QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(french.exitCode == 2);
    CHECK(french.err.contains(QStringLiteral("--lang must be en or es")));
}

TEST_CASE("report --lang es holds none of the English report's fixed headings, and Spanish dates", "[cli][report][language]")
{
    QTemporaryDir dir;
    const QString file = importedSample(dir);
    const QString englishPdf = dir.filePath(QStringLiteral("en.pdf"));
    const QString spanishPdf = dir.filePath(QStringLiteral("es.pdf"));
    REQUIRE(cli({QStringLiteral("report"), file, QStringLiteral("-o"), englishPdf}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("report"), file, QStringLiteral("-o"), spanishPdf, QStringLiteral("--lang"), QStringLiteral("es")}).exitCode
            == 0);
    const QString english = textOf(englishPdf);
    const QString spanish = textOf(spanishPdf);

    const QStringList fixedText = {
        QStringLiteral("Progress Report"),
        QStringLiteral("School Year"),
        QStringLiteral("Contents"),
        QStringLiteral("Report date"),
        QStringLiteral("Plan status"),
        QStringLiteral("About the plan"),
        QStringLiteral("Measures and actions by status, per goal"),
        QStringLiteral("Baseline"),
        QStringLiteral("Committee recommendations"),
        QStringLiteral("Appendix: how statuses are determined"),
        QStringLiteral("Data notes"),
        QStringLiteral("On track"),
        QStringLiteral("At risk"),
        QStringLiteral("Off track"),
        QStringLiteral("Page 1 of"),
    };
    // "Vencimiento" whole: a column is never narrower than its heading's longest word.
    checkTranslated(english, spanish, fixedText,
                    {QStringLiteral("Informe de progreso"), QStringLiteral("Contenido"), QStringLiteral("Anexo: cómo se determinan los estados"),
                     QStringLiteral("En buen camino"), QStringLiteral("Página 1 de"), QStringLiteral("Vencimiento")});
    // The report date (today) with its month named in each language.
    const int month = QDate::currentDate().month();
    const QString mes = QLocale(QLocale::Spanish, QLocale::UnitedStates).monthName(month);
    const QString englishMonth = QLocale(QLocale::English, QLocale::UnitedStates).monthName(month);
    CHECK(spanish.contains(mes));
    CHECK(english.contains(englishMonth));
    CHECK_FALSE(spanish.contains(englishMonth));
}

TEST_CASE("a Spanish report and status use the plan's own Spanish words, and the original where there are none",
          "[cli][report][language][plantexts]")
{
    QTemporaryDir dir;
    const QString file = importedSample(dir);
    const QString spanishPdf = dir.filePath(QStringLiteral("es.pdf"));
    REQUIRE(cli({QStringLiteral("report"), file, QStringLiteral("-o"), spanishPdf, QStringLiteral("--lang"), QStringLiteral("es")}).exitCode
            == 0);
    const QString spanish = textOf(spanishPdf).simplified();
    for (const char *words : {"Plan Estratégico de Socorro ISD 2023-2027", "Hacer crecer y apoyar a cada estudiante",
                              "Mejorar el rendimiento académico de todos los estudiantes", "La misión del Distrito Escolar Independiente",
                              "En Socorro ISD, creemos"}) {
        INFO(words);
        CHECK(spanish.contains(QString::fromUtf8(words)));
    }
    for (const char *words : {"Grow and support each student", "Improve academic achievement for all students",
                              "Tomorrow’s Leaders Learning Today"}) {
        INFO(words);
        CHECK_FALSE(spanish.contains(QString::fromUtf8(words)));
    }
    // Measures have no Spanish names in the sample: their own words stay.
    CHECK(spanish.contains(QStringLiteral("1.1-L1")));

    const Run status = cli({QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("es")});
    CHECK(status.out.contains(QStringLiteral("Equidad en los fondos")));
    const Run english = cli({QStringLiteral("status"), file});
    CHECK(english.out.contains(QStringLiteral("Equity of Funds")));
    CHECK_FALSE(english.out.contains(QStringLiteral("Equidad en los fondos")));

    // check counts what is still only in English.
    const Run check = cli({QStringLiteral("check"), file});
    CHECK(check.out.contains(QStringLiteral("texts have no Spanish text yet")));
}

TEST_CASE("review minutes --lang es hold none of the English minutes' fixed text, and the meeting's date in Spanish", "[cli][review][language]")
{
    QTemporaryDir dir;
    const QString file = importedSample(dir);
    const QString englishPdf = dir.filePath(QStringLiteral("minutes-en.pdf"));
    const QString spanishPdf = dir.filePath(QStringLiteral("minutes-es.pdf"));
    REQUIRE(cli({QStringLiteral("review"), QStringLiteral("minutes"), file, QStringLiteral("1"), QStringLiteral("-o"), englishPdf}).exitCode == 0);
    const Run spanishRun = cli({QStringLiteral("review"), QStringLiteral("minutes"), file, QStringLiteral("1"), QStringLiteral("-o"), spanishPdf,
                                QStringLiteral("--lang"), QStringLiteral("es")});
    REQUIRE(spanishRun.exitCode == 0);
    CHECK(spanishRun.out.contains(QStringLiteral("acta")));
    const QString english = textOf(englishPdf);
    const QString spanish = textOf(spanishPdf);
    const QStringList fixedText = {
        QStringLiteral("Minutes —"),
        QStringLiteral("meeting of"),
        QStringLiteral("reviewing school year"),
        QStringLiteral("Attendees"),
        QStringLiteral("Summary"),
        QStringLiteral("at the meeting"),
        QStringLiteral("% progress"),
        QStringLiteral("Committee assessments for"),
        QStringLiteral("Assessment"),
        QStringLiteral("Rationale"),
        QStringLiteral("Recommendations"),
        QStringLiteral("Concerns"),
        QStringLiteral("History"),
        QStringLiteral("Forwarded to the board"),
        QStringLiteral("On track"),
        QStringLiteral("At risk"),
        QStringLiteral("Page 1 of"),
        QStringLiteral("October"),
    };
    checkTranslated(english, spanish, fixedText,
                    {QStringLiteral("Acta"), QStringLiteral("Asistentes"), QStringLiteral("22 de octubre de 2024"), QStringLiteral("Página 1 de")});
}

TEST_CASE("publish --lang es writes every page with lang=\"es\" and Spanish words; a language Cairn does not speak is refused",
          "[cli][web][language]")
{
    QTemporaryDir dir;
    const QString file = importedSample(dir);
    const QString site = dir.filePath(QStringLiteral("sitio"));
    const Run run = cli({QStringLiteral("publish"), file, QStringLiteral("-o"), site, QStringLiteral("--lang"), QStringLiteral("es"),
                         QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    REQUIRE(run.exitCode == 0);
    const QStringList pages = QDir(site).entryList({QStringLiteral("*.html")});
    REQUIRE(pages.size() > 4);
    for (const QString &name : pages) {
        INFO(name.toStdString());
        QFile page(site + QLatin1Char('/') + name);
        REQUIRE(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        CHECK(html.contains(QStringLiteral("<html lang=\"es\">")));
        CHECK(html.contains(QStringLiteral("Ir al contenido")));
        CHECK(html.contains(QStringLiteral("30 de junio de 2025")));
        CHECK_FALSE(html.contains(QStringLiteral("Skip to the content")));
    }

    const Run french = cli({QStringLiteral("publish"), file, QStringLiteral("-o"), dir.filePath(QStringLiteral("site")), QStringLiteral("--lang"),
                            QStringLiteral("fr")});
    CHECK(french.exitCode == 2);
    CHECK(french.err.contains(QStringLiteral("--lang must be en or es")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("site"))));
}

TEST_CASE("a plan that writes 1.234,5 has its status and its report written so, in either language", "[cli][report][language]")
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("socorro.json"));
    QByteArray text = readAll(socorroSample());
    REQUIRE(text.contains("\"plan\": {"));
    text.replace("\"plan\": {", "\"plan\": {\n    \"numbers\": \"1.234,5\",");
    writeAll(json, text);
    const QString file = dir.filePath(QStringLiteral("socorro.cairn"));
    REQUIRE(cli({QStringLiteral("import"), json, file}).exitCode == 0);

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        INFO(language.toStdString());
        const Run status = cli({QStringLiteral("status"), file, QStringLiteral("--as-of"), QStringLiteral("2025-06-30"),
                                QStringLiteral("--lang"), language});
        REQUIRE(status.exitCode == 0);
        CHECK(status.out.contains(QStringLiteral(" 91,6 (")));
        CHECK_FALSE(status.out.contains(QStringLiteral(" 91.6 (")));
        const QString pdf = dir.filePath(language + QStringLiteral(".pdf"));
        REQUIRE(cli({QStringLiteral("report"), file, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), language}).exitCode == 0);
        const QString report = textOf(pdf);
        CHECK(report.contains(QStringLiteral("91,6")));
        CHECK_FALSE(report.contains(QStringLiteral("91.6")));
    }
}
