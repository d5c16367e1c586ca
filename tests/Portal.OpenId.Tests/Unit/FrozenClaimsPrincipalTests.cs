using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using Portal.OpenId.Security;

namespace Portal.OpenId.Tests.Unit;

/// <summary>A confirmed token's principal is shared between requests, so nothing may change it; a clone may be changed.</summary>
public sealed class FrozenClaimsPrincipalTests
{
    private static ClaimsPrincipal Validated(ClaimsIdentity identity)
    {
        identity.AddClaim(new Claim("sub", "telephony"));
        identity.AddClaim(new Claim("scope", "routing.read"));
        return new ClaimsPrincipal(identity);
    }

    [Fact]
    public void Claims_and_identities_can_be_neither_added_nor_removed()
    {
        var frozen = new FrozenClaimsPrincipal(Validated(new CaseSensitiveClaimsIdentity("Bearer")));
        var identity = (ClaimsIdentity)frozen.Identity!;
        var subject = identity.FindFirst("sub")!;

        Assert.Throws<InvalidOperationException>(() => identity.AddClaim(new Claim("role", "Administrator")));
        Assert.Throws<InvalidOperationException>(() => identity.AddClaims([new Claim("role", "Administrator")]));
        Assert.Throws<InvalidOperationException>(() => identity.RemoveClaim(subject));
        Assert.False(identity.TryRemoveClaim(subject));
        Assert.Throws<InvalidOperationException>(() => frozen.AddIdentity(new ClaimsIdentity()));
        Assert.Throws<InvalidOperationException>(() => frozen.AddIdentities([new ClaimsIdentity()]));

        Assert.Equal(["sub", "scope"], frozen.Claims.Select(c => c.Type));
        Assert.True(frozen.Identity!.IsAuthenticated);
        Assert.Equal("Bearer", frozen.Identity.AuthenticationType);
    }

    [Fact]
    public void The_frozen_copy_does_not_follow_later_changes_to_the_principal_it_was_made_from()
    {
        var validated = Validated(new ClaimsIdentity("Bearer"));
        var frozen = new FrozenClaimsPrincipal(validated);

        ((ClaimsIdentity)validated.Identity!).AddClaim(new Claim("role", "Administrator"));

        Assert.False(frozen.HasClaim("role", "Administrator"));
    }

    [Fact]
    public void A_clone_can_be_changed_and_the_shared_principal_stays_as_it_was()
    {
        var frozen = new FrozenClaimsPrincipal(Validated(new CaseSensitiveClaimsIdentity("Bearer")));

        var clone = frozen.Clone();
        ((ClaimsIdentity)clone.Identity!).AddClaim(new Claim("role", "Administrator"));

        Assert.True(clone.HasClaim("role", "Administrator"));
        Assert.IsType<CaseSensitiveClaimsIdentity>(clone.Identity);
        Assert.False(frozen.HasClaim("role", "Administrator"));
        Assert.Equal("telephony", clone.FindFirst("sub")?.Value);
    }

    [Fact]
    public void Every_claim_of_a_type_is_found_in_order()
    {
        var identity = new CaseSensitiveClaimsIdentity("Bearer");
        identity.AddClaim(new Claim("role", "Dispatcher"));
        var validated = Validated(identity);
        validated.Identities.First().AddClaim(new Claim("role", "Supervisor"));
        var frozen = new FrozenClaimsPrincipal(validated);

        var identityOf = (ClaimsIdentity)frozen.Identity!;
        Assert.Equal(["Dispatcher", "Supervisor"], identityOf.FindAll("role").Select(c => c.Value));
        Assert.Equal(["role", "sub", "scope", "role"], identityOf.Claims.Select(c => c.Type));
        Assert.Empty(identityOf.FindAll("email"));
        Assert.Null(identityOf.FindFirst("email"));
        Assert.Same(identityOf, identityOf.FindFirst("sub")!.Subject);
    }

    [Fact]
    public void Claim_types_match_as_they_did_in_the_identity_it_was_made_from()
    {
        var caseSensitive = new FrozenClaimsPrincipal(Validated(new CaseSensitiveClaimsIdentity("Bearer")));
        var ignoringCase = new FrozenClaimsPrincipal(Validated(new ClaimsIdentity("Bearer")));

        Assert.Null(caseSensitive.FindFirst("SUB"));
        Assert.Empty(caseSensitive.FindAll("Scope"));
        Assert.False(caseSensitive.HasClaim("SCOPE", "routing.read"));
        Assert.Equal("telephony", caseSensitive.FindFirst("sub")?.Value);
        Assert.True(caseSensitive.HasClaim("scope", "routing.read"));

        Assert.Equal("telephony", ignoringCase.FindFirst("SUB")?.Value);
        Assert.Single(ignoringCase.FindAll("Scope"));
        Assert.True(ignoringCase.HasClaim("SCOPE", "routing.read"));
    }
}
