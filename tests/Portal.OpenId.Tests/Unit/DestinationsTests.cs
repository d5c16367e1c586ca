using System.Security.Claims;
using OpenIddict.Abstractions;
using Portal.OpenId.Services;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId.Tests.Unit;

public sealed class DestinationsTests
{
    [Fact]
    public void The_account_stamp_goes_into_no_access_or_identity_token()
    {
        var identity = new ClaimsIdentity("test");
        identity.SetClaim(Claims.Subject, "user-1");
        identity.SetClaim(PortalClaims.AccountStamp, "STAMP");
        identity.SetScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles);

        identity.SetDestinations(PortalClaims.DestinationsOf);

        Assert.Empty(identity.FindFirst(PortalClaims.AccountStamp)!.GetDestinations());
        Assert.Contains(Destinations.AccessToken, identity.FindFirst(Claims.Subject)!.GetDestinations());
    }
}
