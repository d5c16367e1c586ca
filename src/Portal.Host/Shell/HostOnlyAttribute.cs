namespace Portal.Host.Shell;

/// <summary>
/// A host service that is not copied into tenant containers: it holds what no tenant may reach (the provisioning
/// connection, the tenants' database passwords). Host services that tenants use reach it from the host's side.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class HostOnlyAttribute : Attribute;
