// A full disk and a read-only folder, for real: a small tmpfs mounted for
// the test (the suite runs as root on CI). Each says what it is, changes
// nothing, and is never called a damaged file.
#include "faultsupport.h"

#include <QProcess>
#include <QStorageInfo>

#include <iostream>

#include <unistd.h>

using namespace cairn;
using namespace cairn::test;

namespace {

// A tmpfs of `bytes`, mounted on a fresh folder for the life of the object.
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes)
    {
        if (::geteuid() != 0) {
            WARN("not root: cannot mount a small disk; the full-disk tests need root (CI runs as root)");
            return;
        }
        m_mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                                QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"),
                                                                m_dir.path()})
                    == 0;
        // A container without the right to mount: say so loudly rather than
        // fail every other test's landing; this machine and CI can mount.
        if (!m_mounted)
            WARN("root, but mounting a tmpfs was refused here: the full-disk tests did not run");
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }

    bool mounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

    // Fills the disk until `leave` bytes are free.
    void fill(qint64 leave)
    {
        QStorageInfo storage(m_dir.path());
        const qint64 filler = storage.bytesAvailable() - leave;
        REQUIRE(filler > 0);
        QFile file(filePath(QStringLiteral("filler")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(QByteArray(filler, 'f')) == filler);
        file.close();
        storage.refresh();
        INFO("free: " << storage.bytesAvailable());
        REQUIRE(storage.bytesAvailable() <= leave);
    }

    void makeReadOnly()
    {
        REQUIRE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) == 0);
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// Files of the disk apart from the plan and the filler.
QStringList othersOn(const SmallDisk &disk, const QStringList &expected)
{
    QStringList files = filesIn(disk.path());
    for (const QString &name : expected)
        files.removeAll(name);
    files.removeAll(QStringLiteral("filler"));
    return files;
}

} // namespace

TEST_CASE("on a full disk every command says the disk is full, and the plan stays whole", "[fault][disk]")
{
    SmallDisk disk(6 * 1024 * 1024);
    if (!disk.mounted())
        return;
    const QString plan = disk.filePath(QStringLiteral("plan.cairn"));
    importSocorro(plan);
    const QString pdf = disk.filePath(QStringLiteral("report.pdf"));
    const QString json = disk.filePath(QStringLiteral("plan.json"));
    const QString sheet = disk.filePath(QStringLiteral("sheet.csv"));
    REQUIRE(cliInProcess({QStringLiteral("report"), plan, QStringLiteral("-o"), pdf, QStringLiteral("--no-charts")}).exitCode == 0);
    REQUIRE(cliInProcess({QStringLiteral("export"), plan, json}).exitCode == 0);
    // Every measure's value, each with a long note: far more than is left.
    writeAll(sheet, sheetOfValues(plan, QStringLiteral("2025-26"), QStringLiteral("61"), QString(3000, u'n')));
    const QStringList mine = {QStringLiteral("plan.cairn"), QStringLiteral("report.pdf"), QStringLiteral("plan.json"), QStringLiteral("sheet.csv")};
    const QByteArray planBytes = readAll(plan);
    const QByteArray pdfBytes = readAll(pdf);
    const QByteArray jsonBytes = readAll(json);
    disk.fill(64 * 1024);

    const QList<QStringList> commands = {
        {QStringLiteral("values"), QStringLiteral("import"), plan, sheet},
        {QStringLiteral("report"), plan, QStringLiteral("-o"), pdf, QStringLiteral("--force")},
        {QStringLiteral("export"), plan, json, QStringLiteral("--force")},
        {QStringLiteral("import"), socorroSample(), plan, QStringLiteral("--force")},
        {QStringLiteral("import"), socorroSample(), disk.filePath(QStringLiteral("new.cairn"))},
    };
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliRun run = cliInProcess(command);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("is full")));
        CHECK_FALSE(run.err.contains(QStringLiteral("damaged")));
        CHECK_FALSE(run.err.contains(QStringLiteral("Unknown error")));
        CHECK_FALSE(run.out.contains(QStringLiteral("saved")));
        CHECK(othersOn(disk, mine).isEmpty());
    }
    CHECK(readAll(plan) == planBytes);
    CHECK(readAll(pdf) == pdfBytes);
    CHECK(readAll(json) == jsonBytes);
    // Reading needs no room.
    CHECK(cliInProcess({QStringLiteral("status"), plan}).exitCode == 0);
    CHECK(rawScalar(plan, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    std::cout << "full disk: " << commands.size() << " commands refused, each naming the full disk; plan intact" << std::endl;
}

TEST_CASE("in a read-only folder a plan opens read-only and an edit says the folder does not allow writing", "[fault][disk]")
{
    SmallDisk disk(4 * 1024 * 1024);
    if (!disk.mounted())
        return;
    const QString plan = disk.filePath(QStringLiteral("plan.cairn"));
    importSocorro(plan);
    QTemporaryDir elsewhere;
    const QString sheet = elsewhere.filePath(QStringLiteral("sheet.csv"));
    writeAll(sheet, "code,school year,actual\n1.2-L1,2024-25,61\n");
    const QByteArray bytes = readAll(plan);
    disk.makeReadOnly();

    const CliRun values = cliInProcess({QStringLiteral("values"), QStringLiteral("import"), plan, sheet});
    INFO(values.err.toStdString());
    CHECK(values.exitCode == 1);
    CHECK(values.err.contains(QStringLiteral("does not allow writing")));
    CHECK_FALSE(values.err.contains(QStringLiteral("damaged")));
    const CliRun imported = cliInProcess({QStringLiteral("import"), socorroSample(), disk.filePath(QStringLiteral("new.cairn"))});
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.contains(QStringLiteral("does not allow writing")));
    const CliRun status = cliInProcess({QStringLiteral("status"), plan});
    INFO(status.err.toStdString());
    CHECK(status.exitCode == 0);
    CHECK(readAll(plan) == bytes);
    CHECK(filesIn(disk.path()) == QStringList{QStringLiteral("plan.cairn")});
}
