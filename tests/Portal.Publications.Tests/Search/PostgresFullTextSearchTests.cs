using Portal.Publications.Search;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Search;

/// <summary>
/// The search contract on the real PostgreSQL server (PORTAL_TEST_POSTGRES, started by infra/test.sh): the generated
/// tsvector column, GIN index, plainto_tsquery and ts_rank. Fails when the server is missing.
/// </summary>
public sealed class PostgresFullTextSearchTests : FullTextSearchContract
{
    protected override Type ExpectedEngine => typeof(PostgresFullTextSearch);

    internal override async Task<IPublicationsStore> CreateStoreAsync() => await PostgresPublicationsStore.CreateAsync();
}
