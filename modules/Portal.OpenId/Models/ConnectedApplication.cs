namespace Portal.OpenId.Models;

/// <summary>A client a signed-in person allowed on a consent page, as their applications page lists it.</summary>
public sealed record ConnectedApplication(string ClientId, string DisplayName, IReadOnlyList<string> Scopes, DateTimeOffset? AllowedOn);
