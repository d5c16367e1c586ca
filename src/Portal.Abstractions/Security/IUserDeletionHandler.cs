namespace Portal.Abstractions.Security;

/// <summary>
/// Told when a user's account is about to be deleted, so that a module can drop what it keeps for that person without
/// depending on the module that keeps the users: for example access given by email address, which would otherwise
/// pass to the next account given that address. Called before the deletion, so that a handler that fails stops it
/// (nothing is left behind for a deleted person; at worst a person who still exists loses access). Scoped, in the
/// tenant's container; every registered handler is called.
/// </summary>
public interface IUserDeletionHandler
{
    Task UserDeletingAsync(DeletingUser user, CancellationToken cancellationToken);
}
