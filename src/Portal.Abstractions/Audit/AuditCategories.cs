namespace Portal.Abstractions.Audit;

public static class AuditCategories
{
    public const string SignIn = "sign-in";
    public const string Permissions = "permissions";
    public const string Features = "features";
    public const string Clients = "clients";
    public const string Scopes = "scopes";
    public const string SensitiveRead = "sensitive-read";
    public const string Refusal = "refusal";
    public const string Accounts = "accounts";
    public const string Tenants = "tenants";
    /// <summary>Changes to a force's call routing: its configuration, plans, contingency and agreements.</summary>
    public const string Routing = "routing";
}
