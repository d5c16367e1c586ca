using Portal.CallRouting.Live.Services;
using Portal.CallRouting.Tests.Support.Live;

namespace Portal.CallRouting.Tests.Live;

/// <summary>The live-state cases against the real Redis (PORTAL_TEST_REDIS; fails without it).</summary>
public sealed class RedisLiveStateStoreTests : LiveStateStoreContract
{
    private protected override ILiveStateStore CreateStore(string tenant = "met") => new RedisLiveStateStore(TestRedis.ForTenant(tenant));
}
