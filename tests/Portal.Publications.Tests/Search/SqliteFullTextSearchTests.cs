using Portal.Publications.Search;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Search;

/// <summary>The search contract on the embedded default: SQLite FTS5 with bm25.</summary>
public sealed class SqliteFullTextSearchTests : FullTextSearchContract
{
    protected override Type ExpectedEngine => typeof(SqliteFullTextSearch);

    internal override async Task<IPublicationsStore> CreateStoreAsync(string? migration = null) => await SqlitePublicationsStore.CreateAsync(migration);
}
