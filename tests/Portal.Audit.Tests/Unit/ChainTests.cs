using System.Net;
using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Audit;
using Portal.Audit.Services;
using Portal.Audit.Tests.Support;

namespace Portal.Audit.Tests.Unit;

/// <summary>The real log and verifier on a SQLite store; the tampering tests change the store behind the log's back.</summary>
public sealed class ChainTests : IDisposable
{
    private readonly ChainStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task An_empty_log_is_intact()
    {
        var result = await _store.VerifyAsync();

        Assert.True(result.Intact);
        Assert.Equal(0, result.Checked);
    }

    [Fact]
    public async Task A_long_chain_across_several_batches_is_intact_and_linked()
    {
        var count = AuditVerifier.BatchSize + 37;
        await _store.FillAsync(count);

        var result = await _store.VerifyAsync();
        var entries = await _store.AllAsync();

        Assert.True(result.Intact, result.Summary);
        Assert.Equal(count, result.Checked);
        Assert.Equal($"The audit log is intact: {count} entries checked.", result.Summary);
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].Hash, entries[i].PreviousHash);
            Assert.Equal(AuditHash.Compute(entries[i]), entries[i].Hash);
        }
    }

    [Fact]
    public async Task A_modified_detail_is_reported_at_that_entry()
    {
        await _store.FillAsync(10);

        Assert.Equal(1, await _store.ExecuteAsync("UPDATE AuditEntries SET Detail = 'nothing happened' WHERE Sequence = 5"));
        var result = await _store.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(5, result.BrokenAt);
        Assert.Equal(4, result.Checked);
        Assert.Contains("changed after it was written", result.Reason);
        Assert.StartsWith("The chain breaks at entry #5:", result.Summary);
    }

    [Fact]
    public async Task A_modified_hash_is_reported_at_that_entry()
    {
        await _store.FillAsync(10);

        await _store.ExecuteAsync("UPDATE AuditEntries SET Hash = {0} WHERE Sequence = 7", new string('e', 64));
        var result = await _store.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(7, result.BrokenAt);
    }

    [Fact]
    public async Task A_modified_entry_given_a_fresh_hash_breaks_the_link_of_the_next()
    {
        await _store.FillAsync(10);
        var entry = (await _store.AllAsync())[4];
        entry.Detail = "rewritten";
        var rehashed = AuditHash.Compute(entry);

        await _store.ExecuteAsync("UPDATE AuditEntries SET Detail = 'rewritten', Hash = {0} WHERE Sequence = 5", rehashed);
        var result = await _store.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(6, result.BrokenAt);
        Assert.Contains("does not link to entry #5", result.Reason);
    }

    [Fact]
    public async Task A_deleted_middle_entry_is_reported_as_missing()
    {
        await _store.FillAsync(10);

        await _store.ExecuteAsync("DELETE FROM AuditEntries WHERE Sequence = 5");
        var result = await _store.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(5, result.BrokenAt);
        Assert.Contains("entry #5 is missing", result.Reason);
    }

    [Fact]
    public async Task A_deleted_first_entry_is_reported_as_missing()
    {
        await _store.FillAsync(3);

        await _store.ExecuteAsync("DELETE FROM AuditEntries WHERE Sequence = 1");
        var result = await _store.VerifyAsync();

        Assert.Equal(1, result.BrokenAt);
    }

    [Fact]
    public async Task Reordered_entries_are_reported_at_the_first_one_out_of_place()
    {
        await _store.FillAsync(10);

        // Swap entries 5 and 6 by renumbering them.
        await _store.ExecuteAsync("UPDATE AuditEntries SET Sequence = -1 WHERE Sequence = 5");
        await _store.ExecuteAsync("UPDATE AuditEntries SET Sequence = 5 WHERE Sequence = 6");
        await _store.ExecuteAsync("UPDATE AuditEntries SET Sequence = 6 WHERE Sequence = -1");
        var result = await _store.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(5, result.BrokenAt);
    }

    [Fact]
    public async Task A_forked_chain_is_reported_where_the_branch_starts()
    {
        await _store.FillAsync(10);
        var entries = await _store.AllAsync();
        // A well-formed entry #6 that links to #4: a second branch from #4, hashed correctly.
        var fork = entries[5];
        fork.PreviousHash = entries[3].Hash;
        fork.Detail = "a different story";
        var forkHash = AuditHash.Compute(fork);

        await _store.ExecuteAsync("UPDATE AuditEntries SET PreviousHash = {0}, Detail = {1}, Hash = {2} WHERE Sequence = 6",
            fork.PreviousHash, fork.Detail!, forkHash);
        var result = await _store.VerifyAsync();

        Assert.Equal(6, result.BrokenAt);
    }

    [Fact]
    public async Task Parallel_writers_get_consecutive_numbers_and_one_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            _store.WriteAsync(new AuditEntry(AuditCategories.Accounts, "parallel", AuditOutcome.Success, "writer-" + i)))));

        var result = await _store.VerifyAsync();

        Assert.True(result.Intact, result.Summary);
        Assert.Equal(50, result.Checked);
    }

    [Fact]
    public async Task Secrets_are_masked_and_long_details_cut_before_hashing()
    {
        await _store.WriteAsync(new AuditEntry(AuditCategories.Clients, "client-registered", AuditOutcome.Success,
            "client_secret=abc123", "token=xyz " + new string('d', 3000)));

        var entry = Assert.Single(await _store.AllAsync());

        Assert.Equal("client_secret=***", entry.Subject);
        Assert.StartsWith("token=*** ddd", entry.Detail);
        Assert.Equal(2000, entry.Detail!.Length);
        Assert.True((await _store.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Actor_and_address_come_from_the_request_or_say_system()
    {
        var http = new DefaultHttpContext();
        http.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim("sub", "u-1"), new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Email, "ann@example.org")], "test"));
        http.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.7");
        var client = new DefaultHttpContext();
        client.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim("sub", "met-automation"), new System.Security.Claims.Claim("client_id", "met-automation")], "Bearer"));

        await _store.WriteAsync(new AuditEntry(AuditCategories.SignIn, "sign-in", AuditOutcome.Success), http);
        await _store.WriteAsync(new AuditEntry(AuditCategories.SignIn, "token", AuditOutcome.Success), client);
        await _store.WriteAsync(new AuditEntry(AuditCategories.SignIn, "sign-in", AuditOutcome.Failure), new DefaultHttpContext());
        await _store.WriteAsync(new AuditEntry(AuditCategories.Features, "startup", AuditOutcome.Success));
        await _store.WriteAsync(new AuditEntry(AuditCategories.Features, "given", AuditOutcome.Success) { Actor = "recipe", RemoteAddress = "10.0.0.1" }, http);

        var entries = await _store.AllAsync();

        Assert.Equal(["ann@example.org", "client:met-automation", "anonymous", "system", "recipe"], entries.Select(e => e.Actor));
        Assert.Equal(["192.0.2.7", null, null, null, "10.0.0.1"], entries.Select(e => e.RemoteAddress));
    }

    [Fact]
    public async Task An_entry_without_category_or_action_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.WriteAsync(new AuditEntry("", "x", AuditOutcome.Success)));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.WriteAsync(new AuditEntry("features", " ", AuditOutcome.Success)));
        Assert.Empty(await _store.AllAsync());
    }

    [Fact]
    public async Task The_context_refuses_to_save_a_changed_or_removed_entry()
    {
        await _store.FillAsync(2);
        await using var db = _store.NewContext();
        var first = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Entries, e => e.Sequence == 1);

        first.Detail = "rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.Entry(first).State = Microsoft.EntityFrameworkCore.EntityState.Deleted;
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

        Assert.True((await _store.VerifyAsync()).Intact);
        Assert.Equal("entry 1", (await _store.AllAsync())[0].Detail);
    }
}
