namespace Portal.OpenId.ViewModels;

/// <summary>
/// The consent page: which application asks, for what (each scope as the scope store names and describes it), and
/// the original authorization request, posted back as hidden fields so the answer goes through the server's checks
/// (client, redirect URI, PKCE) once more.
/// </summary>
public sealed record ConsentViewModel(
    string ApplicationName,
    IReadOnlyList<ConsentScopeItem> Scopes,
    IReadOnlyList<KeyValuePair<string, string>> RequestParameters);
