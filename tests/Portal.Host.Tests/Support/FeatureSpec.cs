namespace Portal.Host.Tests.Support;

/// <summary>A feature a dynamic module declares with <c>[assembly: Feature]</c>.</summary>
internal sealed record FeatureSpec(string Id, string[]? Dependencies = null, bool IsAlwaysEnabled = false, bool DefaultTenantOnly = false);
