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
/// An identity of a <see cref="FrozenClaimsPrincipal"/>. It finds claims as the identity it was made from did:
/// an access token's identity (<see cref="CaseSensitiveClaimsIdentity"/>) matches claim types exactly.
/// </summary>
public sealed class FrozenClaimsIdentity : ClaimsIdentity
{
    private readonly bool _caseSensitive;

    public FrozenClaimsIdentity(ClaimsIdentity identity)
        : base(identity)
    {
        _caseSensitive = identity is CaseSensitiveClaimsIdentity;
    }

    internal static InvalidOperationException Refused() =>
        new("A confirmed token's principal is shared by every request that presents the token: clone it to change it.");

    public override void AddClaim(Claim claim) => throw Refused();

    public override void AddClaims(IEnumerable<Claim?> claims) => throw Refused();

    public override void RemoveClaim(Claim? claim) => throw Refused();

    public override bool TryRemoveClaim(Claim? claim) => false;

    public override ClaimsIdentity Clone() => _caseSensitive ? new CaseSensitiveClaimsIdentity(this) : new ClaimsIdentity(this);

    public override IEnumerable<Claim> FindAll(string type) =>
        _caseSensitive ? Claims.Where(claim => string.Equals(claim.Type, type, StringComparison.Ordinal)) : base.FindAll(type);

    public override Claim? FindFirst(string type) =>
        _caseSensitive ? Claims.FirstOrDefault(claim => string.Equals(claim.Type, type, StringComparison.Ordinal)) : base.FindFirst(type);

    public override bool HasClaim(string type, string value) =>
        _caseSensitive
            ? Claims.Any(claim => string.Equals(claim.Type, type, StringComparison.Ordinal) && string.Equals(claim.Value, value, StringComparison.Ordinal))
            : base.HasClaim(type, value);
}
