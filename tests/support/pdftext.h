#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace cairn::test {

// What a poppler tool (pdftotext, pdfinfo) prints; the test fails when the
// tool is missing, since then nothing about the PDF would be checked.
inline QString poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " (poppler-utils) is needed to read the PDF back");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of pages `first` to `last`, whitespace collapsed; with `layout`,
// read row by row as the page shows it rather than column by column.
inline QString textOf(const QString &pdf, int first = 0, int last = 0, bool layout = false)
{
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last > 0 ? last : first);
    arguments << pdf << QStringLiteral("-");
    return poppler(QStringLiteral("pdftotext"), arguments).simplified();
}

} // namespace cairn::test
