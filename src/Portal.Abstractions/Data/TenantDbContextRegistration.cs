namespace Portal.Abstractions.Data;

/// <summary>Tells the host which contexts exist in a tenant, so it can migrate them on activation.</summary>
public sealed record TenantDbContextRegistration(Type ContextType, string Module);
