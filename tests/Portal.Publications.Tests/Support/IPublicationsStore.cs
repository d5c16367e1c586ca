using Portal.Publications.Reports.Data;

namespace Portal.Publications.Tests.Support;

/// <summary>A migrated store of the module on one provider, for tests that must hold on every provider.</summary>
internal interface IPublicationsStore : IAsyncDisposable
{
    /// <summary>A fresh unit of work on the store.</summary>
    PublicationsDbContext NewContext();
}
