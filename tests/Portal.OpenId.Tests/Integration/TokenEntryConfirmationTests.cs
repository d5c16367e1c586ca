using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using Portal.OpenId.Data;
using Portal.OpenId.Security;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>
/// The API skips the token's store reads for <see cref="ConfirmedTokenEntries.MaxAge"/> after finding it valid. A
/// revocation through this node's managers must still refuse the token on its next call; one written to the store
/// behind this node's back (another node) within the bound.
/// </summary>
public sealed class TokenEntryConfirmationTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private async Task<(string Token, string TokenId)> ConfirmedTokenAsync(HttpClient api)
    {
        var token = await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read");
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tenants")).StatusCode);
        var tokenId = (await factory.ValidateAccessTokenAsync(token)).GetTokenId();
        Assert.False(string.IsNullOrEmpty(tokenId));
        return (token, tokenId!);
    }

    [Fact]
    public async Task A_token_revoked_through_this_node_is_forgotten_at_once_and_refused_on_its_next_call()
    {
        using var api = factory.CreateApiClient();
        var (token, tokenId) = await ConfirmedTokenAsync(api);

        var (confirmedBefore, revoked, generationMoved, stillConfirmed) = await factory.InDefaultAsync(async (services, _) =>
        {
            var entries = services.GetRequiredService<ConfirmedTokenEntries>();
            var confirmed = entries.Find(token) is not null;
            var tokens = services.GetRequiredService<IOpenIddictTokenManager>();
            var before = entries.Generation;
            var entry = await tokens.FindByIdAsync(tokenId) ?? throw new InvalidOperationException("No token entry.");
            var done = await tokens.TryRevokeAsync(entry);
            return (confirmed, done, entries.Generation > before, entries.Find(token) is not null);
        });

        Assert.True(confirmedBefore);
        Assert.True(revoked);
        Assert.True(generationMoved);
        Assert.False(stillConfirmed);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/tenants")).StatusCode);
    }

    [Fact]
    public async Task A_token_revoked_in_the_store_by_another_node_is_refused_within_the_bound()
    {
        using var api = factory.CreateApiClient();
        var (_, tokenId) = await ConfirmedTokenAsync(api);

        // Another node's revocation: a write to the shared store that this node's managers never see.
        var changed = await factory.InDefaultAsync((services, _) => services.GetRequiredService<OpenIdDbContext>()
            .Set<OpenIddictEntityFrameworkCoreToken>()
            .Where(t => t.Id == tokenId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, OpenIddictConstants.Statuses.Revoked)));
        Assert.Equal(1, changed);

        // Polling, with a deadline well past the bound so a loaded machine does not fail it; a cache that never
        // expired would keep answering 200 until the deadline.
        var deadline = DateTimeOffset.UtcNow + ConfirmedTokenEntries.MaxAge + TimeSpan.FromSeconds(15);
        HttpStatusCode status;
        do
        {
            status = (await api.GetAsync("/api/tenants")).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(100);
        }
        while (DateTimeOffset.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }
}
