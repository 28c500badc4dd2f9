#include "testserver.h"

#include "serverload.h"

using namespace cairn;
using namespace cairn::bench;
using namespace cairn::test;

TEST_CASE("a short server load loses nothing, refuses every stale edit and counts what it did", "[bench][server]")
{
    if (testServerUrl().isEmpty())
        return;
    ServerDatabase server;
    LoadOptions options;
    options.url = server.url();
    options.owners = 4;
    options.seconds = 2;
    options.staleEvery = 2;
    const LoadResult result = runLoad(options);
    INFO(result.firstError.toStdString());
    CHECK(result.errors == 0);
    CHECK(result.accepted > 0);
    CHECK(result.writeMs.size() == std::size_t(result.accepted));
    CHECK(result.lost == 0);
    CHECK(result.staleTried > 0);
    CHECK(result.staleRefused == result.staleTried);
    CHECK(result.staleAccepted == 0);
    // Every accepted write was seen by the watcher.
    CHECK(result.visibleMs.size() == std::size_t(result.accepted));
}
