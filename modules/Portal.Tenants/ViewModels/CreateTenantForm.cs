namespace Portal.Tenants.ViewModels;

/// <summary>The "Create a tenant" form as posted. <see cref="Hosts"/> is one host name per line.</summary>
public sealed class CreateTenantForm
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? UrlPrefix { get; set; }
    public string? Hosts { get; set; }
    public string? Recipe { get; set; }
    public string? AdminEmail { get; set; }
}
