namespace Portal.Host.Redis;

/// <summary>What a node publishes after saving a tenant: which tenant, its new version, and who saved it.</summary>
internal sealed record ShellReleaseMessage(string Tenant, string Version, string Node);
