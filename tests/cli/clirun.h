#pragma once

#include "testsupport.h"

#include <QProcess>

namespace cairn::test {

// What one run of the real cairn-cli gave.
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CAIRN_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace cairn::test
