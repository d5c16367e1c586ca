using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Shell;

namespace Portal.Host.Shell;

/// <summary>
/// Whatever cookie schemes a module registers, their cookies carry the tenant's name, so two tenants never read
/// each other's cookies (and could not decrypt them anyway: each has its own key ring). With
/// <c>Portal:Cookies:Secure</c> (the default) they are "__Host-" cookies: the browser then accepts them only
/// when Secure, with Path=/ and no Domain, so no other subdomain or path can set or shadow them. Plain-HTTP
/// development and tests cannot use the prefix (a browser drops a Secure cookie sent over http), so there
/// the setting is false and the cookies keep the older names, scoped to the tenant's path.
/// </summary>
internal sealed class TenantCookieNames(ShellSettings tenant, IConfiguration configuration) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public const string SecureSetting = "Portal:Cookies:Secure";

    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        var tenantName = tenant.Name.ToLowerInvariant();
        var scheme = (name ?? "auth").ToLowerInvariant();
        if (configuration.GetValue(SecureSetting, defaultValue: true))
        {
            options.Cookie.Name = $"__Host-portal-{tenantName}-{scheme}";
            options.Cookie.Path = "/";
            options.Cookie.Domain = null;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        }
        else
        {
            options.Cookie.Name = $".portal.{tenantName}.{scheme}";
            options.Cookie.Path = string.IsNullOrEmpty(tenant.PathBase) ? "/" : tenant.PathBase;
        }

        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
    }
}
