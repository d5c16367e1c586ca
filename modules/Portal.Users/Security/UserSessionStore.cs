using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Users.Data;
using Portal.Users.Models;

namespace Portal.Users.Security;

/// <summary>
/// Server-side sessions in the tenant's own store (so they survive a restart and never cross tenants). The cookie
/// holds only a random key; a session is honoured only while its row exists, has not expired, and carries the
/// user's current security stamp. A singleton of the tenant's container: each call opens its own scope.
/// </summary>
internal sealed class UserSessionStore(IServiceScopeFactory scopes, TimeProvider clock, IOptions<IdentityOptions> identity) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        var now = clock.GetUtcNow();
        db.Sessions.Add(new UserSession
        {
            Id = key,
            UserId = UserIdOf(ticket.Principal),
            SecurityStamp = StampOf(ticket.Principal),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAt = now.ToUnixTimeSeconds(),
            ExpiresAt = ExpiryOf(ticket, now),
        });
        // Sweep this user's expired sessions while here, so rows do not pile up.
        var nowSeconds = now.ToUnixTimeSeconds();
        var userId = UserIdOf(ticket.Principal);
        await db.Sessions.Where(s => s.UserId == userId && s.ExpiresAt < nowSeconds).ExecuteDeleteAsync();
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        var now = clock.GetUtcNow();
        var ticketBytes = TicketSerializer.Default.Serialize(ticket);
        var stamp = StampOf(ticket.Principal);
        var expires = ExpiryOf(ticket, now);
        // Only an existing session is renewed: a key that was removed (sign-out, revocation) stays dead.
        await db.Sessions.Where(s => s.Id == key).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Ticket, ticketBytes)
            .SetProperty(s => s.SecurityStamp, stamp)
            .SetProperty(s => s.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (httpContext.GetEndpoint()?.Metadata.GetMetadata<StartsNewSessionAttribute>() is not null)
        {
            // A sign-in: the session this browser had ends, and the handler then stores a new one under a new key.
            await RemoveAsync(key);
            return null;
        }

        return await RetrieveAsync(key);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var ticket = await (
                from session in db.Sessions
                join user in db.Users on session.UserId equals user.Id
                where session.Id == key && session.ExpiresAt >= now && session.SecurityStamp == user.SecurityStamp
                select session.Ticket)
            .AsNoTracking()
            .FirstOrDefaultAsync();
        return ticket is null ? null : TicketSerializer.Default.Deserialize(ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        await db.Sessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    private string UserIdOf(ClaimsPrincipal principal) =>
        principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType)
        ?? throw new InvalidOperationException("A session needs a user id claim.");

    private string StampOf(ClaimsPrincipal principal) =>
        principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) ?? "";

    private static long ExpiryOf(AuthenticationTicket ticket, DateTimeOffset now) =>
        (ticket.Properties.ExpiresUtc ?? now.Add(ApplicationCookie.IdleTimeout)).ToUnixTimeSeconds();
}
