namespace Portal.Tenants.Models;

/// <summary>One named readiness check: "Healthy", "Degraded" or "Unhealthy", with what it found.</summary>
public sealed record ReadinessCheck(string Name, string Status, string? Description);
