#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

// Lets Catch2 print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &stream, const QString &text)
{
    return stream << '"' << text.toStdString() << '"';
}

namespace cairn::test {

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(CAIRN_SOURCE_DIR "/") + relative;
}

inline QString dataPath(const QString &name)
{
    return QStringLiteral(CAIRN_TEST_DATA "/") + name;
}

inline QString socorroSample()
{
    return sourcePath(QStringLiteral("resources/samples/socorro-isd-2023-2027.json"));
}

inline QString belenSample()
{
    return sourcePath(QStringLiteral("resources/samples/belen-consolidated-schools.json"));
}

// The two sample school plans aligned to the Socorro district sample.
inline QString elementarySample()
{
    return sourcePath(QStringLiteral("resources/samples/paseo-del-sol-elementary-2024-25.json"));
}

inline QString middleSample()
{
    return sourcePath(QStringLiteral("resources/samples/cerro-alto-middle-2024-25.json"));
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The files in a folder, to show that a refused operation left nothing behind.
inline QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace cairn::test
