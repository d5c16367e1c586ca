namespace Portal.OpenId.Models;

/// <summary>
/// The outcome of a change to a scope: field errors when invalid; when in conflict, what kind (<see cref="Title"/>),
/// why (<see cref="Reason"/>, one sentence for a person) and, for a scope still permitted to clients, which
/// clients (<see cref="Clients"/>).
/// </summary>
public sealed record ScopeOperationResult(
    ScopeOperationStatus Status,
    IDictionary<string, string[]> Errors,
    ScopeView? Scope = null,
    string? Title = null,
    string? Reason = null,
    IReadOnlyList<string>? Clients = null)
{
    private static readonly Dictionary<string, string[]> None = [];

    public static ScopeOperationResult Done(ScopeView scope) => new(ScopeOperationStatus.Done, None, scope);
    public static ScopeOperationResult Invalid(IDictionary<string, string[]> errors) => new(ScopeOperationStatus.Invalid, errors);
    public static ScopeOperationResult NotFound() => new(ScopeOperationStatus.NotFound, None);

    public static ScopeOperationResult Taken(string name) => Conflict("The scope name is taken.", $"A scope named '{name}' already exists.");

    public static ScopeOperationResult BuiltIn(string name) =>
        Conflict("The scope comes with the portal.", $"The scope '{name}' comes with the portal and cannot be deleted; its display name and description may be changed.");

    public static ScopeOperationResult InUse(string name, IReadOnlyList<string> clients) =>
        Conflict("The scope is in use.", $"The scope '{name}' is still permitted to {(clients.Count == 1 ? "the client" : "the clients")} " +
            $"{string.Join(", ", clients)}: remove it from {(clients.Count == 1 ? "that client" : "those clients")} first.", clients);

    private static ScopeOperationResult Conflict(string title, string reason, IReadOnlyList<string>? clients = null) =>
        new(ScopeOperationStatus.Conflict, new Dictionary<string, string[]> { ["name"] = [reason] }, Title: title, Reason: reason, Clients: clients);
}
