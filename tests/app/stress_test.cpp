// The stress test of concurrent editing (issue 14): the window under test,
// a second document in this process (another window) and the real cairn-cli
// edit one plan in a seeded random order while the window cycles through
// the states a person leaves it in. Nothing may crash, and the file must
// hold every edit a side reported saved, with its author, and none it
// reported refused. CAIRN_STRESS_SEED and CAIRN_STRESS_EDITS change the run.
#include "stressrun.h"

using namespace cairn;
using namespace cairn::test;

namespace {

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

TEST_CASE("three writers at random on one plan: nothing crashes, every saved edit is kept with its author", "[concurrent][stress]")
{
    const auto seed = unsigned(fromEnvironment("CAIRN_STRESS_SEED", 14));
    const int edits = fromEnvironment("CAIRN_STRESS_EDITS", 600);
    INFO("seed " << seed << " (CAIRN_STRESS_SEED)");
    StressRun stress(seed, GENERATE(from_range(backends())));
    stress.run(edits);
    stress.finish();
    stress.report(seed);
}
