using Microsoft.EntityFrameworkCore;
using Portal.Publications.Search;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Search;

/// <summary>
/// The search contract on the real PostgreSQL server (PORTAL_TEST_POSTGRES, started by infra/test.sh): the generated
/// tsvector columns, GIN index, plainto_tsquery and ts_rank. Fails when the server is missing.
/// </summary>
public sealed class PostgresFullTextSearchTests : FullTextSearchContract
{
    protected override Type ExpectedEngine => typeof(PostgresFullTextSearch);

    internal override async Task<IPublicationsStore> CreateStoreAsync(string? migration = null) => await PostgresPublicationsStore.CreateAsync(migration);

    [Fact]
    public async Task Every_stop_word_the_module_leaves_out_is_one_postgresql_leaves_out()
    {
        await using var store = await CreateStoreAsync();
        await using var db = store.NewContext();
        var words = StopWords.All.ToArray();

        // plainto_tsquery of a stop word alone is an empty query (no node): the word would match nothing there.
        var kept = await db.Database.SqlQuery<string>($"""
            SELECT w AS "Value" FROM unnest({words}) AS w WHERE numnode(plainto_tsquery('english'::regconfig, w)) > 0
            """).ToListAsync();

        Assert.Equal(127, words.Length);
        Assert.Empty(kept);
    }
}
