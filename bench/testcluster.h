#pragma once

#include <QString>
#include <QTemporaryDir>

namespace cairn::bench {

// A throw-away PostgreSQL cluster (scripts/pg-test-server) for the length of
// one benchmark: started in a temporary folder, stopped and removed when
// this goes, also when the benchmark fails or is interrupted (SIGINT, SIGTERM).
class TestCluster
{
public:
    // Throws std::runtime_error saying why it could not start.
    TestCluster();
    ~TestCluster();
    TestCluster(const TestCluster &) = delete;
    TestCluster &operator=(const TestCluster &) = delete;

    // postgresql://cairn@localhost:PORT/cairn_test, a superuser's.
    QString url() const { return m_url; }

    // scripts/pg-test-server beside the source tree this binary was built
    // from (build/bin/../../scripts), else in the source folder; empty when
    // neither is there.
    static QString script();

private:
    QTemporaryDir m_dir;
    QString m_url;
};

} // namespace cairn::bench
