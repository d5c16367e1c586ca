using Portal.Abstractions.Security;

namespace Portal.Publications.Sensitive.Services;

/// <summary>
/// A deleted account's Part 2 grants go with it. Grants name people by email address, so a grant left behind would
/// open Part 2 to whoever is next given that address; each grant taken away is audited.
/// </summary>
internal sealed class GrantsOfDeletedUsers(ReportAccessGrants grants) : IUserDeletionHandler
{
    public const string Reason = "account deleted";

    public Task UserDeletingAsync(DeletingUser user, CancellationToken cancellationToken) =>
        grants.RevokeAllAsync(user.Email, Reason, cancellationToken);
}
