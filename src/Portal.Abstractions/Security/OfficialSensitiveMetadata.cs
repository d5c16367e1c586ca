namespace Portal.Abstractions.Security;

/// <summary>Endpoint metadata saying the endpoint is OFFICIAL-SENSITIVE (so refusals are not stored either).</summary>
public sealed record OfficialSensitiveMetadata(string PermissionName);
