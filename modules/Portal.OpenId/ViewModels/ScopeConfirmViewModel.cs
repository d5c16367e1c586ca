namespace Portal.OpenId.ViewModels;

/// <summary>
/// The scope named on the delete page, with what stops it being deleted: it comes with the portal, or
/// <see cref="Clients"/> are still permitted it.
/// </summary>
public sealed record ScopeConfirmViewModel(string Name, string DisplayName, bool BuiltIn, IReadOnlyList<string> Clients)
{
    public bool CanDelete => !BuiltIn && Clients.Count == 0;
}
