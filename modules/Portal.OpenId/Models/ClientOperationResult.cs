namespace Portal.OpenId.Models;

public enum ClientOperationStatus
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>
/// The outcome of a change to a client: field errors when invalid, and the secret when one was just generated
/// (shown once, never stored in clear).
/// </summary>
public sealed record ClientOperationResult(ClientOperationStatus Status, IDictionary<string, string[]> Errors, ClientView? Client = null, string? Secret = null)
{
    private static readonly Dictionary<string, string[]> None = [];

    public static ClientOperationResult Done(ClientView client, string? secret = null) => new(ClientOperationStatus.Done, None, client, secret);
    public static ClientOperationResult Invalid(IDictionary<string, string[]> errors) => new(ClientOperationStatus.Invalid, errors);
    public static ClientOperationResult NotFound() => new(ClientOperationStatus.NotFound, None);
    public static ClientOperationResult Conflict(string clientId) =>
        new(ClientOperationStatus.Conflict, new Dictionary<string, string[]> { ["clientId"] = [$"A client with id '{clientId}' already exists."] });
}
