#pragma once

#include "testsupport.h"

#include <QStringList>

#include <functional>

namespace cairn::test {

// What a cairn-cli command did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs cairn-cli's command in this process (Commands::run), for speed.
CliRun cliInProcess(const QStringList &arguments);
// Runs the real cairn-cli binary and waits for it.
CliRun cliProcess(const QStringList &arguments);

// The side files SQLite may leave beside a plan, and hidden temporaries.
QStringList sideFilesOf(const QString &path);

// Runs statements on a plain SQLite connection, bypassing Cairn.
void rawSql(const QString &path, const QStringList &statements);
// One value from a plain SQLite connection.
QString rawScalar(const QString &path, const QString &sql);

// An imported copy of the Socorro sample at `path`.
void importSocorro(const QString &path);

// A values sheet for `plan` that gives every numeric measure `value` (and
// `note`) for school year `year`.
QByteArray sheetOfValues(const QString &plan, const QString &year, const QString &value, const QString &note = {});

} // namespace cairn::test
