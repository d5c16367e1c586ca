using Portal.CallRouting.Live.Services;

namespace Portal.CallRouting.Tests.Live;

/// <summary>The live-state cases against the in-process store (the embedded default).</summary>
public sealed class InProcessLiveStateStoreTests : LiveStateStoreContract
{
    private protected override ILiveStateStore CreateStore(string tenant = "met") => new InProcessLiveStateStore();
}
