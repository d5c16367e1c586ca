using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.CallRouting.Live.Security;

namespace Portal.CallRouting.Tests.Live;

/// <summary>Only a client's own token with routing.events may send telephony events; a person never may.</summary>
public sealed class TelephonyClientHandlerTests
{
    [Theory]
    [InlineData("met-automation", "met-automation", "routing.events routing.read", true)]
    [InlineData("met-automation", "met-automation", "routing.read routing.write", false)]
    [InlineData("met-automation", "user-42", "routing.events", false)]
    [InlineData(null, "user-42", null, false)]
    public async Task Only_a_clients_own_token_with_the_events_scope_passes(string? clientId, string subject, string? scope, bool passes)
    {
        var claims = new List<Claim> { new("sub", subject) };
        if (clientId is not null)
        {
            claims.Add(new Claim("client_id", clientId));
        }

        if (scope is not null)
        {
            claims.Add(new Claim("scope", scope));
        }

        var requirement = new TelephonyClientRequirement();
        var context = new AuthorizationHandlerContext([requirement], new ClaimsPrincipal(new ClaimsIdentity(claims, clientId is null ? "Identity.Application" : "Bearer")), null);

        await new TelephonyClientHandler().HandleAsync(context);

        Assert.Equal(passes, context.HasSucceeded);
    }
}
