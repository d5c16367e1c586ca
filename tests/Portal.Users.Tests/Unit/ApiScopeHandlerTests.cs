using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Security;
using Portal.Users.Security;

namespace Portal.Users.Tests.Unit;

public sealed class ApiScopeHandlerTests
{
    private static readonly ApiScopeRequirement RoutingWrite = new("routing.write");

    [Fact]
    public async Task A_token_with_the_scope_passes()
    {
        Assert.True(await PassesAsync(Token("routing.read routing.write")));
    }

    [Fact]
    public async Task A_token_without_the_scope_is_refused_even_when_a_similar_scope_is_present()
    {
        Assert.False(await PassesAsync(Token("routing.read routing.writer")));
        Assert.False(await PassesAsync(Token()));
    }

    [Fact]
    public async Task A_scope_in_a_claim_of_its_own_or_between_extra_spaces_counts()
    {
        Assert.True(await PassesAsync(Token("routing.read", "routing.write")));
        Assert.True(await PassesAsync(Token("  routing.read   routing.write ")));
        Assert.False(await PassesAsync(Token("routing.read", "routing.writer")));
    }

    [Fact]
    public async Task A_person_signed_in_with_the_cookie_is_not_asked_for_scopes()
    {
        var cookie = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "Identity.Application"));

        Assert.True(await PassesAsync(cookie));
    }

    private static ClaimsPrincipal Token(params string[] scopeClaims)
    {
        List<Claim> claims = [new(OfficialSensitiveHandler.ClientIdClaim, "telephony")];
        claims.AddRange(scopeClaims.Select(scopes => new Claim(PortalClaimTypes.Scope, scopes)));

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "OpenIddict.Validation.AspNetCore"));
    }

    private static async Task<bool> PassesAsync(ClaimsPrincipal user)
    {
        var context = new AuthorizationHandlerContext([RoutingWrite], user, null);
        await new ApiScopeHandler().HandleAsync(context);
        return context.HasSucceeded;
    }
}
