namespace Portal.Abstractions.Platform;

/// <summary>A tenant change lost a race or collides with another tenant: answered 409.</summary>
public sealed class TenantConflictException(string message) : Exception(message);
