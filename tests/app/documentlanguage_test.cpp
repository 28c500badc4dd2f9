// Each export dialog chooses its document's language, whatever the app
// speaks: the board report, the minutes and the website in Spanish from an
// English app (and the report in English from a Spanish one), the app's own
// words untouched, and the choice offered first next time.
#include "windowfixture.h"

#include "pdftext.h"

#include "app/report/reportexport.h"
#include "app/report/reportoptionsdialog.h"
#include "app/report/websitepublish.h"
#include "app/reviews/minutesoptionsdialog.h"
#include "i18n/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>

using namespace cairn;
using namespace cairn::test;

namespace {

// The language chosen for documents is forgotten when the test ends, so
// that the tests after it write in the app's language.
struct ForgetDocumentLanguage {
    ~ForgetDocumentLanguage() { QSettings().remove(QStringLiteral("documents/language")); }
};

// The app speaks Spanish while it lives.
struct AppInSpanish {
    AppInSpanish() { Language::install(Language::Spanish); }
    ~AppInSpanish() { Language::install(Language::English); }
};

// Chooses the last language (Español) or the first (English) in a
// dialog's language list by keyboard, as a person would.
QComboBox *chooseLanguage(QWidget *dialog, Qt::Key key)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    REQUIRE(combo);
    combo->setFocus();
    QTest::keyClick(combo, key);
    return combo;
}

// The report dialog's options once the language `key` reaches is chosen
// (Key_End: Español, Key_Home: English) and the dialog accepted; `offered`
// is the language it offered first.
ReportOptions chosenOptions(const Window &w, Qt::Key key, QString *offered)
{
    ReportOptionsDialog dialog(*w.document(), QStringLiteral("Export…"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    REQUIRE(language);
    *offered = language->currentText();
    chooseLanguage(&dialog, key);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    return dialog.options();
}

// The text of the board report the app writes with `options` (from the
// dialog), judged and dated on fixed days.
QString exportedReport(Window &w, ReportOptions options)
{
    options.asOf = QDate(2025, 6, 30);
    options.reportDate = QDate(2025, 11, 3);
    const QString pdf = w.dir.filePath(QStringLiteral("report-%1.pdf").arg(options.language));
    REQUIRE(ReportExport::writePdf(&w.window, *w.document(), options, pdf));
    return textOf(pdf);
}

QString firstMenu(const MainWindow &window)
{
    return window.menuBar()->actions().value(0) ? window.menuBar()->actions().value(0)->text() : QString();
}

} // namespace

TEST_CASE("the board report's dialog writes a Spanish report while the app stays in English", "[app][gui][report][language]")
{
    ForgetDocumentLanguage forget;
    Window w;
    REQUIRE(Language::installed() == Language::English);
    QString offered;
    const ReportOptions options = chosenOptions(w, Qt::Key_End, &offered);
    CHECK(offered == QStringLiteral("English")); // the app's, until one is chosen
    CHECK(options.language == Language::Spanish);
    const QString text = exportedReport(w, options);
    CHECK(text.contains(QStringLiteral("Informe de progreso")));
    CHECK(text.contains(QStringLiteral("3 de noviembre de 2025")));
    CHECK_FALSE(text.contains(QStringLiteral("Progress Report")));
    CHECK_FALSE(text.contains(QStringLiteral("November")));

    // The app's own words stay English, in the window and in what it translates.
    QApplication::processEvents();
    CHECK(Language::installed() == Language::English);
    CHECK(firstMenu(w.window) == QStringLiteral("&File"));
    CHECK(QCoreApplication::translate("cairn::StatusText", "On track") == QStringLiteral("On track"));

    // The next report is offered in Spanish first.
    chosenOptions(w, Qt::Key_End, &offered);
    CHECK(offered == QStringLiteral("Español"));
}

TEST_CASE("the app in Spanish writes an English board report when asked, and stays Spanish", "[app][gui][report][language]")
{
    ForgetDocumentLanguage forget;
    AppInSpanish spanish;
    Window w;
    QString offered;
    const ReportOptions options = chosenOptions(w, Qt::Key_Home, &offered);
    CHECK(offered == QStringLiteral("Español")); // the app's
    CHECK(options.language == Language::English);
    const QString text = exportedReport(w, options);
    CHECK(text.contains(QStringLiteral("Progress Report")));
    CHECK(text.contains(QStringLiteral("November 3, 2025")));
    CHECK_FALSE(text.contains(QStringLiteral("Informe de progreso")));
    QApplication::processEvents();
    CHECK(Language::installed() == Language::Spanish);
    CHECK(firstMenu(w.window) == QStringLiteral("&Archivo"));
}

TEST_CASE("Export Minutes asks for the language, then the file, and writes Spanish minutes", "[app][gui][review][language]")
{
    ForgetDocumentLanguage forget;
    Window w;
    w.workspace()->showTab(Workspace::Tab::Reviews);
    const QString pdf = w.dir.filePath(QStringLiteral("acta.pdf"));
    bool chose = false;
    bool named = false;
    // Each dialog answered once it is the one waiting for the person.
    QTimer person;
    person.setInterval(10);
    QObject::connect(&person, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *options = qobject_cast<MinutesOptionsDialog *>(modal); options && !chose) {
            chose = true;
            CHECK(chooseLanguage(options, Qt::Key_End)->currentText() == QStringLiteral("Español"));
            options->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
        } else if (auto *files = qobject_cast<QFileDialog *>(modal); files && !named) {
            // The dialog reads its folder in the background and may put its
            // own name back meanwhile: Save only once it holds ours.
            files->selectFile(pdf);
            if (files->selectedFiles() != QStringList{pdf})
                return;
            named = true;
            static_cast<QDialog *>(files)->accept(); // as Save does
        }
    });
    person.start();
    w.find<QPushButton>("exportMinutes")->click();
    person.stop();
    CHECK(chose);
    CHECK(named);
    const QString text = textOf(pdf);
    CHECK(text.contains(QStringLiteral("Acta — Fall 2024 review")));
    CHECK(text.contains(QStringLiteral("22 de octubre de 2024")));
    CHECK_FALSE(text.contains(QStringLiteral("Minutes")));
    CHECK_FALSE(text.contains(QStringLiteral("Attendees")));
    CHECK(firstMenu(w.window) == QStringLiteral("&File"));
}

TEST_CASE("Publish Website asks for the language and publishes Spanish pages", "[app][gui][web][language]")
{
    ForgetDocumentLanguage forget;
    Window w;
    QTimer::singleShot(0, qApp, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        CHECK(dialog->objectName() == QStringLiteral("publishWebsiteDialog"));
        QComboBox *combo = chooseLanguage(dialog, Qt::Key_End);
        CHECK(combo->currentText() == QStringLiteral("Español"));
        QTest::keyClick(combo, Qt::Key_Return);
    });
    const auto choice = WebsitePublish::ask(&w.window, *w.document());
    REQUIRE(choice);
    CHECK(choice->language == Language::Spanish);
    const QString folder = w.dir.filePath(QStringLiteral("sitio"));
    REQUIRE(WebsitePublish::publish(&w.window, *w.document(), folder, choice->rule, choice->language));
    const QString index = QString::fromUtf8(readAll(folder + QStringLiteral("/index.html")));
    CHECK(index.contains(QStringLiteral("<html lang=\"es\">")));
    CHECK(index.contains(QStringLiteral("Situación del plan en 2024-25")));
    CHECK_FALSE(index.contains(QStringLiteral("Where the plan stands")));
    CHECK(firstMenu(w.window) == QStringLiteral("&File"));
}
