using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Portal.OpenId.Security;

/// <summary>
/// A validated token's principal that nobody can change: its identities take no claim and lose none, and it takes no
/// further identity. So one principal serves every request that presents the same confirmed token, at the same time,
/// without one request's change showing in another's. <see cref="Clone"/> gives a copy that can be changed.
/// </summary>
public sealed class FrozenClaimsPrincipal : ClaimsPrincipal
{
    public FrozenClaimsPrincipal(ClaimsPrincipal principal)
        : base(principal.Identities.Select(identity => new FrozenClaimsIdentity(identity)).ToArray())
    {
    }

    public override void AddIdentity(ClaimsIdentity identity) => throw FrozenClaimsIdentity.Refused();

    public override void AddIdentities(IEnumerable<ClaimsIdentity> identities) => throw FrozenClaimsIdentity.Refused();

    public override ClaimsPrincipal Clone() => new(Identities.Select(identity => identity.Clone()).ToArray());
}

/// <summary>
/// An identity of a <see cref="FrozenClaimsPrincipal"/>: its claims are kept in an array, which the look-ups read
/// without allocating (every authorization of every request asks them). It finds claims as the identity it was made
/// from did: an access token's identity (<see cref="CaseSensitiveClaimsIdentity"/>) matches claim types exactly.
/// </summary>
public sealed class FrozenClaimsIdentity : ClaimsIdentity
{
    private readonly Claim[] _claims;
    private readonly StringComparison _typeComparison;

    public FrozenClaimsIdentity(ClaimsIdentity identity)
        : base(identity)
    {
        _claims = [.. base.Claims];
        _typeComparison = identity is CaseSensitiveClaimsIdentity ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
    }

    internal static InvalidOperationException Refused() =>
        new("A confirmed token's principal is shared by every request that presents the token: clone it to change it.");

    public override IEnumerable<Claim> Claims => _claims;

    public override void AddClaim(Claim claim) => throw Refused();

    public override void AddClaims(IEnumerable<Claim?> claims) => throw Refused();

    public override void RemoveClaim(Claim? claim) => throw Refused();

    public override bool TryRemoveClaim(Claim? claim) => false;

    public override ClaimsIdentity Clone() =>
        _typeComparison == StringComparison.Ordinal ? new CaseSensitiveClaimsIdentity(this) : new ClaimsIdentity(this);

    public override Claim? FindFirst(string type)
    {
        foreach (var claim in _claims)
        {
            if (string.Equals(claim.Type, type, _typeComparison))
            {
                return claim;
            }
        }

        return null;
    }

    public override IEnumerable<Claim> FindAll(string type)
    {
        List<Claim>? found = null;
        foreach (var claim in _claims)
        {
            if (string.Equals(claim.Type, type, _typeComparison))
            {
                (found ??= []).Add(claim);
            }
        }

        return found ?? [];
    }

    // Claim values match exactly, whatever the types do, as in ClaimsIdentity.
    public override bool HasClaim(string type, string value)
    {
        foreach (var claim in _claims)
        {
            if (string.Equals(claim.Type, type, _typeComparison) && string.Equals(claim.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
