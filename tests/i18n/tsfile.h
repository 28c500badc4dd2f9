#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace cairn::test {

// One message of a Qt Linguist .ts file, as the translation tests read it.
struct TsMessage {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

// Every message of the .ts at `path`; fails the test when it cannot be read.
std::vector<TsMessage> readTsFile(const QString &path);

// The placeholders of `text` (%1 … %99, %n, %L1), sorted, for comparing a
// translation with its source.
QStringList placeholders(const QString &text);

} // namespace cairn::test
