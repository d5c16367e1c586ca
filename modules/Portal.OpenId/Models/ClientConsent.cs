namespace Portal.OpenId.Models;

/// <summary>
/// Whether people are asked before a client gets their data. <see cref="Implicit"/>: a first-party application the
/// tenant's administrators registered and vouch for, no page. <see cref="Explicit"/>: the person sees a consent page
/// naming the application and the scopes, and their answer is remembered until they revoke it.
/// </summary>
public static class ClientConsent
{
    public const string Implicit = "implicit";
    public const string Explicit = "explicit";

    public static IReadOnlyList<string> All { get; } = [Implicit, Explicit];
}
