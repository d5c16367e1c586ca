namespace Portal.Abstractions.Security;

/// <summary>
/// Whether a user's account may still sign in, and its current security stamp. Lets a module that hands out
/// long-lived credentials (refresh tokens) notice a password, vetting or role change, a lock or a deletion without
/// depending on the module that keeps the users. Scoped, in the tenant's container.
/// </summary>
public interface IUserAccountStatus
{
    /// <summary>
    /// The user's current security stamp when the account exists and may sign in (is not locked out); otherwise
    /// null. The stamp changes whenever something about the account that credentials depend on changes.
    /// </summary>
    Task<string?> CurrentStampAsync(string userId, CancellationToken ct);
}
