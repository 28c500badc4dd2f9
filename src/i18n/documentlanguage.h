#pragma once

#include "core/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace cairn {

// The language a document is written in (the board report, the review
// minutes, the published website), whatever the language the app speaks,
// with the plan's way of writing numbers: while one lives, Cairn's words
// are those of `code` and the default locale is the document's (locale()). When it goes, the language and the
// locale before it are back. Documents are built and painted inside one,
// on the thread of the application, never two at once.
class DocumentLanguage
{
    Q_DECLARE_TR_FUNCTIONS(cairn::DocumentLanguage)

public:
    // `code`: "en" or "es"; empty (or a language Cairn does not speak): the
    // language in force. `numbers`: the plan's (Plan::numbers).
    DocumentLanguage(const QString &code, NumberStyle numbers);
    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

    // The locale documents in `code` are written with: the language's
    // words for dates and months ("3 de diciembre de 2026") and the plan's
    // separators for numbers (1,234.5 or 1.234,5 or 1 234,5 in either
    // language). Every number and date of a document goes through QLocale()
    // while a DocumentLanguage lives.
    static QLocale locale(const QString &code, NumberStyle numbers);
    // A date as a document in the language in force writes it in full,
    // without the weekday: "December 3, 2026", "3 de diciembre de 2026".
    static QString date(QDate date);

private:
    QString m_before;
    QLocale m_localeBefore;
    bool m_switched = false;
};

} // namespace cairn
