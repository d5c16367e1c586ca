using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Shell;

namespace Portal.Host.Shell;

/// <summary>
/// Whatever cookie schemes a module registers, their cookies carry the tenant's name and path, so two tenants
/// never read each other's cookies (and could not decrypt them anyway: each has its own key ring).
/// </summary>
internal sealed class TenantCookieNames(ShellSettings tenant) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        options.Cookie.Name = $".portal.{tenant.Name.ToLowerInvariant()}.{(name ?? "auth").ToLowerInvariant()}";
        options.Cookie.Path = string.IsNullOrEmpty(tenant.PathBase) ? "/" : tenant.PathBase;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
    }
}
