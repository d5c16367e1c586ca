namespace Portal.Users.Models;

/// <summary>
/// One signed-in session, held server-side: the cookie carries only <see cref="Id"/>. The session is good only
/// while its row exists and <see cref="SecurityStamp"/> equals the user's current stamp, so a password change,
/// lock, role or vetting change (which renew the stamp), deletion or sign-out ends every copy of the cookie at once.
/// </summary>
public sealed class UserSession
{
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The user's security stamp when the session was last signed in or renewed.</summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>The serialized authentication ticket.</summary>
    public byte[] Ticket { get; set; } = [];

    /// <summary>Unix seconds, UTC (a number, so SQLite can compare it in a query).</summary>
    public long CreatedAt { get; set; }

    /// <summary>When the ticket expires (sliding), Unix seconds; expired rows are refused and swept.</summary>
    public long ExpiresAt { get; set; }
}
