using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Security;
using Portal.Users.Data;
using Portal.Users.Models;
using Portal.Users.Navigation;
using Portal.Users.RecipeSteps;
using Portal.Users.Security;
using Portal.Users.Services;

namespace Portal.Users;

/// <summary>
/// Identity on the tenant's store, its sign-in cookie (which becomes the tenant's default scheme), the permission
/// handler behind every "Permission:X" policy, default roles on feature install, and the users/roles recipe steps.
/// Also the OFFICIAL-SENSITIVE handler (with the step-up redirect), server-side sessions, and the "portal-auth"
/// rate limits on credential posts.
/// </summary>
public sealed class Startup : StartupBase
{
    /// <summary>
    /// How often a session's principal is rebuilt from the store (display name, roles, vetting). Ending a session
    /// does not wait for this: the session store refuses a session at once when the user's stamp has changed.
    /// </summary>
    public static readonly TimeSpan SecurityStampInterval = TimeSpan.FromMinutes(1);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<UsersDbContext, UsersSqliteDbContext, UsersPostgresDbContext>(UsersDbContext.Module);

        services.AddIdentity<PortalUser, PortalRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 12;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SecurityStampInterval);
        services.ConfigureApplicationCookie(ApplicationCookie.Configure);
        // Sessions are kept server-side in the tenant's store; the cookie carries only the key.
        services.AddSingleton<UserSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<UserSessionStore>((o, store) => o.SessionStore = store);
        // The limits may be set in configuration, so they are read once the tenant's container exists.
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration, ISharedRateLimiterFactory>(AuthRateLimits.Configure);

        // Singletons: the host's policy provider (a singleton) reads the permission providers.
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<RolePermissionCache>();
        services.AddSingleton<IRolePermissionLookup>(sp => sp.GetRequiredService<RolePermissionCache>());
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationHandler, OfficialSensitiveHandler>();
        services.AddSingleton<IAuthorizationHandler, ApiScopeHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, StepUpResultHandler>();
        services.AddScoped<RolePermissionWriter>();
        services.AddScoped<IUserAccountStatus, UserAccountStatus>();
        services.AddScoped<IFeatureEventHandler, RoleStereotypesInstaller>();
        services.AddSingleton<INavigationProvider, UsersNavigation>();
        services.AddScoped<IRecipeStepHandler, RolesRecipeStep>();
        services.AddScoped<IRecipeStepHandler, UsersRecipeStep>();
    }
}
